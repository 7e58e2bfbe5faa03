"""Security headers on every kind of response the site gives: pages (fresh and from the page cache),
forms, files, errors, the admin, resident accounts, the API and static files (security.headers)."""

from django.core.files.base import ContentFile
from django.test import Client
from django.urls import path

import pytest

from config import urls as site_urls
from feedback.demo import ensure_role_groups
from feedback.models import Attachment
from tests.feedback.conftest import build_online_catalogue, build_places, make_staff, make_submission

pytestmark = pytest.mark.django_db

# Every response, whatever made it.
COMMON = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
UNSAFE = ("'unsafe-inline'", "'unsafe-eval'")


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: sources for name, *sources in (part.split() for part in policy.split(";"))}


def assert_common_headers(response):
    for name, value in COMMON.items():
        assert response[name] == value, name
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in permissions


def assert_public_html_headers(response):
    """A page of the public site: the strict policy, not to be framed."""
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert not any(word in response["Content-Security-Policy"] for word in UNSAFE)


def test_a_wagtail_page_fresh_and_from_the_page_cache(client, site_tree):
    first = client.get("/tentang/")
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    assert_public_html_headers(first)
    again = client.get("/tentang/")
    assert again.status_code == 200 and again["X-Page-Cache"] == "hit"
    assert_public_html_headers(again)
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_form_page_and_its_errors(client, site_tree):
    build_online_catalogue(site_tree)
    build_places()
    form = client.get("/aspirasi/jenis/")
    assert form.status_code == 200
    assert_public_html_headers(form)
    errors = client.post("/aspirasi/jenis/", {"report_wizard-current_step": "jenis"})
    assert errors.status_code == 200
    assert 'aria-invalid="true"' in errors.content.decode()
    assert_public_html_headers(errors)


def test_a_private_file_is_downloaded_not_displayed(client, site_tree):
    catalogue = build_online_catalogue(site_tree)
    submission = make_submission(catalogue.disdukcapil, subject="Antrean KTP-el")
    attachment = Attachment(submission=submission, label="Foto", content_type="text/html", size=27)
    attachment.file.save("foto.html", ContentFile(b"<script>alert('xss')</script>"))
    ensure_role_groups()  # the group as `setup` makes it: with admin access
    client.force_login(make_staff("koordinator", "Koordinator Pengaduan"))
    download = client.get(f"/berkas/{attachment.pk}/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert_common_headers(download)


def test_not_found(client, site_tree):
    response = client.get("/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    assert_public_html_headers(response)


def broken_view(request):
    raise RuntimeError("the database went away")


# A URLconf for the test below: a view that fails, with the site's own 500 handler.
urlpatterns = [path("rusak/", broken_view), *site_urls.urlpatterns]
handler500 = site_urls.handler500


@pytest.mark.urls(__name__)
def test_server_error(site_tree):
    assert site_urls.handler500 == "home.views.server_error"
    response = Client(raise_request_exception=False).get("/rusak/")
    assert response.status_code == 500
    assert "the database went away" not in response.content.decode()
    assert_public_html_headers(response)


def test_resident_account_pages(client, site_tree):
    for path_ in ("/akun/login/", "/akun/signup/", "/akun/password/reset/", "/en/akun/login/"):
        response = client.get(path_)
        assert response.status_code == 200, path_
        assert_public_html_headers(response)


def test_the_admin_gets_its_own_policy_without_inline_event_handlers(client, site_tree, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    policy = directives(response)
    # Wagtail's inline <script> elements run; injected onclick=… attributes do not.
    assert policy["script-src-elem"] == ["'self'", "'unsafe-inline'"]
    assert policy["script-src-attr"] == ["'none'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert "www.gravatar.com" not in response.content.decode()


def test_the_api(client, site_tree):
    response = client.get("/api/v2/pages/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert_common_headers(response)


def test_static_files(client):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert_common_headers(response)


def test_security_txt(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert_common_headers(response)


@pytest.mark.parametrize(
    "path_", ["/", "/tentang/", "/en/", "/cari/?q=ktp", "/lacak/", "/aspirasi/jenis/", "/data-terbuka/"]
)
def test_no_public_page_allows_inline_or_eval(client, site_tree, path_):
    response = client.get(path_)
    assert response.status_code == 200, path_
    assert not any(word in response["Content-Security-Policy"] for word in UNSAFE)
