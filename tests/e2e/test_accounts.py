"""Resident accounts in a phone browser: no axe violations, and sign-up without JavaScript."""

import pytest
from allauth.account.models import EmailAddress

from tests.e2e.test_forum import sign_in
from tests.forums.conftest import make_user

PASSWORD = "Kopi-Tubruk-Sawahlunto-88"


@pytest.mark.parametrize("path", ["/akun/signup/", "/akun/login/", "/akun/password/reset/"])
def test_account_pages_have_no_axe_violations(live_site, phone, axe_violations, path):
    phone.goto(live_site.url + path)
    assert phone.locator("h1").count() == 1
    assert axe_violations(phone) == []


def test_failed_login_has_no_axe_violations(live_site, phone, axe_violations):
    phone.goto(live_site.url + "/akun/login/")
    phone.get_by_label("Surel").fill("warga@example.com")
    phone.get_by_label("Kata sandi").fill("salah-sandi")
    phone.get_by_role("button", name="Masuk").click()
    summary = phone.locator(".error-summary")
    summary.wait_for()
    assert summary.evaluate("el => el === document.activeElement")
    assert phone.get_by_label("Surel").input_value() == "warga@example.com"
    assert axe_violations(phone) == []


def test_sign_up_works_without_javascript(live_site, phone_without_js):
    page = phone_without_js
    page.goto(live_site.url + "/akun/signup/")
    page.get_by_label("Surel").fill("warga.baru@example.com")
    page.get_by_label("Kata sandi", exact=True).fill(PASSWORD)
    page.get_by_label("Kata sandi (lagi)").fill(PASSWORD)
    page.get_by_role("button", name="Daftar").click()
    page.wait_for_url(live_site.url + "/akun/confirm-email/")
    assert "Verifikasi" in page.locator("h1").inner_text()
    assert EmailAddress.objects.filter(email="warga.baru@example.com", verified=False).exists()


@pytest.mark.parametrize("path", ["/akun/profil/", "/akun/ekspor/", "/akun/hapus/", "/en/akun/profil/"])
def test_a_residents_own_pages_have_no_axe_violations(live_site, phone, axe_violations, path):
    sign_in(phone, live_site, make_user("Rina"))
    phone.goto(live_site.url + path)
    assert phone.locator("h1").count() == 1
    assert axe_violations(phone) == []
