"""With production settings, every cookie the site sets is Secure, SameSite and out of reach of scripts.

The flows are the ones that set cookies: a resident signs in (session, CSRF token, a message), reads the
English site, starts the complaint wizard (session) and comes back to it after the session ended (a
message). No script of ours reads a cookie (static/js uses no document.cookie), so all are HttpOnly.
"""

from pathlib import Path

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model

import pytest
from allauth.account.models import EmailAddress

from tests.feedback.conftest import build_online_catalogue, build_places
from tests.security.test_headers_production import use_production_https

pytestmark = pytest.mark.django_db
PASSWORD = "Kopi-Tubruk-Sawahlunto-88"


@pytest.fixture
def https(settings, monkeypatch, tmp_path, site_tree):
    use_production_https(settings, monkeypatch, tmp_path)


def collect_cookies(responses):
    """Every cookie set (not deleted) by these responses, by name."""
    return {
        name: morsel
        for response in responses
        for name, morsel in response.cookies.items()
        if morsel.value and morsel["max-age"] != 0
    }


def assert_locked_down(cookies):
    assert cookies
    for name, morsel in cookies.items():
        assert morsel["secure"] is True, name
        assert morsel["httponly"] is True, name
        assert morsel["samesite"] in ("Lax", "Strict"), name


def test_no_script_of_ours_reads_cookies():
    scripts = Path(django_settings.BASE_DIR, "static", "js").glob("*.js")
    assert not [script.name for script in scripts if "document.cookie" in script.read_text()]


def test_a_resident_signing_in_and_reading_in_english(client, https):
    user = get_user_model().objects.create_user("warga", "warga@example.com", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    responses = [client.get("/akun/login/", secure=True)]
    responses.append(client.post("/akun/login/", {"login": user.email, "password": PASSWORD}, secure=True))
    assert responses[-1].status_code == 302
    responses.append(client.get(responses[-1]["Location"], secure=True))
    responses.append(client.get("/en/", secure=True))
    cookies = collect_cookies(responses)
    assert {"sessionid", "csrftoken", "messages"} <= set(cookies)
    assert_locked_down(cookies)


def test_the_complaint_wizard_and_its_expired_session_message(client, https, site_tree):
    build_online_catalogue(site_tree)
    build_places()
    responses = [client.get("/aspirasi/laporan/", secure=True)]  # no session yet: "starts again"
    assert responses[0].status_code == 302
    responses.append(client.get(responses[0]["Location"], secure=True))
    responses.append(
        client.post(
            "/aspirasi/jenis/",
            {"report_wizard-current_step": "jenis", "jenis-kind": "pengaduan"},
            secure=True,
        )
    )
    assert responses[-1].status_code == 302
    cookies = collect_cookies(responses)
    assert {"sessionid", "csrftoken", "messages"} <= set(cookies)
    assert_locked_down(cookies)
