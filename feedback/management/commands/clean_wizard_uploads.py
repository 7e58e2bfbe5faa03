import time
from pathlib import Path

from django.core.management.base import BaseCommand

from feedback.wizards import wizard_file_storage

MAX_AGE_HOURS = 24


class Command(BaseCommand):
    help = "Delete files uploaded in wizards that were never sent (older than 24 hours). Run it daily."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours", type=int, default=MAX_AGE_HOURS, help="Age after which a file is abandoned."
        )

    def handle(self, *args, hours, **options):
        root = Path(wizard_file_storage.location)
        cutoff = time.time() - hours * 60 * 60
        removed = 0
        for path in root.rglob("*") if root.exists() else []:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        self.stdout.write(f"Removed {removed} abandoned wizard upload(s) older than {hours} hours.")
