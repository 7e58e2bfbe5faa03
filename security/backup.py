"""Backups an operator can restore and check: the database, MEDIA_ROOT and PRIVATE_MEDIA_ROOT.

One folder per backup, readable by its owner only (PRIVATE_MEDIA_ROOT and the database hold
citizens' personal data, UU 27/2022):

- `database.dump` (PostgreSQL, `pg_dump --format=custom`) or `database.sqlite3` (SQLite's online
  backup API, safe while the site runs);
- `media.tar.gz` and `private-media.tar.gz`, paths relative to each root;
- `manifest.json`: when, which engine, the row counts of key tables as the dump holds them, and the
  sha256 of each file, so a restore into a fresh database can be checked (`verify_backup`).
"""

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections, transaction
from django.utils import timezone

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
PRIVATE_MEDIA_ARCHIVE = "private-media.tar.gz"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
# Tables whose row counts a restore must reproduce: citizens' submissions and files, accounts, content.
KEY_MODELS = [
    "feedback.Submission",
    "feedback.Attachment",
    "feedback.StatusChange",
    "feedback.SurveyResponse",
    "forums.Post",
    "forums.ConsultationComment",
    "wagtailcore.Page",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    settings.AUTH_USER_MODEL,
]
PG_DUMP_VERSION_RE = re.compile(r"\(PostgreSQL\) (\d+)")


class BackupError(Exception):
    """The backup cannot be made or does not match its manifest; the message says why."""


def key_tables() -> list[str]:
    return [apps.get_model(label)._meta.db_table for label in KEY_MODELS]


def count_rows(cursor, tables) -> dict[str, int]:
    """Rows per table through any DB-API cursor: Django's, psycopg's or sqlite3's."""
    counts = {}
    for table in tables:
        # Table names come from our models' Meta, never from input.
        query = f'SELECT COUNT(*) FROM "{table}"'  # noqa: S608  # nosec B608
        cursor.execute(query)
        counts[table] = cursor.fetchone()[0]
    return counts


def create_backup(output: Path, using: str = "default") -> dict:
    """Write a backup of the database `using` and both media roots into the new folder `output`."""
    output = Path(output)
    output.mkdir(mode=0o700, parents=True, exist_ok=False)
    output.chmod(0o700)  # whatever the umask
    connection = connections[using]
    vendor = connection.vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    database_file = output / DATABASE_FILES[vendor]
    if vendor == "postgresql":
        counts = dump_postgresql(connection, database_file)
    else:
        counts = copy_sqlite(connection, database_file)
    skipped = archive_folder(Path(settings.MEDIA_ROOT), output / MEDIA_ARCHIVE)
    skipped += archive_folder(Path(settings.PRIVATE_MEDIA_ROOT), output / PRIVATE_MEDIA_ARCHIVE)
    files = [database_file, output / MEDIA_ARCHIVE, output / PRIVATE_MEDIA_ARCHIVE]
    manifest = {
        "created_at": timezone.now().isoformat(),
        "database": {"engine": vendor, "file": database_file.name},
        "row_counts": counts,
        "files": {path.name: {"sha256": sha256(path), "bytes": path.stat().st_size} for path in files},
        # Files deleted while the archive was written (e.g. by clean_wizard_uploads).
        "vanished_files": skipped,
    }
    manifest_path = output / MANIFEST
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")
    for path in [*files, manifest_path]:
        path.chmod(0o600)
    return manifest


def dump_postgresql(connection, path: Path) -> dict[str, int]:
    """pg_dump inside one exported snapshot, so the manifest's counts are exactly the dump's rows."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError("pg_dump is missing: install the PostgreSQL client (Debian: postgresql-client).")
    version = subprocess.run([pg_dump, "--version"], capture_output=True, text=True, check=True).stdout  # noqa: S603
    client_major = int(PG_DUMP_VERSION_RE.search(version).group(1))
    connection.ensure_connection()
    server_major = connection.pg_version // 10000
    if client_major < server_major:
        raise BackupError(
            f"pg_dump {client_major} cannot dump a PostgreSQL {server_major} server: install "
            f"postgresql-client-{server_major}."
        )
    if connection.in_atomic_block:
        raise BackupError("Run the backup outside a transaction: it opens its own snapshot.")
    options = connection.settings_dict
    command = [pg_dump, "--format=custom", "--no-password", f"--file={path}"]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if options.get(key):
            command.append(f"{flag}={options[key]}")
    # The password goes through the environment: arguments are visible to every user in `ps`.
    environment = os.environ | {"PGPASSWORD": options.get("PASSWORD") or ""}
    if options.get("OPTIONS", {}).get("sslmode"):
        environment["PGSSLMODE"] = options["OPTIONS"]["sslmode"]
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = count_rows(cursor, key_tables())
        # The snapshot lives as long as this transaction: pg_dump must finish inside it.
        result = subprocess.run(  # noqa: S603
            [*command, f"--snapshot={snapshot}", f"--dbname={options['NAME']}"],
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return counts


def copy_sqlite(connection, path: Path) -> dict[str, int]:
    """SQLite's online backup: a consistent copy while the site keeps writing; counted in the copy."""
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
        return count_rows(target.cursor(), key_tables())
    finally:
        target.close()


def archive_folder(root: Path, archive: Path) -> list[str]:
    """tar.gz of everything under `root`, relative to it; returns the files that vanished meanwhile."""
    vanished = []
    with tarfile.open(archive, "w:gz") as tar:
        if not root.is_dir():  # a fresh site has no uploads yet: an empty archive restores to nothing
            return vanished
        for folder, subfolders, files in os.walk(root):
            subfolders.sort()
            for name in sorted(files):
                path = Path(folder) / name
                try:
                    tar.add(path, arcname=str(path.relative_to(root)), recursive=False)
                except FileNotFoundError:
                    vanished.append(str(path))
    return vanished


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_backup(folder: Path, using: str | None = "default") -> list[str]:
    """What does not match the manifest: a file's sha256 and, when `using` is given, that database's
    row counts (point DATABASE_URL at the freshly restored database). An empty list means all match."""
    folder = Path(folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    problems = []
    for name, expected in manifest["files"].items():
        path = folder / name
        if not path.exists():
            problems.append(f"{name}: missing")
        elif sha256(path) != expected["sha256"]:
            problems.append(f"{name}: sha256 differs from the manifest (damaged or altered)")
    if using is not None:
        with connections[using].cursor() as cursor:
            counts = count_rows(cursor, manifest["row_counts"])
        for table, expected in manifest["row_counts"].items():
            if counts[table] != expected:
                problems.append(f"{table}: {counts[table]} rows, the backup had {expected}")
    return problems
