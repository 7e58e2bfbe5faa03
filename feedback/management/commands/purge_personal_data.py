from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from feedback.models import Attachment
from feedback.retention import due_for_purge, purge_personal_data


class Command(BaseCommand):
    help = (
        "Remove personal data from submissions resolved or rejected longer ago than the retention "
        "period (UU 27/2022). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Days a closed submission keeps its personal data (default: the RETENTION_DAYS setting).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be removed; change nothing."
        )

    def handle(self, *args, days, dry_run, **options):
        days = settings.RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days cannot be negative.")
        if dry_run:
            due = due_for_purge(days)
            submissions = due.count()
            files = Attachment.objects.filter(submission__in=due).count()
            self.stdout.write(
                f"Dry run: would remove the personal data of {submissions} submission(s) closed more "
                f"than {days} days ago and delete {files} file(s)."
            )
            return
        result = purge_personal_data(days)
        self.stdout.write(
            f"Removed the personal data of {result.submissions} submission(s) closed more than {days} "
            f"days ago; deleted {result.files} file(s)."
        )
