from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from security.backup import BackupError, create_backup, verify_backup


class Command(BaseCommand):
    help = (
        "Back up the database, MEDIA_ROOT and PRIVATE_MEDIA_ROOT into one folder with a manifest; "
        "or, with --verify, check a backup's files and the current database against its manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="New folder for the backup (default: var/backups/<date and time>/).",
        )
        parser.add_argument(
            "--verify",
            type=Path,
            metavar="FOLDER",
            help="Check FOLDER instead: the files' sha256 and this database's row counts "
            "(run it against the freshly restored database).",
        )
        parser.add_argument(
            "--files-only",
            action="store_true",
            help="With --verify: check only the files, not the database.",
        )

    def handle(self, *args, output=None, verify=None, files_only=False, **options):
        if verify:
            problems = verify_backup(verify, using=None if files_only else "default")
            if problems:
                raise CommandError("The backup does not match its manifest:\n  " + "\n  ".join(problems))
            self.stdout.write(self.style.SUCCESS(f"{verify} matches its manifest."))
            return
        if output is None:
            stamp = timezone.localtime().strftime("%Y-%m-%dT%H%M%S")
            output = Path(settings.BASE_DIR) / "var" / "backups" / stamp
        try:
            manifest = create_backup(output)
        except (BackupError, FileExistsError) as error:
            raise CommandError(str(error)) from error
        for name, details in manifest["files"].items():
            self.stdout.write(f"  {name}  {details['bytes']:>12,} bytes  sha256 {details['sha256'][:16]}…")
        for path in manifest["vanished_files"]:
            self.stderr.write(f"  deleted while archiving, not in the backup: {path}")
        rows = ", ".join(f"{table} {count}" for table, count in manifest["row_counts"].items())
        self.stdout.write(f"  rows: {rows}")
        self.stdout.write(self.style.SUCCESS(f"Backup written to {output}"))
