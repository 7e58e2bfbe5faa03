import re

import pytest

from services_catalog.factories import ServicePageFactory

pytestmark = pytest.mark.django_db


def listed_titles(response):
    return re.findall(r'class="service-card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_lists_all_services_with_count(client, catalogue):
    response = client.get("/layanan/")
    assert response.status_code == 200
    assert listed_titles(response) == [
        "Akta Kelahiran",
        "KTP-el Hilang atau Rusak",
        "Surat Izin Praktik Tenaga Kesehatan",
    ]
    assert "3 layanan ditemukan" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kategori": "kesehatan"}, ["Surat Izin Praktik Tenaga Kesehatan"]),
        ({"opd": "disdukcapil"}, ["Akta Kelahiran", "KTP-el Hilang atau Rusak"]),
        ({"daring": "1"}, ["Akta Kelahiran"]),
        ({"gratis": "1"}, ["Akta Kelahiran", "KTP-el Hilang atau Rusak"]),
        ({"q": "hilang"}, ["KTP-el Hilang atau Rusak"]),
        ({"q": "disdukcapil"}, ["Akta Kelahiran", "KTP-el Hilang atau Rusak"]),
        ({"opd": "disdukcapil", "daring": "1"}, ["Akta Kelahiran"]),
        ({"kategori": "kependudukan", "gratis": "1", "q": "akta"}, ["Akta Kelahiran"]),
    ],
)
def test_filters(client, catalogue, params, expected):
    titles = listed_titles(client.get("/layanan/", params))
    if "q" in params:  # ranked by relevance: equal matches come in the search backend's order
        titles = sorted(titles)
    assert titles == expected


def test_filter_state_is_kept_in_the_form(client, catalogue):
    content = client.get("/layanan/", {"opd": "disdukcapil", "daring": "1", "q": "akta"}).content.decode()
    assert '<option value="disdukcapil" selected>' in content
    assert 'name="daring" value="1" id="id_daring" checked' in content
    assert 'value="akta"' in content


def test_no_match_shows_an_empty_state(client, catalogue):
    response = client.get("/layanan/", {"kategori": "kesehatan", "daring": "1"})
    content = response.content.decode()
    assert listed_titles(response) == []
    assert "0 layanan ditemukan" in content
    assert "Tidak ada layanan yang cocok" in content


def test_unknown_filter_values_are_ignored(client, catalogue):
    response = client.get("/layanan/", {"kategori": "tidak-ada", "opd": "<b>", "daring": "ya", "page": "abc"})
    assert response.status_code == 200
    assert len(listed_titles(response)) == 3


def test_hostile_query_is_escaped_and_cut(client, catalogue):
    response = client.get("/layanan/", {"q": '"><script>alert(1)</script>' + "a" * 2000})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;" in content
    assert "a" * 201 not in content


def test_a_to_z_view_groups_by_first_letter(client, catalogue):
    content = client.get("/layanan/", {"tampilan": "az"}).content.decode()
    assert '<h2 id="huruf-A">A</h2>' in content and '<h2 id="huruf-K">K</h2>' in content
    assert content.index("Akta Kelahiran") < content.index('id="huruf-K"') < content.index("KTP-el Hilang")
    assert 'href="#huruf-S"' in content


def test_a_to_z_view_keeps_filters(client, catalogue):
    content = client.get("/layanan/", {"tampilan": "az", "kategori": "kesehatan"}).content.decode()
    assert "Surat Izin Praktik" in content and "Akta Kelahiran" not in content


def test_page_past_the_end_shows_the_last_page(client, catalogue):
    for number in range(25):
        ServicePageFactory(parent=catalogue.index, title=f"Zonasi {number:02d}", agency=catalogue.dinkes)
    response = client.get("/layanan/", {"page": "99"})
    assert response.status_code == 200
    assert "Halaman 2 dari 2" in response.content.decode()
    assert listed_titles(response)[-1] == "Zonasi 24"


def test_english_index_lists_english_services(client, catalogue):
    response = client.get("/en/services/")
    assert response.status_code == 200
    assert listed_titles(response) == ["Birth Certificate"]
    content = response.content.decode()
    assert '<option value="kependudukan">Population</option>' in content


@pytest.mark.parametrize("count", [10, 300])
def test_index_query_budget_does_not_grow_with_the_catalogue(
    client, catalogue, django_assert_max_num_queries, count
):
    ServicePageFactory.create_batch(count - 3, parent=catalogue.index, agency=catalogue.dinkes)
    client.get("/layanan/")
    with django_assert_max_num_queries(12):
        assert client.get("/layanan/", {"opd": "dinkes", "page": "2"}).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get("/layanan/", {"tampilan": "az"}).status_code == 200
