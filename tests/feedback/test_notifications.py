"""Emails to citizens about each public step in their submission's history, and what happens on failure."""

import re
from datetime import timedelta
from io import StringIO
from smtplib import SMTPException

from django.conf import settings
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from feedback.demo import ensure_role_groups
from feedback.models import Submission
from feedback.tasks import notify_status_change
from feedback.workflow import Role, apply_action
from outbox.delivery import MAX_ATTEMPTS, deliver
from outbox.models import OutgoingEmail

from .conftest import make_staff, make_submission

Kind = Submission.Kind
Status = Submission.Status
BROKEN_MAIL = "tests.feedback.test_notifications.BrokenMailServer"
SENT, QUEUED, FAILED = OutgoingEmail.Status.SENT, OutgoingEmail.Status.QUEUED, OutgoingEmail.Status.FAILED
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class BrokenMailServer(BaseEmailBackend):
    """A mail server that refuses every message, as one that is down or rejects the login would."""

    def send_messages(self, email_messages):
        raise SMTPException("421 4.3.2 Service not available")


@pytest.fixture
def people(catalogue):
    ensure_role_groups()  # with their admin access
    return {
        Role.COORDINATOR: make_staff("koordinator", Role.COORDINATOR),
        Role.OFFICER: make_staff("petugas", Role.OFFICER, [catalogue.disdukcapil, catalogue.dinkes]),
    }


def citizen_submission(catalogue, kind=Kind.COMPLAINT, status=Status.RECEIVED, language="en", **fields):
    fields.setdefault("email", "rina@example.org")
    if kind == Kind.APPLICATION:
        fields.setdefault("service", catalogue.birth_certificate)
    return make_submission(
        catalogue.disdukcapil,
        kind=kind,
        status=status,
        language=language,
        name="Rina",
        subject="Jalan berlubang di Talawi",
        **fields,
    )


def take(people, submission, action, role, **options):
    """An officer takes a step, and the email is queued as the back office does after the commit."""
    change = apply_action(submission, action, role=role, user=people[role], **options)
    notify_status_change.enqueue(change.pk)
    change.refresh_from_db()
    return change


def email_state(change):
    change.refresh_from_db()
    email = change.email
    return (email.status, email.attempts, email.last_error) if email else None


def tries_again_later():
    """Time passes until every queued email's next try is due, and cron runs send_queued_email."""
    OutgoingEmail.objects.filter(status=QUEUED).update(next_try_at=timezone.now())
    call_command("send_queued_email", stdout=StringIO())


# (kind, status before, step, role, options, text expected in the subject, texts expected in the body)
STEPS = [
    (Kind.COMPLAINT, Status.RECEIVED, "verify", Role.COORDINATOR, {}, "Verified", ["We have checked"]),
    (
        Kind.COMPLAINT,
        Status.RECEIVED,
        "reject",
        Role.COORDINATOR,
        {"public_note": "Laporan ini sama dengan SWL-2611-AAAAAA."},
        "Rejected",
        ["Reason:", "Laporan ini sama dengan SWL-2611-AAAAAA."],
    ),
    (
        Kind.COMPLAINT,
        Status.VERIFIED,
        "forward",
        Role.COORDINATOR,
        {"agency": "dinkes"},
        "Forwarded to the agency",
        ["Agency: Dinas Kesehatan", "Deadline: "],
    ),
    (
        Kind.INFORMATION,
        Status.FORWARDED,
        "forward",  # reassigned: the status stays, and it is not an extension
        Role.COORDINATOR,
        {"agency": "dinkes"},
        "Forwarded to the agency",
        ["forwarded to the agency responsible"],
    ),
    (Kind.COMPLAINT, Status.FORWARDED, "start", Role.OFFICER, {}, "Being handled", ["now handling"]),
    (
        Kind.APPLICATION,
        Status.IN_PROGRESS,
        "request_documents",
        Role.OFFICER,
        {"public_note": "Kartu Keluarga yang terbaru."},
        "Waiting for documents from you",
        ["Documents that are missing:", "Kartu Keluarga yang terbaru.", "/en/lacak/"],
    ),
    (
        Kind.COMPLAINT,
        Status.IN_PROGRESS,
        "resolve",
        Role.OFFICER,
        {"public_note": "Jalan sudah diperbaiki."},
        "Resolved",
        ["Our answer:", "Jalan sudah diperbaiki."],
    ),
    (Kind.COMPLAINT, Status.RESOLVED, "reopen", Role.COORDINATOR, {}, "Being handled", ["reopened"]),
    (
        Kind.INFORMATION,
        Status.IN_PROGRESS,
        "extend",
        Role.OFFICER,
        {"public_note": "Dokumennya harus diambil dari arsip."},
        "Deadline extended",
        ["extended by 7 working days", "Reason for the extension:", "Dokumennya harus diambil dari arsip."],
    ),
]


@pytest.mark.parametrize(("kind", "status", "action", "role", "options", "subject", "texts"), STEPS)
def test_each_public_step_sends_one_email(
    catalogue, people, kind, status, action, role, options, subject, texts
):
    submission = citizen_submission(catalogue, kind, status)
    if "agency" in options:
        options = options | {"agency": getattr(catalogue, options["agency"])}
    change = take(people, submission, action, role, **options)
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["rina@example.org"]
    assert email.subject.startswith(subject) and submission.tracking_code in email.subject
    for text in texts:
        assert text in email.body
    assert "Dear Rina," in email.body and "Jalan berlubang di Talawi" in email.body
    assert f"/en/lacak/?kode={submission.tracking_code}" in email.body
    html = email.alternatives[0][0]
    assert submission.tracking_code in html and f"?kode={submission.tracking_code}" in html
    assert email_state(change) == (SENT, 1, "")


def test_the_internal_note_never_reaches_the_citizen(catalogue, people):
    submission = citizen_submission(catalogue, status=Status.IN_PROGRESS)
    take(
        people, submission, "resolve", Role.OFFICER, public_note="Sudah beres.", internal_note="Pelapor rewel"
    )
    assert "Pelapor rewel" not in mail.outbox[0].body + mail.outbox[0].alternatives[0][0]


def test_an_indonesian_citizen_gets_the_email_in_indonesian(catalogue, people):
    submission = citizen_submission(catalogue, status=Status.IN_PROGRESS, language="id")
    take(people, submission, "resolve", Role.OFFICER, public_note="Jalan sudah diperbaiki.")
    email = mail.outbox[0]
    assert email.subject.startswith("Selesai") and submission.tracking_code in email.subject
    assert "Bapak/Ibu" not in email.body  # the citizen's name is used
    assert "Kode lacak: " in email.body and "Jenis: Pengaduan" in email.body
    assert f"/lacak/?kode={submission.tracking_code}" in email.body and "/en/" not in email.body


def test_the_documents_request_sends_a_new_private_link_that_works(catalogue, people, client):
    submission = citizen_submission(catalogue, Kind.APPLICATION, Status.IN_PROGRESS)
    old_secret = submission.set_secret()
    submission.save()
    code = submission.tracking_code
    take(people, submission, "request_documents", Role.OFFICER, public_note="Kartu Keluarga.")
    email = mail.outbox[0]
    assert "replaces the link we sent you earlier" in email.body
    link = re.search(rf"{re.escape(settings.WAGTAILADMIN_BASE_URL)}(/en/lacak/{code}/[\w-]+/)", email.body)
    assert link and link.group(1) in email.alternatives[0][0]
    response = client.get(link.group(1))
    assert response.status_code == 200
    assert "Send the requested document" in response.content.decode()
    assert client.get(f"/en/lacak/{code}/{old_secret}/").status_code == 404


def test_other_emails_leave_the_private_link_alone(catalogue, people, client):
    submission = citizen_submission(catalogue, status=Status.RECEIVED)
    secret = submission.set_secret()
    submission.save()
    take(people, submission, "verify", Role.COORDINATOR)
    assert f"/{secret}/" not in mail.outbox[0].body
    assert client.get(f"/lacak/{submission.tracking_code}/{secret}/").status_code == 200


def test_without_an_email_address_nothing_is_sent(catalogue, people):
    submission = citizen_submission(catalogue, email="", identity=Submission.Identity.ANONYMOUS)
    change = take(people, submission, "verify", Role.COORDINATOR)
    assert mail.outbox == []
    assert email_state(change) is None


def test_a_step_is_emailed_only_once(catalogue, people):
    submission = citizen_submission(catalogue)
    change = take(people, submission, "verify", Role.COORDINATOR)
    notify_status_change.enqueue(change.pk)  # e.g. queued twice
    assert len(mail.outbox) == 1


@override_settings(OUTBOX_DELIVERY_BACKEND=BROKEN_MAIL)
def test_a_failing_mail_server_keeps_the_step_and_queues_the_email_again(catalogue, people):
    submission = citizen_submission(catalogue, status=Status.IN_PROGRESS)
    change = take(people, submission, "resolve", Role.OFFICER, public_note="Jalan sudah diperbaiki.")
    submission.refresh_from_db()
    assert submission.status == Status.RESOLVED and submission.public_answer == "Jalan sudah diperbaiki."
    assert email_state(change) == (QUEUED, 1, "SMTPException: 421 4.3.2 Service not available")
    assert change.email.next_try_at > timezone.now() + timedelta(minutes=9)


@override_settings(OUTBOX_DELIVERY_BACKEND=BROKEN_MAIL, TASKS=DATABASE_TASKS)
def test_the_first_failed_try_shows_on_the_submission_page(catalogue, people, client):
    """With a worker, the timeline used to say only "Queued" until the fifth failure."""
    submission = citizen_submission(catalogue, status=Status.IN_PROGRESS)
    change = apply_action(
        submission, "resolve", role=Role.OFFICER, user=people[Role.OFFICER], public_note="Sudah beres."
    )
    notify_status_change.call(change.pk)  # the worker renders the email into the outbox
    change.refresh_from_db()
    deliver.call(change.email_id)  # and makes its first try
    client.force_login(people[Role.COORDINATOR])
    page = client.get(f"/admin/submissions/inspect/{submission.pk}/").content.decode()
    assert "Belum terkirim: 1 kali percobaan gagal, dicoba lagi" in page  # the back office is in Indonesian
    assert "SMTPException: 421 4.3.2 Service not available" in page
    assert f"/admin/outgoing_emails/{change.email_id}/retry/" in page  # "Try again now"


def test_failed_emails_are_sent_when_the_mail_server_is_back(catalogue, people):
    submission = citizen_submission(catalogue, status=Status.IN_PROGRESS)
    with override_settings(OUTBOX_DELIVERY_BACKEND=BROKEN_MAIL):
        change = take(people, submission, "resolve", Role.OFFICER, public_note="Jalan sudah diperbaiki.")
    tries_again_later()
    assert len(mail.outbox) == 1 and mail.outbox[0].subject.startswith("Resolved")
    assert email_state(change) == (SENT, 2, "")
    tries_again_later()
    assert len(mail.outbox) == 1


def test_emails_are_given_up_after_the_last_try(catalogue, people):
    submission = citizen_submission(catalogue)
    with override_settings(OUTBOX_DELIVERY_BACKEND=BROKEN_MAIL):
        change = take(people, submission, "verify", Role.COORDINATOR)
        for _try in range(MAX_ATTEMPTS + 2):
            tries_again_later()
    assert email_state(change)[:2] == (FAILED, MAX_ATTEMPTS)
    tries_again_later()
    assert mail.outbox == []


def test_a_failed_documents_request_keeps_the_old_private_link(catalogue, people, client):
    submission = citizen_submission(catalogue, Kind.APPLICATION, Status.IN_PROGRESS)
    old_secret = submission.set_secret()
    submission.save()
    with override_settings(OUTBOX_DELIVERY_BACKEND=BROKEN_MAIL):
        change = take(people, submission, "request_documents", Role.OFFICER, public_note="Kartu Keluarga.")
    assert email_state(change)[:2] == (QUEUED, 1)
    assert old_secret not in change.email.last_error and old_secret not in change.email.sealed_message
    assert client.get(f"/lacak/{submission.tracking_code}/{old_secret}/").status_code == 200
    tries_again_later()
    assert client.get(f"/lacak/{submission.tracking_code}/{old_secret}/").status_code == 404
    new_link = re.search(r"(/en/lacak/[\w-]+/[\w-]+/)", mail.outbox[0].body).group(1)
    assert client.get(new_link).status_code == 200


@override_settings(OUTBOX_DELIVERY_BACKEND=BROKEN_MAIL, TASKS=DATABASE_TASKS)
def test_with_a_worker_the_email_is_tried_again_later(catalogue, people):
    """The database backend runs tasks later: a failure queues the next try with a growing delay."""
    submission = citizen_submission(catalogue)
    change = apply_action(submission, "verify", role=Role.COORDINATOR, user=people[Role.COORDINATOR])
    notify_status_change.call(change.pk)  # what the worker does with the queued task
    change.refresh_from_db()
    tries = DBTaskResult.objects.filter(task_path="outbox.delivery.deliver")
    assert tries.get().args_kwargs["args"] == [change.email_id]  # the email's id: no secret in the queue
    before = timezone.now()
    deliver.call(change.email_id)  # the first try, by the worker
    assert email_state(change) == (QUEUED, 1, "SMTPException: 421 4.3.2 Service not available")
    retry = tries.latest("enqueued_at")
    assert tries.count() == 2 and retry.args_kwargs["args"] == [change.email_id]
    assert before + timedelta(minutes=10) <= retry.run_after <= timezone.now() + timedelta(minutes=10)

    OutgoingEmail.objects.filter(pk=change.email_id).update(attempts=MAX_ATTEMPTS - 1, next_try_at=None)
    deliver.call(change.email_id)  # the last try
    assert email_state(change)[:2] == (FAILED, MAX_ATTEMPTS)
    assert tries.count() == 2
