"""The mail server is down (issue 19, item 2 and 3): nobody gets a 500, nothing is lost, staff see it.

Django's real SMTP backend delivers (as EMAIL_URL=smtp://… does in production), first to a local port
where nothing listens, then to a small SMTP server on that same port: the server is back. Emails go
through the outbox (outbox.delivery); the tests use the immediate task backend, so "later" is the
``send_queued_email`` command that cron runs, or a member of staff's "Try again now".
"""

import email
import re
import socket
import threading
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress

from feedback.demo import ensure_role_groups
from feedback.models import Submission
from feedback.workflow import Role
from outbox.delivery import store
from outbox.models import OutgoingEmail
from tests.feedback import conftest as feedback
from tests.feedback.conftest import Wizard, make_staff, tracking_code

pytestmark = pytest.mark.django_db
# The submissions' fixtures (tests/feedback/conftest.py), which this folder's conftest does not have.
catalogue, places = feedback.catalogue, feedback.places
SMTP = "django.core.mail.backends.smtp.EmailBackend"
PASSWORD = "Kopi-Tubruk-Sawahlunto-88"


class SMTPServer:
    """Just enough of SMTP (RFC 5321) for Django's backend: it keeps every message it is given."""

    def __init__(self, port):
        self.messages = []
        self.listener = socket.create_server(("127.0.0.1", port))
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return  # closed
            with connection:
                self.converse(connection)

    def converse(self, connection):
        lines = connection.makefile("rb")

        def reply(text):
            connection.sendall(text.encode() + b"\r\n")

        reply("220 localhost SMTP")
        for line in lines:
            verb = line[:4].decode().upper()
            if verb == "EHLO":
                reply("250 localhost")
            elif verb == "DATA":
                reply("354 End data with <CR><LF>.<CR><LF>")
                data = b""
                for body_line in lines:
                    if body_line == b".\r\n":
                        break
                    data += body_line[1:] if body_line.startswith(b"..") else body_line
                self.messages.append(email.message_from_bytes(data))
                reply("250 OK: queued")
            elif verb == "QUIT":
                reply("221 Bye")
                return
            else:  # HELO, MAIL, RCPT, RSET, NOOP
                reply("250 OK")

    def close(self):
        self.listener.close()

    def text_to(self, address):
        """The plain-text bodies of the messages sent to ``address``."""
        found = []
        for message in self.messages:
            if address in message["To"]:
                part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
                found.append(part.get_payload(decode=True).decode())
        return found


@pytest.fixture
def mail_server(settings):
    """The site's SMTP server, down at first: ``mail_server.start()`` brings it back on the same port."""

    class MailServer:
        server = None

        def start(self):
            self.server = SMTPServer(settings.EMAIL_PORT)
            return self.server

    probe = socket.create_server(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now: connections are refused, as when the server is down
    settings.OUTBOX_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    mail_server = MailServer()
    yield mail_server
    if mail_server.server:
        mail_server.server.close()


def later():
    """Time passes until every queued email's next try is due, and cron runs send_queued_email."""
    OutgoingEmail.objects.filter(status=OutgoingEmail.Status.QUEUED).update(next_try_at=timezone.now())
    call_command("send_queued_email", stdout=StringIO())


def test_a_receipt_with_the_mail_server_down_is_retried_and_visible_to_staff(
    client,
    site_tree,
    places,
    catalogue,
    mail_server,
    django_capture_on_commit_callbacks,
):
    wizard = Wizard(client, "/aspirasi/", "report_wizard", django_capture_on_commit_callbacks)
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post(
        "laporan",
        {"subject": "Jalan berlubang", "description": "Di depan sekolah.", "kecamatan": places["talawi"].pk},
    )
    wizard.post("bukti")
    wizard.post("identitas", {"identity": "biasa", "name": "Rina", "email": "rina@example.org"})
    wizard.post("periksa", {"consent": "on"})
    assert wizard.finish()["Location"] == "/terkirim/"
    confirmation = client.get("/terkirim/").content.decode()
    code = tracking_code(confirmation)
    secret = re.search(rf"/lacak/{code}/([\w-]+)/", confirmation).group(1)
    # The page promises the email rather than claiming it was sent.
    assert "Kami akan mengirimkan tanda terima" in confirmation
    assert "Kami telah mengirimkan" not in confirmation

    receipt = Submission.objects.get(tracking_code=code).receipt_email
    assert (receipt.status, receipt.attempts) == (OutgoingEmail.Status.QUEUED, 1)
    assert "ConnectionRefusedError" in receipt.last_error and receipt.next_try_at > timezone.now()
    assert secret not in receipt.last_error + receipt.sealed_message  # encrypted at rest

    # The coordinator sees it after this first failure: in the email queue and on the submission's page.
    ensure_role_groups()
    client.force_login(make_staff("koordinator", Role.COORDINATOR))
    queue_page = client.get("/admin/outgoing_emails/").content.decode()
    assert code in queue_page and "ConnectionRefusedError" in queue_page and secret not in queue_page
    submission_page = client.get(f"/admin/submissions/inspect/{receipt.about_url.split('/')[-2]}/")
    assert "Belum terkirim: 1 kali percobaan gagal" in submission_page.content.decode()

    server = mail_server.start()
    response = client.post(f"/admin/outgoing_emails/{receipt.pk}/retry/", {"next": "/admin/outgoing_emails/"})
    assert response.status_code == 302
    receipt.refresh_from_db()
    assert (receipt.status, receipt.attempts, receipt.last_error) == (OutgoingEmail.Status.SENT, 2, "")
    (body,) = server.text_to("rina@example.org")
    assert f"/lacak/{code}/{secret}/" in body
    later()
    assert len(server.messages) == 1  # sent once
    assert code not in client.get("/admin/outgoing_emails/").content.decode()  # nothing left to do


def waiting_email():
    message = EmailMessage("Tanda terima", "…", to=["rina@example.org"])
    return store(message, about="SWL-2612-AAAAAA")


def test_the_email_queue_is_for_the_coordinator(client, catalogue):
    ensure_role_groups()
    client.force_login(make_staff("petugas", Role.OFFICER, [catalogue.disdukcapil]))
    assert client.get("/admin/outgoing_emails/").status_code in (302, 403)
    refused = client.post(f"/admin/outgoing_emails/{waiting_email().pk}/retry/")
    assert refused.status_code in (302, 403) and refused.get("Location") != "/admin/outgoing_emails/"
    assert OutgoingEmail.objects.get().attempts == 0  # not tried


def resident(verified=True, email="warga@example.com"):
    user = get_user_model().objects.create_user(username="warga", email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def sign_up(client):
    return "baru@example.com", client.post(
        "/akun/signup/", {"email": "baru@example.com", "password1": PASSWORD, "password2": PASSWORD}
    )


def reset_password(client):
    resident()
    return "warga@example.com", client.post("/akun/password/reset/", {"email": "warga@example.com"})


def sign_in_unverified(client):
    resident(verified=False)
    return "warga@example.com", client.post(
        "/akun/login/", {"login": "warga@example.com", "password": PASSWORD}
    )


def change_email(client):
    client.force_login(resident())
    return "ganti@example.com", client.post("/akun/email/", {"email": "ganti@example.com", "action_add": ""})


@pytest.mark.parametrize("flow", [sign_up, reset_password, sign_in_unverified, change_email])
def test_account_emails_with_the_mail_server_down(client, site_tree, mail_server, flow):
    """Before the outbox each of these answered 500 (and sign-up had made the account anyway)."""
    address, response = flow(client)
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert client.get(response["Location"]).status_code == 200
    waiting = OutgoingEmail.objects.get()
    assert waiting.attempts == 1 and waiting.status == OutgoingEmail.Status.QUEUED
    assert address in waiting.recipients and address not in waiting.sealed_message  # encrypted

    server = mail_server.start()
    later()
    assert len(server.text_to(address)) == 1
    assert OutgoingEmail.objects.get().status == OutgoingEmail.Status.SENT
