import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_pages_in_the_active_language(client, site_tree):
    indonesian = client.get("/cari/", {"q": "Sawahlunto"}).content.decode()
    assert 'href="/tentang/"' in indonesian
    assert "/en/about/" not in indonesian
    english = client.get("/en/cari/", {"q": "About"}).content.decode()
    assert 'href="/en/about/"' in english


def test_hostile_query_is_escaped_and_cut(client, site_tree):
    response = client.get("/cari/", {"q": "<script>alert(1)</script>" + "x" * 2000})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "x" * 300 not in content


def test_empty_query_shows_the_form_only(client, site_tree):
    response = client.get("/cari/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
