"""The page a paused account's owner opens from the email (security.lockout): valid HTML and axe-clean,
with a valid link and a spent one, in both languages."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils.http import int_to_base36
from django.utils.translation import override

import pytest

from security.lockout import unlock_tokens

pytestmark = pytest.mark.django_db


def unlock_paths():
    user = get_user_model().objects.create_user("warga", "warga@example.com", "Rendang-Talua-31")
    args = [int_to_base36(user.pk), unlock_tokens.make_token(user)]
    paths = {}
    for language in ("id", "en"):
        with override(language):
            paths[f"/{language} valid link"] = reverse("accounts:unlock", args=args)
            paths[f"/{language} spent link"] = reverse("accounts:unlock", args=[args[0], "salah-token"])
    return paths


def test_the_unlock_page_is_valid_html(site_tree, html_errors):
    client = Client()
    pages = {name: client.get(path).content.decode() for name, path in unlock_paths().items()}
    assert "Lanjutkan untuk masuk" in pages["/id valid link"]
    assert "Lanjutkan untuk masuk" not in pages["/id spent link"]
    errors = html_errors(pages)
    failures = "\n".join(f"{name}: {error}" for name, found in errors.items() for error in found)
    assert not failures, failures


@pytest.mark.django_db(transaction=True)
def test_the_unlock_page_has_no_axe_violations(live_site, phone, axe_violations):
    for path in unlock_paths().values():
        phone.goto(live_site.url + path)
        assert phone.locator("h1").count() == 1
        assert axe_violations(phone) == [], path
