from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

from home.models import HomePage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def run_load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_builds_the_bilingual_site(client):
    output = run_load_demo()
    assert "home page" in output
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    titles = set(StandardPage.objects.filter(locale__language_code="id").values_list("title", flat=True))
    assert {
        "Tentang Kota Sawahlunto",
        "Kontak",
        "Kebijakan Privasi",
        "Pernyataan Aksesibilitas",
    } <= titles
    english = StandardPage.objects.filter(locale__language_code="en", live=True)
    assert english.count() == 4
    assert SiteSettings.for_site(site).tracking_prefix == "SWL"
    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    assert users.get(username="editor").groups.filter(name="Editors").exists()
    for url in (
        "/",
        "/en/",
        "/kebijakan-privasi/",
        "/en/privacy-policy/",
        "/en/accessibility-statement/",
    ):
        assert client.get(url).status_code == 200, url
    assert (
        "UU" in client.get("/kebijakan-privasi/").content.decode()
        or "Undang-Undang" in client.get("/kebijakan-privasi/").content.decode()
    )


def test_load_demo_is_idempotent():
    run_load_demo()
    pages = Page.objects.count()
    users = get_user_model().objects.count()
    output = run_load_demo()
    assert "nothing to change" in output
    assert Page.objects.count() == pages
    assert get_user_model().objects.count() == users


def test_demo_passwords_are_printed_only_in_development(settings):
    settings.DEBUG = False
    output = run_load_demo()
    assert settings.DEMO_PASSWORD not in output
    assert "changepassword" in output
    assert not get_user_model().objects.get(username="admin").check_password(settings.DEMO_PASSWORD)
