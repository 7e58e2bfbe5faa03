import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from feedback.wizards import wizard_file_storage


class Command(BaseCommand):
    help = (
        "Delete files uploaded in wizards that were never sent: those older than a session can live "
        "(SESSION_COOKIE_AGE). The wizard touches its files on every visit, so a file that old belongs "
        "to a session that has expired. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=int,
            default=settings.SESSION_COOKIE_AGE // 3600,
            help="Age after which a file is abandoned (default: the session lifetime).",
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
