"""The NIK at rest: encrypted in the table, found by an exact search, re-encrypted by key rotation."""

import os
import subprocess
import sys
from datetime import timedelta
from io import StringIO

from django.conf import settings
from django.core.exceptions import FieldError
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone

import pytest

from feedback.demo import ensure_role_groups
from feedback.models import Submission
from feedback.retention import purge_personal_data
from security.crypto import DecryptionError
from tests.feedback.conftest import build_online_catalogue, make_staff, make_submission

pytestmark = pytest.mark.django_db

NIK = "1373014101900001"
OTHER_NIK = "1373011508900002"
OLD_KEY = "T2xkIGtleSBvZiB0aGUgcG9ydGFsIHRlc3RzLCAzMmI"  # 32 bytes, urlsafe base64
NEW_KEY = "TmV3IGtleSBvZiB0aGUgcG9ydGFsIHRlc3RzLCAzMmI"
HASH_KEY = "SGFzaCBrZXkgb2YgdGhlIHBvcnRhbCB0ZXN0cywgMzI"


@pytest.fixture
def catalogue(site_tree):
    return build_online_catalogue(site_tree)


def stored_row(submission):
    """The row as the database holds it, read with raw SQL (no model field decrypts it)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT nik, nik_hash FROM feedback_submission WHERE id = %s", [submission.pk])
        return cursor.fetchone()


def whole_table():
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM feedback_submission")
        return repr(cursor.fetchall())


def test_the_table_holds_no_plaintext_nik(catalogue):
    submission = make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=NIK)
    stored, lookup_hash = stored_row(submission)
    assert stored.startswith("v1:") and NIK not in stored
    assert len(lookup_hash) == 64 and NIK not in lookup_hash
    assert NIK not in whole_table() and NIK[:12] not in whole_table()
    assert Submission.objects.get(pk=submission.pk).nik == NIK
    # Equal NIKs give different ciphertexts (a random nonce), but the same lookup hash.
    twin = make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=NIK)
    assert stored_row(twin)[0] != stored and stored_row(twin)[1] == lookup_hash


def test_a_blank_nik_stays_blank(catalogue):
    submission = make_submission(catalogue.disdukcapil, nik="")
    assert stored_row(submission) == ("", "")
    assert Submission.objects.filter(nik="").get() == submission


def test_exact_lookups_go_through_the_hash(catalogue):
    mine = make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=NIK)
    make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=OTHER_NIK)
    assert list(Submission.objects.with_nik(NIK)) == [mine]
    assert not Submission.objects.with_nik("").exists()
    with pytest.raises(FieldError):  # a ciphertext comparison would silently find nothing
        Submission.objects.filter(nik=NIK).exists()
    with pytest.raises(FieldError):
        Submission.objects.filter(nik__startswith="1373").exists()


def test_the_back_office_finds_a_submission_by_its_exact_nik(client, catalogue):
    mine = make_submission(
        catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=NIK, subject="Akta kelahiran anak"
    )
    ensure_role_groups()
    other = make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=OTHER_NIK)
    elsewhere = make_submission(catalogue.dinkes, kind=Submission.Kind.APPLICATION, nik=NIK)
    client.force_login(make_staff("petugas.dukcapil", "Petugas OPD", [catalogue.disdukcapil]))
    for query in (NIK, "1373 0141 0190 0001", "1373-0141-0190-0001"):
        page = client.get("/admin/submissions/", {"q": query}).content.decode()
        assert mine.tracking_code in page, query
        assert other.tracking_code not in page and elsewhere.tracking_code not in page
    assert mine.tracking_code not in client.get("/admin/submissions/", {"q": NIK[:12]}).content.decode()


def test_update_and_the_retention_purge_keep_the_hash_right(catalogue):
    submission = make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=NIK)
    Submission.objects.filter(pk=submission.pk).update(nik=OTHER_NIK)
    assert list(Submission.objects.with_nik(OTHER_NIK)) == [submission]
    assert not Submission.objects.with_nik(NIK).exists()
    Submission.objects.filter(pk=submission.pk).update(
        status=Submission.Status.RESOLVED, closed_at=timezone.now() - timedelta(days=400)
    )
    assert purge_personal_data(days=365).submissions == 1
    assert stored_row(submission) == ("", "")
    assert not Submission.objects.with_nik(OTHER_NIK).exists()


def rotate(*options):
    out = StringIO()
    call_command("rotate_encryption_key", *options, stdout=out)
    return out.getvalue()


def test_key_rotation_re_encrypts_and_old_keys_decrypt_until_then(catalogue):
    with override_settings(ENCRYPTION_KEYS=[OLD_KEY]):
        submissions = [
            make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=nik)
            for nik in (NIK, OTHER_NIK)
        ]
        make_submission(catalogue.disdukcapil, nik="")
    old_rows = [stored_row(submission) for submission in submissions]
    with override_settings(ENCRYPTION_KEYS=[NEW_KEY]), pytest.raises(DecryptionError):
        Submission.objects.get(pk=submissions[0].pk)  # the old key is needed until the rotation
    with override_settings(ENCRYPTION_KEYS=[NEW_KEY, OLD_KEY]):
        assert Submission.objects.get(pk=submissions[0].pk).nik == NIK  # still readable
        new = make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=NIK)
        assert "feedback.Submission.nik: 2 rewritten, 1 already current." in rotate("--batch-size", "1")
        assert "0 rewritten, 3 already current." in rotate()
    new_rows = [stored_row(submission) for submission in submissions]
    assert all(new[0] != old[0] and new[1] == old[1] for new, old in zip(new_rows, old_rows, strict=True))
    with override_settings(ENCRYPTION_KEYS=[NEW_KEY]):  # the old key can go now
        assert sorted(Submission.objects.exclude(nik="").values_list("nik", flat=True)) == sorted(
            [NIK, OTHER_NIK, new.nik]
        )
        assert Submission.objects.with_nik(NIK).count() == 2


def test_rehash_after_the_lookup_key_changed(catalogue):
    submission = make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik=NIK)
    with override_settings(LOOKUP_HASH_KEY=HASH_KEY):
        assert not Submission.objects.with_nik(NIK).exists()
        assert "1 rewritten" in rotate("--rehash")
        assert list(Submission.objects.with_nik(NIK)) == [submission]


def start_production(**environment):
    """Import the production settings in a fresh interpreter, as gunicorn would."""
    return subprocess.run(  # noqa: S603  (our own interpreter, fixed arguments)
        [sys.executable, "-c", "import config.settings.production"],
        env={key: value for key, value in environment.items() if value is not None},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_the_keys():
    environment = os.environ | {
        "SECRET_KEY": "a-real-secret-key-for-this-test-only",
        "ENCRYPTION_KEYS": f"{NEW_KEY},{OLD_KEY}",
        "LOOKUP_HASH_KEY": HASH_KEY,
    }
    started = start_production(**environment)
    assert started.returncode == 0, started.stderr
    for missing in ("ENCRYPTION_KEYS", "LOOKUP_HASH_KEY"):
        refused = start_production(**environment | {missing: None})
        assert refused.returncode != 0 and "must be set in the environment" in refused.stderr
    malformed = start_production(**environment | {"ENCRYPTION_KEYS": "too-short"})
    assert malformed.returncode != 0 and "32 bytes" in malformed.stderr
