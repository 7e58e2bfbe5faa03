import os
import time
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from feedback.wizards import wizard_file_storage


def test_abandoned_wizard_uploads_are_removed_once_their_session_has_expired(settings):
    """Older than a session can live (the wizard touches the files of a live one on each visit)."""
    root = Path(wizard_file_storage.location)
    root.mkdir(parents=True, exist_ok=True)
    old, fresh = root / "old-upload.jpg", root / "fresh-upload.jpg"
    old.write_bytes(b"old")
    fresh.write_bytes(b"fresh")
    session_and_a_bit = time.time() - settings.SESSION_COOKIE_AGE - 60 * 60
    os.utime(old, (session_and_a_bit, session_and_a_bit))
    out = StringIO()
    call_command("clean_wizard_uploads", stdout=out)
    assert not old.exists() and fresh.exists()
    assert "Removed 1" in out.getvalue()
    fresh.unlink()


def test_first_deadline_skips_weekends_holidays_and_cuti_bersama(db):
    import datetime

    from feedback.models import NonWorkingDay, Submission
    from feedback.submit import first_deadline

    friday = datetime.date(2026, 12, 18)
    # Mon 21, Tue 22, Wed 23 are working days; 25 December is Christmas.
    assert first_deadline(Submission.Kind.COMPLAINT, start=friday) == datetime.date(2026, 12, 23)
    NonWorkingDay.objects.create(date=datetime.date(2026, 12, 22), description="Cuti bersama (contoh)")
    assert first_deadline(Submission.Kind.COMPLAINT, start=friday) == datetime.date(2026, 12, 24)
    NonWorkingDay.objects.create(date=datetime.date(2026, 12, 24), description="Cuti bersama Natal")
    assert first_deadline(Submission.Kind.COMPLAINT, start=friday) == datetime.date(2026, 12, 28)
