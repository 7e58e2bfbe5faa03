"""The Wagtail admin: usable in Indonesian, and the demo superuser can edit and publish pages."""

from django.contrib.auth import get_user_model

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, site_tree):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "sandi-rahasia-123")
    client.force_login(user)
    return client


def test_admin_login_page_is_in_indonesian(client, site_tree):
    # Staff sign in on the site's own page (security.mfa): its lockout and two-factor step apply.
    response = client.get("/admin/login/", follow=True)
    assert response.redirect_chain == [("/akun/login/?next=%2Fadmin%2F", 302)]
    content = response.content.decode()
    assert '<html lang="id"' in content
    assert "Masuk" in content


def test_superuser_edits_and_publishes_a_standard_page(admin_client, client, site_tree):
    page = site_tree.untranslated
    data = nested_form_data(
        {
            "title": "Kontak Pemerintah Kota",
            "slug": page.slug,
            "intro": "Hubungi kami pada jam kerja.",
            "body": streamfield([("paragraph", rich_text("<p>Telepon (0754) 61020.</p>"))]),
            "listing_summary": "",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    public = client.get("/kontak/").content.decode()
    assert "Kontak Pemerintah Kota" in public and "Telepon (0754) 61020." in public


def test_admin_can_be_used_in_english(admin_client):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = "en"
    profile.save()
    content = admin_client.get("/admin/").content.decode()
    assert '<html lang="en"' in content
