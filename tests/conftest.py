"""Fixtures shared by the whole suite: a bilingual site tree like the one `load_demo` builds."""

from dataclasses import dataclass

from wagtail.models import Collection, Locale, Page, Site

import pytest
from faker import Faker
from hypothesis import settings as hypothesis_settings

from home.demo import publish_translation
from home.factories import FooterTextFactory, HomePageFactory, StandardPageFactory
from home.models import HomePage, SiteSettings, StandardPage
from security.mfa import enrol_totp, totp_code  # noqa: F401  (also imported by tests from here)

Faker.seed(1888)
# Property tests draw the same examples on every run (a CI failure reproduces locally) and keep no
# example database in the checkout; 200 examples each keep the suite fast.
hypothesis_settings.register_profile(
    "portal", derandomize=True, database=None, max_examples=200, deadline=None
)
hypothesis_settings.load_profile("portal")


@dataclass
class SiteTree:
    site: Site
    home: HomePage
    home_en: HomePage
    page: StandardPage
    page_en: StandardPage
    untranslated: StandardPage
    locale_en: Locale


def build_site_tree() -> SiteTree:
    """Indonesian home and pages, an English translation of both, and site settings.

    Transactional tests (the browser tests) flush the database, so this builds everything from the
    tree root, including the locales Wagtail's migrations would have made.
    """
    locale_id, _ = Locale.objects.get_or_create(language_code="id")
    locale_en, _ = Locale.objects.get_or_create(language_code="en")
    if Collection.get_first_root_node() is None:  # documents and images need their root collection
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale_id))
    for placeholder in root.get_children():
        placeholder.delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root, locale=locale_id)
    Site.objects.all().delete()
    site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    page = StandardPageFactory(parent=home, title="Tentang Kota Sawahlunto", slug="tentang")
    untranslated = StandardPageFactory(parent=home, title="Kontak", slug="kontak")
    home_en = publish_translation(
        home,
        locale_en,
        {home.title: "Sawahlunto City Public Service Portal", home.intro: "Find public services."},
    )
    page_en = publish_translation(
        page,
        locale_en,
        {
            page.title: "About Sawahlunto",
            "tentang": "about",
            page.intro: "About the city.",
            "Isi halaman dalam bahasa Indonesia.": "Page content in English.",
        },
    )
    footer = FooterTextFactory(locale=locale_id)
    publish_translation(footer, locale_en, {footer.opening_hours: "Monday–Friday 07:30–16:00 WIB"})
    site_settings = SiteSettings.for_site(site)
    site_settings.city_name = "Kota Sawahlunto"
    site_settings.phone = "(0754) 61020"
    site_settings.email = "info@sawahluntokota.go.id"
    site_settings.footer = footer
    site_settings.save()
    return SiteTree(site, home, home_en, page, page_en, untranslated, locale_en)


@pytest.fixture
def site_tree(db) -> SiteTree:
    return build_site_tree()


@pytest.fixture
def live_site(transactional_db, live_server, settings):
    """The live server with the bilingual site tree (transactional tests start from an empty database)."""
    settings.SITE_URL = live_server.url  # absolute links (API, canonical) lead to the live server
    tree = build_site_tree()
    tree.url = live_server.url
    return tree


@pytest.fixture(autouse=True, scope="session")
def mail_through_the_outbox(django_test_environment):
    """Django's test set-up swaps EMAIL_BACKEND for locmem; put the outbox (outbox.delivery) back in
    front, as in production. It delivers to locmem (config/settings/test.py): mail.outbox still works."""
    from django.conf import settings

    settings.EMAIL_BACKEND = "outbox.backends.OutboxBackend"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: rate limits, cached fragments and pages must not leak."""
    from django.core.cache import cache

    from home import page_cache

    cache.clear()
    page_cache.forget_local_pages()


def pass_second_factor(client, user):
    """Record in `client`'s session that `user` typed their app's code, as allauth's code step does
    (allauth.mfa.base.internal.flows.post_authentication, called by its authenticate form)."""
    from django.http import HttpRequest

    from allauth.mfa.base.internal.flows import post_authentication
    from allauth.mfa.models import Authenticator

    request = HttpRequest()
    request.session, request.user = client.session, user
    post_authentication(request, Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP))
    request.session.save()


@pytest.fixture(autouse=True)
def staff_have_an_authenticator_app(request, monkeypatch):
    """Staff signed in by the test client get a real authenticator app first and pass its code step,
    as staff must (security.mfa); tests of enrolment itself opt out with @pytest.mark.without_mfa."""
    if request.node.get_closest_marker("without_mfa"):
        return
    from django.test import Client

    from security.mfa import needs_second_factor

    force_login, login = Client.force_login, Client.login

    def with_second_factor(client, user):
        if needs_second_factor(user):
            enrol_totp(user)
            pass_second_factor(client, user)

    def force_login_with_mfa(self, user, backend=None):
        signed_in = force_login(self, user, backend)
        with_second_factor(self, user)
        return signed_in

    def login_with_mfa(self, **credentials):
        signed_in = login(self, **credentials)
        if signed_in:
            from django.contrib.auth import SESSION_KEY, get_user_model

            with_second_factor(self, get_user_model().objects.get(pk=self.session[SESSION_KEY]))
        return signed_in

    monkeypatch.setattr(Client, "force_login", force_login_with_mfa)
    monkeypatch.setattr(Client, "login", login_with_mfa)


@pytest.fixture
def clock(monkeypatch):
    """Moves time.time() forward (call it with seconds): rate limits, the cache and TOTP codes read it."""
    import time

    offset = [0.0]
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + offset[0])

    def advance(seconds):
        offset[0] += seconds

    return advance
