"""/cari/saran/: the services suggested while a resident types in a search box."""

from django.core.cache import cache

from wagtail.models import Locale

import pytest

from search.models import SynonymGroup
from search.views import SUGGESTIONS, SUGGESTIONS_PER_MINUTE
from services_catalog.factories import ServicePageFactory
from tests.search.test_search_view import HOSTILE_QUERIES
from tests.services_catalog.conftest import build_catalogue

URL = "/cari/saran/"


@pytest.fixture
def catalogue(site_tree):
    return build_catalogue(site_tree)


def suggested(client, query, url=URL) -> list[str]:
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return [item["title"] for item in response.json()["suggestions"]]


def test_a_whole_word_suggests_the_service_with_its_link(client, catalogue):
    response = client.get(URL, {"q": "akta"})

    assert response.json()["suggestions"] == [{"title": "Akta Kelahiran", "url": "/layanan/akta-kelahiran/"}]
    assert "max-age" in response["Cache-Control"]


def test_a_half_typed_word_suggests_by_prefix(client, catalogue):
    assert suggested(client, "akta kel") == ["Akta Kelahiran"]
    assert suggested(client, "ktp-e") == ["KTP-el Hilang atau Rusak"]


def test_synonyms_find_what_the_title_does_not_say(client, catalogue):
    SynonymGroup.objects.create(locale=Locale.objects.get(language_code="id"), terms="KTP-el, e-KTP, ktp")

    assert suggested(client, "bikin e-ktp")[0] == "KTP-el Hilang atau Rusak"  # named in its title


def test_english_suggests_english_services(client, catalogue):
    assert suggested(client, "birth", url="/en" + URL) == ["Birth Certificate"]
    assert suggested(client, "birth") == []


def test_fewer_than_two_letters_suggest_nothing(client, catalogue):
    assert suggested(client, "a") == []
    assert suggested(client, "  ") == []


def test_at_most_a_handful_are_suggested(client, catalogue):
    for number in range(SUGGESTIONS + 3):
        ServicePageFactory(
            parent=catalogue.index, title=f"Legalisir akta {number}", slug=f"legalisir-{number}"
        )

    assert len(suggested(client, "akta")) == SUGGESTIONS


def test_a_repeated_query_comes_from_the_cache(client, catalogue, django_assert_num_queries):
    suggested(client, "akta")
    with django_assert_num_queries(0):
        assert suggested(client, "akta") == ["Akta Kelahiran"]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_give_json(client, catalogue, query):
    response = client.get(URL, {"q": query})

    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_too_many_requests_are_refused_for_a_minute(client, catalogue):
    for number in range(SUGGESTIONS_PER_MINUTE):
        assert client.get(URL, {"q": f"akta {number}"}).status_code == 200
    response = client.get(URL, {"q": "akta"})

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "error" in response.json()
    cache.clear()  # the window has passed
    assert client.get(URL, {"q": "akta"}).status_code == 200
