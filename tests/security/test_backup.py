"""`manage.py backup`: a restore into a new database has every row, and the archive has citizens' files.

The PostgreSQL test runs in CI's PostgreSQL pass (DATABASE_URL), the SQLite one in the SQLite pass.
Both follow the restore steps of the README and finish with the drill's `backup --verify`.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from contextlib import closing
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

import psycopg
import pytest

from feedback.models import Attachment
from security.backup import count_rows
from tests.conftest import build_site_tree
from tests.feedback.conftest import make_submission

# pg_dump and the SQLite backup read what is committed, from outside the test's connection.
pytestmark = pytest.mark.django_db(transaction=True)

PHOTO = b"\xff\xd8\xff\xe0 photo of the broken road \xff\xd9"


@pytest.fixture
def report(transactional_db):
    """A citizen's report with a photo in PRIVATE_MEDIA_ROOT, on a site with pages."""
    build_site_tree()
    submission = make_submission(None, name="Siti Aminah", description="Jalan berlubang di Talawi")
    attachment = Attachment.objects.create(
        submission=submission,
        label="Foto",
        file=ContentFile(PHOTO, name="jalan.jpg"),
        content_type="image/jpeg",
        size=len(PHOTO),
    )
    yield submission, attachment
    attachment.file.delete(save=False)


def back_up(folder: Path) -> dict:
    call_command("backup", output=folder, stdout=StringIO())
    return json.loads((folder / "manifest.json").read_text())


def check_files(folder: Path, manifest: dict, attachment):
    assert {path.name for path in folder.iterdir()} == {"manifest.json", *manifest["files"]}
    # Personal data: only the owner may read the backup.
    assert {oct(path.stat().st_mode & 0o777) for path in folder.iterdir()} == {"0o600"}
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    with tarfile.open(folder / "private-media.tar.gz") as archive:
        assert archive.extractfile(attachment.file.name).read() == PHOTO


def run_verify(folder: Path, database_url: str):
    """The restore drill's last step, as an operator runs it against the restored database."""
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "backup", "--verify", str(folder)],
        cwd=settings.BASE_DIR,
        env=os.environ | {"DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_sqlite_backup_restores_every_row_and_the_citizens_files(report, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite variant; the PostgreSQL one runs with DATABASE_URL")
    submission, attachment = report
    folder = tmp_path / "backup"
    manifest = back_up(folder)

    # Restoring SQLite is putting the file in place.
    restored = tmp_path / "restored.sqlite3"
    shutil.copy(folder / "database.sqlite3", restored)
    with closing(sqlite3.connect(restored)) as database:
        cursor = database.cursor()
        assert count_rows(cursor, manifest["row_counts"]) == manifest["row_counts"]
        cursor.execute(
            "SELECT name FROM feedback_submission WHERE tracking_code = ?", [submission.tracking_code]
        )
        assert cursor.fetchall() == [("Siti Aminah",)]
    assert manifest["row_counts"]["feedback_submission"] == 1
    assert manifest["row_counts"]["wagtailcore_page"] > 1
    check_files(folder, manifest, attachment)
    verified = run_verify(folder, f"sqlite:///{restored}")
    assert verified.returncode == 0, verified.stderr
    assert "matches its manifest" in verified.stdout


def test_postgresql_backup_restores_into_a_new_database(report, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL variant: runs when DATABASE_URL points at PostgreSQL")
    submission, attachment = report
    folder = tmp_path / "backup"
    manifest = back_up(folder)

    server = connection.settings_dict  # under xdist the test database is test_<name>_gwN
    credentials = {
        "host": server["HOST"] or None,
        "port": server["PORT"] or None,
        "user": server["USER"] or None,
        "password": server["PASSWORD"] or None,
    }
    restored = f"restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dbname="postgres", autocommit=True, **credentials) as admin:
        admin.execute(f'CREATE DATABASE "{restored}"')
    try:
        environment = os.environ | {"PGPASSWORD": server["PASSWORD"] or ""}
        subprocess.run(  # noqa: S603
            [
                shutil.which("pg_restore"),
                "--no-owner",
                "--exit-on-error",
                f"--host={server['HOST']}",
                f"--port={server['PORT']}",
                f"--username={server['USER']}",
                f"--dbname={restored}",
                str(folder / "database.dump"),
            ],
            env=environment,
            check=True,
        )
        with psycopg.connect(dbname=restored, **credentials) as database, database.cursor() as cursor:
            assert count_rows(cursor, manifest["row_counts"]) == manifest["row_counts"]
            cursor.execute(
                "SELECT name FROM feedback_submission WHERE tracking_code = %s", [submission.tracking_code]
            )
            assert cursor.fetchall() == [("Siti Aminah",)]
        assert manifest["row_counts"]["feedback_submission"] == 1
        check_files(folder, manifest, attachment)
        password = f":{server['PASSWORD']}" if server["PASSWORD"] else ""
        url = f"postgres://{server['USER']}{password}@{server['HOST']}:{server['PORT']}/{restored}"
        verified = run_verify(folder, url)
        assert verified.returncode == 0, verified.stderr
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **credentials) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{restored}" WITH (FORCE)')


def test_verify_reports_a_damaged_archive(report, tmp_path):
    folder = tmp_path / "backup"
    back_up(folder)
    archive = folder / "private-media.tar.gz"
    damaged = bytearray(archive.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    archive.write_bytes(bytes(damaged))

    with pytest.raises(CommandError, match="private-media.tar.gz: sha256 differs"):
        call_command("backup", verify=folder, files_only=True, stdout=StringIO())


def test_backup_refuses_to_overwrite_an_earlier_one(report, tmp_path):
    folder = tmp_path / "backup"
    back_up(folder)
    with pytest.raises(CommandError, match="exists"):
        back_up(folder)
