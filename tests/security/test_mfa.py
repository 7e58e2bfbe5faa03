"""Two-factor sign-in for staff (security.mfa): enrolment before any admin page, the code step at
sign-in, the superuser's reset, and the optional two-factor for residents."""

import re

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command

from wagtail.models import ModelLogEntry

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from tests.accounts.test_pages import INLINE_SCRIPT, assert_site_page
from tests.conftest import enrol_totp, totp_code

PASSWORD = "Gulai-Itiak-Lado-Mudo-7"  # noqa: S105  (a test account's password)
ENROL = "/akun/2fa/totp/activate/"
# Admin screens of every kind: pages, JSON for the admin's scripts, choosers, reports, the back office.
ADMIN_URLS = [
    "/admin/",
    "/admin/pages/",
    "/admin/pages/search/?q=kontak",
    "/admin/api/main/pages/?child_of=root",
    "/admin/choose-page/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/snippets/",
    "/admin/users/",
    "/admin/reports/site-history/",
    "/admin/submissions/",
    "/admin/reports/ikm/",
    "/admin/account/",
]


def make_editor(username="redaktur", **fields):
    """A member of staff with admin access through a group, and an address the administrator set."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD, **fields)
    group, _ = Group.objects.get_or_create(name="Redaksi")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user.groups.add(group)
    return user


def make_superuser(username="admin"):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser(username, f"{username}@example.org", PASSWORD)


def sign_in(client, login, password=PASSWORD, next_path="/admin/"):
    """The staff sign-in: /admin/login/ leads to allauth's page, which takes the username."""
    start = client.get(f"/admin/login/?next={next_path}")
    assert start.status_code == 302
    return client.post(start["Location"], {"login": login, "password": password})


@pytest.mark.without_mfa
@pytest.mark.parametrize("url", ADMIN_URLS)
def test_staff_without_an_authenticator_reach_no_admin_page(client, site_tree, url):
    for person in (make_editor(), make_superuser()):
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == ENROL
    # Not by posting either: the form goes nowhere.
    add_page = f"/admin/pages/add/home/standardpage/{site_tree.home.pk}/"
    assert client.post(add_page, {"title": "Bocor"})["Location"] == ENROL


def test_staff_with_an_authenticator_use_the_admin(client, site_tree):
    client.force_login(make_editor())  # enrolled by tests/conftest.py, as real staff would be
    assert Authenticator.objects.filter(type="totp").count() == 1
    assert client.get("/admin/").status_code == 200
    client.force_login(make_superuser())
    for url in ADMIN_URLS:
        assert client.get(url).status_code == 200, url


@pytest.mark.without_mfa
# Transactional: allauth announces the new app when its transaction commits, inside the request, and
# that is when the session records the code as passed (security.mfa.record_enrolment).
@pytest.mark.django_db(transaction=True)
def test_enrolment_after_signing_in_leads_back_to_the_page_asked_for(client, site_tree):
    editor = make_editor()
    signed_in = sign_in(client, "redaktur", next_path="/admin/account/")
    assert signed_in["Location"] == "/admin/account/"
    assert EmailAddress.objects.get(user=editor).verified  # no confirmation email for staff

    sent_away = client.get("/admin/account/")
    assert sent_away["Location"] == ENROL
    # allauth asks for the password again before any change to the account's factors.
    ask_password = client.get(ENROL)
    assert ask_password["Location"].startswith("/akun/reauthenticate/")
    assert client.post(ask_password["Location"], {"password": PASSWORD})["Location"] == ENROL
    page = client.get("/en" + ENROL)
    html = assert_site_page(page, "en", ["id_code"])
    # The message was written while /admin/ answered, in the site's default language.
    assert "Akun petugas wajib menggunakan verifikasi dua langkah." in html
    assert 'src="data:image/svg+xml;base64,' in html

    secret = client.session["mfa.totp.secret"]
    assert client.post(ENROL, {"code": "000000"}).status_code == 200  # a wrong code enrols nothing
    assert not Authenticator.objects.filter(user=editor).exists()
    enrolled = client.post(ENROL, {"code": totp_code(secret)})
    assert enrolled["Location"] == "/akun/2fa/recovery-codes/"
    assert set(Authenticator.objects.filter(user=editor).values_list("type", flat=True)) == {
        "totp",
        "recovery_codes",
    }

    codes_page = client.get("/en/akun/2fa/recovery-codes/")
    html = codes_page.content.decode()
    codes = Authenticator.objects.get(user=editor, type="recovery_codes").wrap().get_unused_codes()
    assert len(codes) == 10 and all(code in html for code in codes)
    assert not INLINE_SCRIPT.search(html)
    assert re.search(r'href="/admin/account/"[^>]*>\s*Continue to the administration', html)
    assert client.get("/admin/account/").status_code == 200


def test_admin_sign_in_asks_for_the_code_of_the_app(client, site_tree):
    editor = make_editor()
    secret = enrol_totp(editor)
    password_step = sign_in(client, "redaktur", next_path="/admin/account/")
    assert password_step["Location"] == "/akun/2fa/authenticate/"
    assert client.get("/admin/account/")["Location"].startswith("/akun/login/")  # not signed in yet

    assert_site_page(client.get("/en/akun/2fa/authenticate/"), "en", ["id_code"])
    wrong = client.post("/en/akun/2fa/authenticate/", {"code": "123456"})
    assert "Incorrect code." in wrong.content.decode()
    right = client.post("/akun/2fa/authenticate/", {"code": totp_code(secret)})
    assert right["Location"] == "/admin/account/"
    assert client.get("/admin/account/").status_code == 200


def test_a_recovery_code_replaces_a_lost_phone(client, site_tree):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    editor = make_editor()
    enrol_totp(editor)
    code = RecoveryCodes.activate(editor).get_unused_codes()[0]
    sign_in(client, "redaktur")
    assert client.post("/akun/2fa/authenticate/", {"code": code})["Location"] == "/admin/"
    client.logout()
    sign_in(client, "redaktur")
    assert client.post("/akun/2fa/authenticate/", {"code": code}).status_code == 200  # used up


@pytest.mark.without_mfa
def test_residents_may_turn_on_two_factor_but_are_not_asked_to(client, site_tree):
    from django.contrib.auth import get_user_model

    resident = get_user_model().objects.create_user("warga", "warga@example.com", PASSWORD)
    EmailAddress.objects.create(user=resident, email=resident.email, verified=True, primary=True)
    client.force_login(resident)
    assert client.get("/akun/profil/").status_code == 200
    assert 'href="/akun/2fa/"' in client.get("/akun/profil/").content.decode()
    assert_site_page(client.get("/en/akun/2fa/"), "en")
    # /admin/ is not theirs: a plain refusal, not enrolment, and not the sign-in page (which, seeing
    # them signed in, would send them back: a redirect loop).
    assert client.get("/admin/").status_code == 403


# Resetting a lost factor.


def test_a_superuser_resets_a_lost_factor_and_the_user_must_enrol_again(client, site_tree):
    editor = make_editor()
    enrol_totp(editor)
    admin = make_superuser()
    client.force_login(admin)
    listing = client.get("/admin/users/").content.decode()
    url = f"/admin/pengguna/{editor.pk}/reset-dua-faktor/"
    assert url in listing

    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response["Location"] == f"/admin/users/edit/{editor.pk}/"
    assert not Authenticator.objects.filter(user=editor).exists()
    entry = ModelLogEntry.objects.get(action="security.mfa_reset")
    assert (entry.user, entry.object_id, entry.data["via"]) == (admin, str(editor.pk), "admin")
    assert mail.outbox[-1].to == ["redaktur@example.org"]
    assert "admin" in mail.outbox[-1].body

    client.logout()
    sign_in(client, "redaktur")  # no code asked any more: the factor is gone
    assert client.get("/admin/")["Location"] == ENROL


def test_a_reset_stops_a_signed_in_session_at_once(client, site_tree):
    from security.mfa import reset_mfa

    editor = make_editor()
    client.force_login(editor)  # with an app, and the code typed in this session
    assert client.get("/admin/").status_code == 200
    reset_mfa(editor)
    assert client.get("/admin/")["Location"] == ENROL
    assert client.get("/")["Location"] == ENROL


def test_only_superusers_may_reset_a_factor(client, site_tree):
    target = make_editor("petugas")
    enrol_totp(target)
    client.force_login(make_editor())
    url = f"/admin/pengguna/{target.pk}/reset-dua-faktor/"
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    assert Authenticator.objects.filter(user=target, type="totp").exists()
    assert not ModelLogEntry.objects.filter(action="security.mfa_reset").exists()
    assert mail.outbox == []


def test_the_command_resets_a_factor_when_no_superuser_can_sign_in(site_tree):
    admin = make_superuser()
    enrol_totp(admin)
    call_command("reset_mfa", "admin")
    assert not Authenticator.objects.filter(user=admin).exists()
    entry = ModelLogEntry.objects.get(action="security.mfa_reset")
    assert (entry.user, entry.object_id, entry.data["via"]) == (None, str(admin.pk), "command")
    assert mail.outbox[-1].to == ["admin@example.org"]
