"""Resident account pages (django-allauth) in the site's design, in both languages.

allauth renders them through our templates/allauth/ layouts and elements; these tests read the
HTML a resident gets and the emails they are sent.
"""

import re

from django.contrib.auth import get_user_model
from django.core import mail

import pytest
from allauth.account.models import EmailAddress

PASSWORD = "Kopi-Tubruk-Sawahlunto-88"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)")
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
LINK_PATH = re.compile(r"https?://testserver(/\S+/)")
LANGUAGES = [pytest.param("", "id", id="id"), pytest.param("/en", "en", id="en")]


@pytest.fixture
def resident(db):
    """A resident who signed up and confirmed their email address."""
    user = get_user_model().objects.create_user(
        username="warga", email="warga@example.com", password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def assert_site_page(response, language, field_ids=()):
    """The page is the site's, in `language`, with labelled fields and nothing inline for the CSP."""
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert html.count("<h1") == 1
    for field_id in field_ids:
        assert f'id="{field_id}"' in html
    inputs = re.findall(r"<input\b[^>]*>", html)
    visible = [tag for tag in inputs if not re.search(r'type="(hidden|submit)"', tag)]
    for tag in visible:
        field_id = re.search(r'\bid="([^"]+)"', tag).group(1)
        assert re.search(rf'<label[^>]*\bfor="{field_id}"', html), f"{field_id} has no label"
    assert not INLINE_SCRIPT.search(html)
    assert " style=" not in html
    return html


def link_in_last_email():
    return LINK_PATH.search(mail.outbox[-1].body).group(1)


ANONYMOUS_PAGES = [
    ("/akun/login/", ["id_login", "id_password", "id_remember"]),
    ("/akun/signup/", ["id_email", "id_password1", "id_password2"]),
    ("/akun/confirm-email/", []),
    ("/akun/password/reset/", ["id_email"]),
    ("/akun/password/reset/done/", []),
    ("/akun/password/reset/key/done/", []),
    ("/akun/inactive/", []),
]
RESIDENT_PAGES = [
    ("/akun/logout/", []),
    ("/akun/password/change/", ["id_oldpassword", "id_password1", "id_password2"]),
    ("/akun/email/", ["email_radio_0", "id_email"]),
    ("/akun/reauthenticate/", ["id_password"]),
]


@pytest.mark.parametrize(("prefix", "language"), LANGUAGES)
@pytest.mark.parametrize(("path", "field_ids"), ANONYMOUS_PAGES)
def test_anonymous_pages_are_site_pages(client, site_tree, prefix, language, path, field_ids):
    assert_site_page(client.get(prefix + path), language, field_ids)


@pytest.mark.parametrize(("prefix", "language"), LANGUAGES)
@pytest.mark.parametrize(("path", "field_ids"), RESIDENT_PAGES)
def test_signed_in_pages_are_site_pages(client, site_tree, resident, prefix, language, path, field_ids):
    client.force_login(resident)
    assert_site_page(client.get(prefix + path), language, field_ids)


def test_account_pages_link_to_the_other_parts_of_the_account(client, site_tree, resident):
    client.force_login(resident)
    html = client.get("/en/akun/password/change/").content.decode()
    nav = re.search(r'<nav class="section" aria-labelledby="account-nav-title">.*?</nav>', html, re.S).group(
        0
    )
    for path in ["/en/akun/pengajuan/", "/en/akun/email/", "/en/akun/logout/"]:
        assert f'href="{path}"' in nav
    assert '<a href="/en/akun/password/change/" aria-current="page">' in nav


@pytest.mark.parametrize(("prefix", "language"), LANGUAGES)
def test_email_confirmation_page_from_the_signup_email(client, site_tree, prefix, language):
    client.post(
        f"{prefix}/akun/signup/", {"email": "baru@example.com", "password1": PASSWORD, "password2": PASSWORD}
    )
    confirm_path = link_in_last_email()
    assert confirm_path.startswith(f"{prefix}/akun/confirm-email/")

    html = assert_site_page(client.get(confirm_path), language)
    assert "baru@example.com" in html

    response = client.post(confirm_path, follow=True)
    assert response.redirect_chain[-1][0] == f"{prefix}/akun/pengajuan/"
    assert EmailAddress.objects.get(email="baru@example.com").verified


@pytest.mark.parametrize(("prefix", "language"), LANGUAGES)
def test_password_reset_from_the_email_link(client, site_tree, resident, prefix, language):
    client.post(f"{prefix}/akun/password/reset/", {"email": resident.email})
    response = client.get(link_in_last_email(), follow=True)
    assert_site_page(response, language, ["id_password1", "id_password2"])

    mismatch = {"password1": PASSWORD, "password2": PASSWORD + "x"}
    html = assert_site_page(client.post(response.redirect_chain[-1][0], mismatch), language)
    assert 'class="error-summary"' in html
    assert 'href="#id_password2"' in html

    new_password = {"password1": PASSWORD + "!", "password2": PASSWORD + "!"}
    done = client.post(response.redirect_chain[-1][0], new_password, follow=True)
    assert done.redirect_chain[-1][0] == f"{prefix}/akun/password/reset/key/done/"
    assert_site_page(done, language)


def test_failed_login_shows_the_error_summary_in_indonesian_and_keeps_the_email(client, site_tree, resident):
    response = client.post("/akun/login/", {"login": resident.email, "password": "salah-sandi"})
    html = assert_site_page(response, "id", ["id_login", "id_password"])
    assert 'class="error-summary"' in html
    assert "Ada yang perlu diperbaiki" in html
    assert "kata sandi yang anda masukkan tidak benar" in html
    assert re.search(r'<input type="text" name="login" value="warga@example.com"', html)
    assert not response.wsgi_request.user.is_authenticated


def test_invalid_signup_ties_each_error_to_its_field(client, site_tree):
    data = {"email": "bukan-email", "password1": PASSWORD, "password2": PASSWORD}
    html = assert_site_page(client.post("/akun/signup/", data), "id")
    assert 'class="error-summary"' in html
    assert '<a href="#id_email">' in html
    assert 'aria-describedby="id_email-error"' in html
    assert 'value="bukan-email"' in html


def signup_response(client, email):
    data = {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    response = client.post("/akun/signup/", data, follow=True)
    html = CSRF_TOKEN.sub("", response.content.decode()).replace(email, "EMAIL")
    return response.redirect_chain, html


def test_signup_does_not_tell_whether_an_email_has_an_account(client, site_tree, resident):
    taken = signup_response(client, resident.email)
    assert len(mail.outbox) == 1
    client.logout()
    fresh = signup_response(client, "baru@example.com")
    assert len(mail.outbox) == 2

    assert taken == fresh
    assert taken[0][-1][0] == "/akun/confirm-email/"
    assert [message.to for message in mail.outbox] == [[resident.email], ["baru@example.com"]]
    assert get_user_model().objects.filter(email=resident.email).count() == 1


@pytest.mark.parametrize(
    ("prefix", "subject"),
    [("", "Mohon Konfirmasi Alamat E-mail Anda"), ("/en", "Please Confirm Your Email Address")],
)
def test_verification_email_is_in_the_language_of_the_signup_page(client, site_tree, prefix, subject):
    data = {"email": "baru@example.com", "password1": PASSWORD, "password2": PASSWORD}
    response = client.post(f"{prefix}/akun/signup/", data, follow=True)
    assert response.redirect_chain[-1][0] == f"{prefix}/akun/confirm-email/"
    assert [message.subject for message in mail.outbox] == [subject]


def test_password_reset_gives_the_same_answer_for_unknown_and_known_emails(client, site_tree, resident):
    answers = []
    for email in ["tidak-terdaftar@example.com", resident.email]:
        response = client.post("/akun/password/reset/", {"email": email}, follow=True)
        answers.append((response.redirect_chain, CSRF_TOKEN.sub("", response.content.decode())))
    assert answers[0] == answers[1]
    assert answers[0][0][-1][0] == "/akun/password/reset/done/"
    assert [message.to for message in mail.outbox] == [["tidak-terdaftar@example.com"], [resident.email]]


def test_no_social_login_or_passkey_ui(client, site_tree):
    html = client.get("/akun/login/").content.decode().lower()
    assert "passkey" not in html
    assert "socialaccount" not in html
