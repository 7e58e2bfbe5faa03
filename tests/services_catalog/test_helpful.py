from django.contrib.auth import get_user_model

import pytest

from services_catalog.models import HelpfulVote

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(catalogue):
    return f"/layanan/membantu/{catalogue.birth_certificate.pk}/"


def test_vote_is_stored_and_thanked(client, catalogue, url):
    response = client.post(url, {"helpful": "0", "comment": "Jam buka di MPP belum jelas."})
    assert response.status_code == 302
    assert response["Location"] == "/layanan/akta-kelahiran/?terima-kasih=1#membantu"
    vote = HelpfulVote.objects.get()
    assert (vote.page_id, vote.helpful, vote.comment, vote.language) == (
        catalogue.birth_certificate.pk,
        False,
        "Jam buka di MPP belum jelas.",
        "id",
    )
    assert "Terima kasih" in client.get(response["Location"]).content.decode()


def test_missing_answer_and_long_comment_are_shown_next_to_the_fields(client, catalogue, url):
    response = client.post(url, {"comment": "x" * 600})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Pilih ya atau tidak." in content
    assert "paling banyak 500 karakter" in content
    assert 'class="error-summary"' in content
    assert HelpfulVote.objects.count() == 0


def test_script_in_comment_is_stored_as_text_and_escaped(client, catalogue, url, admin_client):
    client.post(url, {"helpful": "1", "comment": "<script>alert(1)</script>"})
    assert HelpfulVote.objects.get().comment == "<script>alert(1)</script>"
    content = admin_client.get("/admin/helpful_votes/").content.decode()
    assert "<script>alert(1)</script>" not in content and "&lt;script&gt;" in content


def test_votes_are_rate_limited_per_visitor(client, catalogue, url):
    for _ in range(3):
        assert client.post(url, {"helpful": "1"}).status_code == 302
    response = client.post(url, {"helpful": "1"})
    assert response.status_code == 429
    assert HelpfulVote.objects.count() == 3
    # Another visitor is not affected.
    assert client.post(url, {"helpful": "1"}, REMOTE_ADDR="10.0.0.9").status_code == 302


def test_honeypot_stores_nothing(client, catalogue, url):
    assert client.post(url, {"helpful": "1", "website": "http://spam.example"}).status_code == 302
    assert HelpfulVote.objects.count() == 0


def test_editors_see_counts_and_comments_per_page(client, catalogue, url, admin_client):
    client.post(url, {"helpful": "1"})
    client.post(url, {"helpful": "0", "comment": "Kurang jelas"})
    report = admin_client.get("/admin/reports/kegunaan-layanan/").content.decode()
    assert "Akta Kelahiran" in report
    listing = admin_client.get(
        f"/admin/helpful_votes/?page={catalogue.birth_certificate.pk}"
    ).content.decode()
    assert "Kurang jelas" in listing


@pytest.fixture
def admin_client(client, site_tree):
    from django.test import Client

    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "sandi-123"))
    return admin


def test_the_form_works_from_a_cached_page_without_a_csrf_token(catalogue):
    from django.test import Client

    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/layanan/akta-kelahiran/").content.decode()
    assert "csrfmiddlewaretoken" not in page
    assert 'action="/layanan/membantu/' in page
    response = visitor.post(f"/layanan/membantu/{catalogue.birth_certificate.pk}/", {"helpful": "1"})
    assert response.status_code == 302
    assert HelpfulVote.objects.count() == 1


def test_votes_only_for_live_service_pages(client, catalogue, url):
    assert client.get(url).status_code == 405
    assert client.post("/layanan/membantu/999999/", {"helpful": "1"}).status_code == 404
    assert client.post(f"/layanan/membantu/{catalogue.index.pk}/", {"helpful": "1"}).status_code == 404
