"""No secret in the log (issue 19, item 9; security.logging), with every logger at DEBUG and SQL logged.

Each flow runs for real and fails where a secret meets a log line: a private tracking link refused (403)
or not found (404), a form posted without its CSRF token to a private link, a password-reset link and an
email confirmation link; the TOTP secret and recovery codes of a two-factor setup and the session ids
travel in SQL. Lines that a server writes for every request (gunicorn's access log, runserver's) are
written as those servers write them. Then the captured records (caplog) and the handlers' output are
searched for every secret.
"""

import logging
import re
from urllib.parse import quote

from django.conf import settings
from django.core import mail
from django.test import Client

import pytest
from allauth.mfa.models import Authenticator

from security.logging import redact
from tests.accounts.test_pages import PASSWORD, resident  # noqa: F401  (a fixture)
from tests.feedback.conftest import catalogue  # noqa: F401  (a fixture)
from tests.feedback.test_survey_and_tracking import make_submission
from tests.security.test_logs_nik import site_log  # noqa: F401  (a fixture)
from tests.security.test_mfa import make_editor

pytestmark = pytest.mark.django_db
LINK_RE = re.compile(r"https?://[^/\s]+(/\S+/)")
ENROL = "/akun/2fa/totp/activate/"


def link_in_last_email():
    return LINK_RE.search(mail.outbox[-1].body).group(1)


def refused_csrf(path):
    """A form posted without its token (a page kept open past the cookie's life, or a forged one)."""
    assert Client(enforce_csrf_checks=True).post(path, {"x": "1"}).status_code == 403


def access_log_lines(paths):
    """What gunicorn (with --access-logfile, its default format) and runserver write for each request."""
    for path in paths:
        atoms = {"h": "36.68.10.20", "l": "-", "u": "-", "t": "[07/Dec/2026:21:00:00 +0700]"}
        atoms |= {"r": f"GET {path} HTTP/1.1", "s": "200", "b": "512", "f": "-", "a": "Mozilla/5.0"}
        logging.getLogger("gunicorn.access").info('%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s', atoms)
        logging.getLogger("django.server").info('"%s" %s %s', f"GET {path} HTTP/1.1", "200", "512")


def test_no_secret_in_the_logs_of_real_flows(site_tree, catalogue, resident, site_log, caplog):  # noqa: F811
    caplog.set_level(logging.DEBUG)
    secrets, paths = {}, []

    # Private tracking links: a guess refused (404, then 403 past the code's limit), a CSRF failure.
    submission, secret = make_submission(catalogue)
    _other, other_secret = make_submission(catalogue, tracking_code="SWL-2611-ABCDEF", submission_key="k2")
    secrets |= {"tracking secret": secret, "another submission's secret": other_secret}
    code = submission.tracking_code
    visitor = Client(raise_request_exception=False)
    assert visitor.get(f"/lacak/{code}/{other_secret}/").status_code == 404
    for guess in range(10):
        visitor.get(f"/lacak/{code}/tebakan-{guess}/")
    assert visitor.get(f"/lacak/{code}/{other_secret}/").status_code == 403
    refused_csrf(f"/lacak/{code}/{secret}/")
    paths += [f"/lacak/{code}/{secret}/", f"/akun/login/?next={quote(f'/lacak/{code}/{secret}/', safe='')}"]

    # A resident's password reset (allauth): the link, and its form posted without the token.
    Client().post("/akun/password/reset/", {"email": resident.email})
    reset_path = link_in_last_email()
    secrets["password-reset key"] = reset_path.rstrip("/").rsplit("-", 1)[1]
    assert Client().get(reset_path).status_code == 302
    refused_csrf(reset_path)
    paths.append(reset_path)

    # A member of staff's password reset in the Wagtail admin.
    make_editor()
    Client().post("/admin/password_reset/", {"email": "redaktur@example.org"})
    admin_reset_path = link_in_last_email()
    assert "/admin/password_reset/confirm/" in admin_reset_path
    secrets["admin password-reset token"] = admin_reset_path.rstrip("/").rsplit("/", 1)[1]
    refused_csrf(admin_reset_path)
    paths.append(admin_reset_path)

    # A new resident's email confirmation.
    newcomer = Client()
    signup = {"email": "baru@example.com", "password1": PASSWORD, "password2": PASSWORD}
    newcomer.post("/akun/signup/", signup)
    confirm_path = link_in_last_email()
    assert confirm_path.startswith("/akun/confirm-email/")
    secrets["email confirmation key"] = confirm_path.rstrip("/").rsplit("/", 1)[1]
    refused_csrf(confirm_path)
    assert newcomer.post(confirm_path).status_code == 302
    paths.append(confirm_path)

    # A resident turns on two-factor sign-in: the TOTP secret waits in the session, then is stored.
    owner = Client()
    assert owner.post("/akun/login/", {"login": resident.email, "password": PASSWORD}).status_code == 302
    page = owner.get(ENROL)
    if page.status_code == 302:  # asked for the password again first
        owner.post(page["Location"], {"password": PASSWORD})
        page = owner.get(ENROL)
    assert page.status_code == 200
    totp_secret = owner.session["mfa.totp.secret"]
    from tests.conftest import totp_code

    owner.post(ENROL, {"code": totp_code(totp_secret)})
    assert Authenticator.objects.filter(user=resident, type="totp").exists()
    secrets["TOTP secret"] = totp_secret
    for authenticator in Authenticator.objects.filter(user=resident, type="recovery_codes"):
        secrets["recovery codes' seed"] = authenticator.data["seed"]

    for name, client in {"newcomer": newcomer, "owner": owner}.items():
        secrets[f"{name}'s session id"] = client.cookies[settings.SESSION_COOKIE_NAME].value
    access_log_lines(paths)

    records = caplog.text
    output = site_log.getvalue()
    assert "Not Found: /lacak/" in records and "Forbidden (CSRF" in records  # the refusals were logged
    assert "/confirm-email/" in output and "mfa_authenticator" in output and "django_session" in output
    assert '"GET /lacak/' in output  # the access log lines reached the handler
    for name, value in secrets.items():
        assert value and len(value) >= 16, name
        assert value not in records, f"the {name} is in the captured records"
        assert value not in output, f"the {name} is in the log output"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Not Found: /lacak/SWL-2611-7KQ4M2/abcDEF123_-xyz/",
            "Not Found: /lacak/SWL-2611-7KQ4M2/[redacted]/",
        ),  # noqa: E501
        ("/en/lacak/SWL-2611-7KQ4M2/abcDEF123/dokumen/", "/en/lacak/SWL-2611-7KQ4M2/[redacted]/dokumen/"),
        ("next=%2Flacak%2FSWL-2611-7KQ4M2%2Fabc123%2F", "next=%2Flacak%2FSWL-2611-7KQ4M2%2F[redacted]%2F"),
        ("/akun/password/reset/key/1a-czc5bm-0a1b2c3d4e/", "/akun/password/reset/key/1a-[redacted]/"),
        ("/admin/password_reset/confirm/MTI/czc5bm-0a1b/", "/admin/password_reset/confirm/MTI/[redacted]/"),
        ("/akun/confirm-email/MQ:1vS2:abcDEF/", "/akun/confirm-email/[redacted]/"),
        ("/akun/buka-kunci/1a/czc5bm-0a1b2c3d4e/", "/akun/buka-kunci/1a/[redacted]/"),
        ("Cookie: csrftoken=abc; sessionid=q1w2e3r4", "Cookie: csrftoken=[redacted]; sessionid=[redacted]"),
        ("NIK 1373016508950001 di /lacak/", "NIK 1373********0001 di /lacak/"),
        ("Failed lookup for key [x] in [{'key': 'MQ:1vS2'}]", "Failed lookup for key [x] in [redacted]"),
        ("otpauth://totp/a?secret=JBSWY3DP&issuer=Kota", "otpauth://totp/a?secret=[redacted]&issuer=Kota"),
    ],
)
def test_the_filter_leaves_out_secrets_and_keeps_the_rest(line, kept):
    assert redact(line) == kept
