"""Public consultations in a phone browser: no axe violations on the index and on an open consultation."""

from django.test import Client

import pytest

from tests.forums.conftest import make_user
from tests.forums.test_consultations import build_consultations, comment


@pytest.fixture
def live_consultations(live_site):
    consultations = build_consultations(live_site.home)
    return live_site, consultations


def sign_in(browser_page, site, user):
    """Give the browser a signed-in session without going through the login form."""
    client = Client()
    client.force_login(user)
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site.url}]
    )


def test_consultation_index_has_no_axe_violations(live_consultations, phone, axe_violations):
    site, _consultations = live_consultations
    phone.goto(site.url + "/konsultasi/")
    assert phone.locator("h1").count() == 1
    assert phone.locator(".status-badge").count() == 3
    assert axe_violations(phone) == []


def test_open_consultation_with_the_form_has_no_axe_violations(live_consultations, phone, axe_violations):
    site, consultations = live_consultations
    resident = make_user("Rina")
    comment(consultations.open, resident, "Bank sampah di tiap RW, **segera**.")
    comment(consultations.open, None, "Komentar dari akun yang dihapus.")
    sign_in(phone, site, resident)
    phone.goto(site.url + "/konsultasi/sampah/")
    assert phone.locator("textarea[name=body]").is_visible()
    assert axe_violations(phone) == []
    # The failed form: an error summary and errors next to the fields, still without violations.
    phone.locator("#tulis-komentar ~ form button[type=submit]").click()
    phone.locator(".error-summary").wait_for()
    assert phone.locator("#id_body-error").is_visible()
    assert axe_violations(phone) == []


def test_comment_is_sent_without_javascript(live_consultations, phone_without_js):
    site, consultations = live_consultations
    resident = make_user("Budi", joined_days_ago=0)
    sign_in(phone_without_js, site, resident)
    phone_without_js.goto(site.url + "/konsultasi/sampah/")
    phone_without_js.locator("select[name=question]").select_option(index=1)
    phone_without_js.locator("textarea[name=body]").fill("Setuju, asal ada jadwal pengangkutan.")
    phone_without_js.locator("#tulis-komentar ~ form button[type=submit]").click()
    phone_without_js.locator("#komentar-menunggu").wait_for()
    assert phone_without_js.get_by_text("Setuju, asal ada jadwal pengangkutan.").is_visible()
    saved = consultations.open.comments.get()
    assert saved.question is not None and saved.state == "pending"
