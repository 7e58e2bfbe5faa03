"""Retention purge (UU 27/2022): closed submissions lose their personal data, the records stay."""

import datetime
import logging
import uuid
from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.mail import EmailMultiAlternatives
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

import pytest

from feedback.models import Attachment, StatusChange, Submission, SurveyResponse
from feedback.retention import REMOVED, PurgeResult, purge_personal_data, purge_personal_data_task
from outbox.models import OutgoingEmail
from tests.feedback.conftest import make_submission

pytestmark = pytest.mark.django_db

Status = Submission.Status
NIK = "1373014101900001"


def placeholder():
    with translation.override(settings.LANGUAGE_CODE):
        return str(REMOVED)


def ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def stored_files():
    """Names of the files tests store; whatever the purge left behind is removed afterwards."""
    names = []
    yield names
    storage = Attachment._meta.get_field("file").storage
    for name in names:
        storage.delete(name)


@pytest.fixture
def attach(stored_files):
    def attach(submission, content=b"%PDF-1.4 KTP Budi"):
        attachment = Attachment(
            submission=submission, label="KTP", content_type="application/pdf", size=len(content)
        )
        attachment.file.save(f"{uuid.uuid4().hex}.pdf", ContentFile(content), save=True)
        stored_files.append(attachment.file.name)
        return attachment

    return attach


def stored(attachment):
    return attachment.file.storage.exists(attachment.file.name)


def queued_email(subject, error):
    """An email to Budi still in the outbox (outbox.delivery), with the error a refusal quotes."""
    email = OutgoingEmail(last_error=error, attempts=1 if error else 0)
    email.seal(
        EmailMultiAlternatives(subject, "https://example.org/lacak/X/secret/", to=["budi@example.org"])
    )
    email.save()
    return email


@pytest.fixture
def closed(catalogue, places):
    """A resolved application full of personal data, closed `days_ago` days ago."""

    def closed(days_ago, status=Status.RESOLVED, **fields):
        fields = {
            "kind": Submission.Kind.APPLICATION,
            "service": catalogue.birth_certificate,
            "status": status,
            "closed_at": ago(days_ago) if days_ago is not None else None,
            "deadline": datetime.date(2024, 3, 4),
            "public_answer": "Akta kelahiran dapat diambil di loket 3.",
            "name": "Budi Santoso",
            "nik": NIK,
            "birth_date": datetime.date(1990, 1, 1),
            "address": "Jl. Khatib Sulaiman No. 5",
            "kecamatan": places["talawi"],
            "kelurahan": places["talawi_hilir"],
            "email": "budi@example.org",
            "phone": "+6281234567890",
            "subject": "Akta Kelahiran",
            "description": "Anak kami lahir di RSUD Sawahlunto.",
            "event_date": datetime.date(2024, 2, 1),
            "details": {"purpose": "Untuk sekolah Budi", "extended": True},
            "consent_at": ago(900),
            "consent_version": "2026-11",
            **fields,
        }
        submission = make_submission(catalogue.disdukcapil, **fields)
        StatusChange.objects.create(submission=submission, to_status=Status.RECEIVED)
        StatusChange.objects.create(
            submission=submission,
            from_status=Status.RECEIVED,
            to_status=status,
            public_note="Akta kelahiran dapat diambil di loket 3.",
            internal_note="Pemohon Budi menelepon 0812-3456-7890.",
            email=queued_email("Status", "550 budi@example.org: mailbox unavailable"),
        )
        Submission.objects.filter(pk=submission.pk).update(receipt_email=queued_email("Receipt", ""))
        return submission

    return closed


def test_old_resolved_submission_loses_its_personal_data(closed, attach, catalogue, places):
    citizen = get_user_model().objects.create_user("budi", "budi@example.org", "x")
    submission = closed(800, user=citizen)
    attachment = attach(submission)
    before = Submission.objects.get(pk=submission.pk)
    now = timezone.now()

    assert purge_personal_data(now=now) == PurgeResult(submissions=1, files=1)

    submission.refresh_from_db()
    assert submission.purged_at == now
    assert (submission.name, submission.address, submission.description) == (placeholder(),) * 3
    assert (submission.nik, submission.email, submission.phone) == ("", "", "")
    assert submission.birth_date is None and submission.event_date is None
    assert submission.user is None and submission.kelurahan is None
    assert submission.details == {"extended": True}
    assert not Attachment.objects.filter(submission=submission).exists()
    assert not stored(attachment)
    history = list(submission.history.all())
    assert [change.internal_note for change in history] == ["", ""]
    # The emails to the citizen (receipt, status change) leave the outbox, content and errors alike.
    assert not OutgoingEmail.objects.exists()
    # The record the agency and the statistics need stays as it was.
    assert [change.to_status for change in history] == [Status.RECEIVED, Status.RESOLVED]
    assert history[1].public_note == "Akta kelahiran dapat diambil di loket 3."
    for field in (
        "kind", "status", "agency_id", "service_id", "tracking_code", "public_answer", "deadline",
        "created_at", "closed_at", "kecamatan_id", "identity", "consent_at", "consent_version",
    ):  # fmt: skip
        assert getattr(submission, field) == getattr(before, field), field
    assert submission.subject == "Akta Kelahiran"  # an application's subject is the service's title
    assert submission.kecamatan == places["talawi"]
    assert get_user_model().objects.filter(pk=citizen.pk).exists()  # the account is not ours to delete


def test_old_rejected_submission_is_purged_too(closed):
    submission = closed(731, status=Status.REJECTED)
    assert purge_personal_data() == PurgeResult(submissions=1, files=0)
    submission.refresh_from_db()
    assert submission.nik == "" and submission.purged_at is not None


@pytest.mark.parametrize(
    ("identity", "allow_publication", "kept"),
    [
        (Submission.Identity.NORMAL, True, True),
        (Submission.Identity.ANONYMOUS, True, True),
        (Submission.Identity.CONFIDENTIAL, True, False),
        (Submission.Identity.NORMAL, False, False),
    ],
)
def test_a_reports_subject_stays_only_when_the_citizen_allowed_publication(
    closed, identity, allow_publication, kept
):
    submission = closed(
        800,
        kind=Submission.Kind.COMPLAINT,
        service=None,
        identity=identity,
        allow_publication=allow_publication,
        subject="Lampu jalan di depan rumah Budi mati",
    )
    purge_personal_data()
    submission.refresh_from_db()
    assert submission.subject == ("Lampu jalan di depan rumah Budi mati" if kept else placeholder())


def test_blank_personal_fields_stay_blank(closed):
    submission = closed(800, kind=Submission.Kind.COMPLAINT, identity="anonim", name="", address="")
    purge_personal_data()
    submission.refresh_from_db()
    assert (submission.name, submission.address) == ("", "")


def test_recent_open_and_undated_submissions_are_untouched(closed, attach):
    recent = closed(10)
    in_progress = closed(None, status=Status.IN_PROGRESS)
    undated = closed(None)
    Submission.objects.filter(pk__in=[in_progress.pk, undated.pk]).update(created_at=ago(1200))
    attachment = attach(in_progress)

    assert purge_personal_data() == PurgeResult(submissions=0, files=0)

    for submission in (recent, in_progress, undated):
        submission.refresh_from_db()
        assert submission.purged_at is None
        assert (submission.name, submission.nik) == ("Budi Santoso", NIK)
        assert submission.email == "budi@example.org"
        assert submission.history.filter(internal_note__startswith="Pemohon Budi").exists()
    assert Attachment.objects.filter(pk=attachment.pk).exists() and stored(attachment)


def test_running_twice_purges_once(closed, attach):
    submission = closed(800)
    attach(submission)
    first_run = timezone.now()
    assert purge_personal_data(now=first_run) == PurgeResult(submissions=1, files=1)
    assert purge_personal_data() == PurgeResult(submissions=0, files=0)
    submission.refresh_from_db()
    assert submission.purged_at == first_run


def test_works_in_batches_and_logs_no_personal_data(closed, attach, caplog):
    submissions = [closed(800 + n) for n in range(5)]
    attach(submissions[0])
    attach(submissions[0])

    with caplog.at_level(logging.INFO, logger="feedback.retention"):
        assert purge_personal_data(batch_size=2) == PurgeResult(submissions=5, files=2)

    assert not Submission.objects.filter(purged_at__isnull=True).exists()
    assert f"{submissions[0].tracking_code}; 2 file(s) deleted" in caplog.text
    assert all(submission.tracking_code in caplog.text for submission in submissions)
    for personal in ("Budi", NIK, "budi@example.org", "6281234567890", "Khatib"):
        assert personal not in caplog.text


def test_ikm_statistics_are_kept(closed, catalogue):
    submission = closed(800)
    survey = SurveyResponse.objects.create(
        service=catalogue.birth_certificate,
        agency=catalogue.disdukcapil,
        service_date=datetime.date(2024, 3, 1),
        submission=submission,
        submission_key=uuid.uuid4().hex,
        **{f"u{n}": 3 for n in range(1, 10)},
        gender="L",
        age_band="30-39",
        suggestion="Antrean lebih cepat.",
    )

    purge_personal_data()

    kept = SurveyResponse.objects.get(pk=survey.pk)
    assert kept.submission_id == submission.pk
    assert [getattr(kept, f"u{n}") for n in range(1, 10)] == [3] * 9
    assert (kept.gender, kept.age_band, kept.suggestion) == ("L", "30-39", "Antrean lebih cepat.")


def test_dry_run_changes_nothing(closed, attach):
    submission = closed(800)
    attachment = attach(submission)
    out = StringIO()

    call_command("purge_personal_data", "--dry-run", stdout=out)

    assert "would remove the personal data of 1 submission(s)" in out.getvalue()
    assert "delete 1 file(s)" in out.getvalue()
    submission.refresh_from_db()
    assert submission.purged_at is None and submission.nik == NIK
    assert stored(attachment)
    assert submission.history.exclude(internal_note="").count() == 1


def test_command_days_option(closed, attach):
    submission = closed(40)
    attach(submission)

    out = StringIO()
    call_command("purge_personal_data", "--days", "60", stdout=out)
    assert "personal data of 0 submission(s) closed more than 60 days ago" in out.getvalue()
    submission.refresh_from_db()
    assert submission.purged_at is None

    out = StringIO()
    call_command("purge_personal_data", "--days", "30", stdout=out)
    assert out.getvalue().strip() == (
        "Removed the personal data of 1 submission(s) closed more than 30 days ago; deleted 1 file(s)."
    )
    submission.refresh_from_db()
    assert submission.purged_at is not None


def test_command_defaults_to_the_retention_setting(closed, settings):
    settings.RETENTION_DAYS = 30
    submission = closed(40)
    call_command("purge_personal_data", stdout=StringIO())
    submission.refresh_from_db()
    assert submission.purged_at is not None


def test_command_refuses_negative_days():
    with pytest.raises(CommandError):
        call_command("purge_personal_data", "--days", "-1")


def test_task_runs_the_purge(closed):
    closed(800)
    result = purge_personal_data_task.enqueue()
    assert result.return_value == {"submissions": 1, "files": 0}
