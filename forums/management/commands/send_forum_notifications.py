"""Cron job: send reply emails that waited for the hourly batch (see forums.notifications)."""

from django.core.management.base import BaseCommand

from forums.notifications import sweep


class Command(BaseCommand):
    help = (
        "Email forum subscribers about replies they have not been told about yet. Run it every few "
        "minutes when the task backend cannot run tasks later (the immediate backend)."
    )

    def handle(self, *args, **options):
        topics = sweep()
        self.stdout.write(f"Checked the subscribers of {topics} topic(s).")
