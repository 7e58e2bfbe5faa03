"""The outbox (outbox.delivery): what is stored, what staff see, and how long it stays."""

from datetime import timedelta
from io import StringIO
from smtplib import SMTPRecipientsRefused

from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django.utils import timezone

import pytest

from outbox.delivery import attempt, purge, short_error, store
from outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def test_an_email_arrives_as_it_was_written():
    message = EmailMultiAlternatives(
        "Kode lacak",
        "Teks",
        "kota@example.org",
        to=["rina@example.org"],
        cc=["c@example.org"],
        reply_to=["balas@example.org"],
        headers={"X-Kind": "receipt"},
    )
    message.attach_alternative("<p>HTML</p>", "text/html")
    message.attach("bukti.txt", "isi berkas", "text/plain")
    message.send()
    (sent,) = mail.outbox
    assert (sent.subject, sent.body, sent.from_email, sent.to, sent.cc) == (
        "Kode lacak",
        "Teks",
        "kota@example.org",
        ["rina@example.org"],
        ["c@example.org"],
    )
    assert sent.reply_to == ["balas@example.org"] and sent.extra_headers["X-Kind"] == "receipt"
    assert sent.alternatives[0][0] == "<p>HTML</p>" and sent.attachments[0][:2] == ("bukti.txt", "isi berkas")
    stored = OutgoingEmail.objects.get()
    assert stored.status == OutgoingEmail.Status.SENT and "rina@example.org" not in stored.sealed_message


def test_an_email_is_never_sent_twice():
    send_mail("Halo", "Teks", None, ["rina@example.org"])
    email = OutgoingEmail.objects.get()
    assert attempt(email.pk) == OutgoingEmail.Status.SENT  # a second worker, or a late retry
    assert len(mail.outbox) == 1 and OutgoingEmail.objects.get().attempts == 1


def test_the_error_staff_see_carries_no_link():
    error = SMTPRecipientsRefused(
        {"rina@example.org": (550, b"no https://kota.example/lacak/SWL-1/rahasia/")}
    )
    assert "rahasia" not in short_error(error) and "lacak" not in short_error(error)


def test_old_emails_leave_the_outbox():
    send_mail("Akun", "Tautan reset", None, ["warga@example.com"])  # an account email: about nothing kept
    receipt = store(
        EmailMultiAlternatives("Tanda terima", "…", to=["rina@example.org"]),
        about="SWL-1",
        about_url="/admin/submissions/inspect/1/",
    )
    attempt(receipt.pk)
    failed = store(EmailMultiAlternatives("Gagal", "…", to=["x@example.org"]))
    OutgoingEmail.objects.filter(pk=failed.pk).update(status=OutgoingEmail.Status.FAILED)
    assert purge(timezone.now() + timedelta(days=6)) == 0

    assert purge(timezone.now() + timedelta(days=8)) == 2
    receipt.refresh_from_db()
    assert receipt.status == OutgoingEmail.Status.SENT and receipt.sealed_message == ""  # its record stays
    assert set(OutgoingEmail.objects.values_list("pk", flat=True)) == {receipt.pk, failed.pk}
    assert purge(timezone.now() + timedelta(days=31)) == 1
    assert not OutgoingEmail.objects.filter(pk=failed.pk).exists()


def test_the_command_reports_what_it_did():
    output = StringIO()
    call_command("send_queued_email", stdout=output)
    assert "Queued 0 email(s) for another try" in output.getvalue()
