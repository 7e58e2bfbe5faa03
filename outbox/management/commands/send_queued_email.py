from django.core.management.base import BaseCommand

from outbox.delivery import purge, send_due


class Command(BaseCommand):
    help = (
        "Try again the emails whose next try is due, and erase or delete old ones from the outbox. "
        "Run it every few minutes (deploy/crontab)."
    )

    def handle(self, *args, **options):
        queued = send_due()
        removed = purge()
        self.stdout.write(f"Queued {queued} email(s) for another try; erased or deleted {removed} old.")
