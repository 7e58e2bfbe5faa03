"""Login protection: lockout and its end, one answer for unknown users and wrong passwords, a new
session key at sign-in, staff signed out when idle, and the Indonesian common-password list."""

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import password_validators_help_texts, validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.utils import translation

import pytest
from allauth.account.models import EmailAddress

from tests.conftest import enrol_totp, totp_code
from tests.security.test_mfa import PASSWORD, make_editor, sign_in

LOCKED_OUT = "Too many failed attempts to sign in."


@pytest.fixture
def resident(db):
    user = get_user_model().objects.create_user("warga", "warga@example.com", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def error_of(response) -> str:
    """The sign-in form's error, whatever the wording: the text of the error summary's list."""
    html = response.content.decode()
    start = html.index('class="error-summary"')
    return html[start : html.index("</ul>", start)]


def test_unknown_users_and_wrong_passwords_get_the_same_answer(client, site_tree, resident):
    make_editor()
    wrong_email = client.post("/akun/login/", {"login": "warga@example.com", "password": "salah-sandi-1"})
    unknown_email = client.post("/akun/login/", {"login": "siapa@example.com", "password": "salah-sandi-1"})
    assert wrong_email.status_code == unknown_email.status_code == 200
    assert error_of(wrong_email) == error_of(unknown_email)
    wrong_username = client.post("/akun/login/", {"login": "redaktur", "password": "salah-sandi-1"})
    unknown_username = client.post("/akun/login/", {"login": "bukanpetugas", "password": "salah-sandi-1"})
    assert error_of(wrong_username) == error_of(unknown_username)


def test_five_failures_lock_the_account_for_five_minutes(client, site_tree, resident, clock):
    for _ in range(5):
        assert (
            "error-summary"
            in client.post(
                "/akun/login/", {"login": "warga@example.com", "password": "salah"}
            ).content.decode()
        )
    # Even the right password is refused now, and from another address too (the limit is per account).
    other_ip = {"REMOTE_ADDR": "10.0.0.9"}
    locked = client.post("/en/akun/login/", {"login": "warga@example.com", "password": PASSWORD}, **other_ip)
    assert LOCKED_OUT in locked.content.decode()
    clock(4 * 60)
    assert (
        LOCKED_OUT
        in client.post(
            "/en/akun/login/", {"login": "warga@example.com", "password": PASSWORD}, **other_ip
        ).content.decode()
    )
    clock(61)
    signed_in = client.post("/akun/login/", {"login": "warga@example.com", "password": PASSWORD})
    assert signed_in.status_code == 302
    assert client.get("/akun/profil/").status_code == 200


def test_admin_sign_in_is_locked_out_the_same_way(client, site_tree, clock):
    editor = make_editor()
    enrol_totp(editor)
    for _ in range(5):
        assert sign_in(client, "redaktur", password="salah").status_code == 200
    assert (
        LOCKED_OUT
        in client.post("/en/akun/login/", {"login": "redaktur", "password": PASSWORD}).content.decode()
    )
    clock(5 * 60 + 1)
    assert sign_in(client, "redaktur")["Location"] == "/akun/2fa/authenticate/"


def test_wrong_two_factor_codes_lock_out_too(client, site_tree, clock):
    editor = make_editor()
    secret = enrol_totp(editor)
    sign_in(client, "redaktur")
    for wrong in ("000001", "000002", "000003", "000004", "000005"):
        assert client.post("/akun/2fa/authenticate/", {"code": wrong}).status_code == 200
    refused = client.post("/en/akun/2fa/authenticate/", {"code": totp_code(secret)})
    assert "Too many failed login attempts" in refused.content.decode()
    assert client.get("/admin/")["Location"].startswith("/akun/login/")
    clock(5 * 60 + 1)
    sign_in(client, "redaktur")
    assert client.post("/akun/2fa/authenticate/", {"code": totp_code(secret)})["Location"] == "/admin/"


def test_signing_in_gives_a_new_session_key(client, site_tree):
    """Session fixation: a key planted before sign-in is worth nothing after it."""
    editor = make_editor()
    secret = enrol_totp(editor)
    session = client.session
    session["planted"] = True
    session.save()
    planted = session.session_key
    sign_in(client, "redaktur")
    client.post("/akun/2fa/authenticate/", {"code": totp_code(secret)})
    signed_in = client.cookies["sessionid"].value
    assert signed_in != planted
    assert not Session.objects.filter(session_key=planted).exists()
    assert client.get("/admin/").status_code == 200


def test_idle_staff_are_signed_out(client, site_tree, clock, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 30
    client.force_login(make_editor())
    assert client.get("/admin/").status_code == 200
    clock(29 * 60)
    assert client.get("/admin/").status_code == 200  # each request restarts the count
    clock(29 * 60)
    assert client.get("/admin/").status_code == 200
    clock(31 * 60)
    response = client.get("/admin/account/")
    assert response["Location"] == "/akun/login/?next=/admin/account/"
    signed_out = client.get("/en/akun/login/?next=/admin/account/")
    # The message was written while /admin/ answered, in the site's default language.
    assert "Anda otomatis keluar setelah 30 menit tanpa aktivitas." in signed_out.content.decode()
    assert client.get("/admin/")["Location"].startswith("/akun/login/")


def test_the_idle_time_is_a_setting(client, site_tree, clock, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 5
    client.force_login(make_editor())
    client.get("/admin/")
    clock(6 * 60)
    assert client.get("/admin/")["Location"].startswith("/akun/login/")


def test_residents_stay_signed_in_when_idle(client, site_tree, resident, clock):
    client.force_login(resident)
    assert client.get("/akun/profil/").status_code == 200
    clock(3 * 60 * 60)
    assert client.get("/akun/profil/").status_code == 200


# Passwords.


@pytest.mark.parametrize(
    "password", ["bismillah", "Sayangku123", "merdeka45", "Sawahlunto1888", "JAKARTA123"]
)
def test_common_indonesian_passwords_are_refused(password):
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        validate_password(password)
    assert (
        "This password is one of the most common in Indonesia and is easy to guess." in refused.value.messages
    )


def test_a_resident_cannot_sign_up_with_a_common_indonesian_password(client, site_tree):
    data = {"email": "baru@example.com", "password1": "cintaku12345", "password2": "cintaku12345"}
    response = client.post("/en/akun/signup/", data)
    assert "This password is one of the most common in Indonesia" in response.content.decode()
    assert not get_user_model().objects.filter(email="baru@example.com").exists()


def test_uncommon_passwords_pass_and_the_rule_is_explained():
    validate_password("Gulai-Itiak-Lado-Mudo-7")
    with translation.override("en"):
        assert (
            "Your password can’t be a word or password commonly used in Indonesia."
            in password_validators_help_texts()
        )
