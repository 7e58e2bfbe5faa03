"""The read-only Wagtail API at /api/v2/."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from wagtail.models import PageViewRestriction

import pytest

from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory
from opendata import limits
from opendata.api import api_router
from services_catalog.factories import AgencyFactory, ServicePageFactory
from tests.services_catalog.conftest import build_catalogue

pytestmark = pytest.mark.django_db


def test_services_list_in_each_language(client, open_data):
    indonesian = client.get("/api/v2/services/", {"locale": "id"}).json()
    english = client.get("/api/v2/services/", {"locale": "en"}).json()

    assert [item["title"] for item in indonesian["items"]] == [
        "Akta Kelahiran",
        "KTP-el Hilang atau Rusak",
        "Surat Izin Praktik Tenaga Kesehatan",
    ]
    assert [item["title"] for item in english["items"]] == ["Birth Certificate"]
    birth = english["items"][0]
    assert birth["meta"]["locale"] == "en" and birth["meta"]["html_url"].endswith(
        "/en/services/birth-certificate/"
    )
    assert birth["agency"]["name"] == "Civil Registration Office"
    assert birth["category"]["name"] == "Population"
    assert birth["online_application"] is True and birth["cost"] == 0


def test_service_detail_has_every_standard_component_as_clean_json(client, open_data):
    birth = open_data.catalogue.birth_certificate
    response = client.get(f"/api/v2/services/{birth.pk}/")
    service = response.json()

    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    standard = {
        "summary",
        "eligibility",
        "agency",
        "category",
        "requirements",
        "procedure",
        "processing_days",
        "processing_note",
        "cost",
        "cost_basis",
        "product",
        "complaint_channel",
        "legal_basis",
        "locations",
        "opening_hours",
        "service_locations",
        "service_hours",
        "online_application",
        "faq",
        "last_reviewed",
    }
    assert standard <= set(service)
    assert [step["value"] for step in service["procedure"]] == ["Ambil nomor antrean.", "Serahkan berkas."]
    assert service["requirements"][0]["value"] == {
        "name": "Kartu Keluarga",
        "note": "",
        "original_required": True,
        "copies": 1,
        "upload": True,
        # Who the requirement applies to, and what may replace it (none of it set here).
        "alternative": "",
        "age_condition": None,
        "age": None,
        "marital_condition": None,
        "question": None,
        "answer": None,
    }
    assert service["legal_basis"][0]["value"] == {"title": "Undang-Undang Nomor 23 Tahun 2006", "url": ""}
    assert service["faq"][0]["value"] == {
        "question": "Apakah dipungut biaya?",
        "answer": "<p>Tidak, layanan ini gratis.</p>",
    }
    assert service["service_hours"] == "Senin–Kamis 07.30–16.00 WIB"  # the agency's, as the page shows
    assert service["meta"]["detail_url"].endswith(f"/api/v2/services/{birth.pk}/")


def test_pages_endpoint_filters_by_type_and_locale(client, open_data):
    response = client.get("/api/v2/pages/", {"type": "services_catalog.ServicePage", "locale": "en"})

    assert [item["title"] for item in response.json()["items"]] == ["Birth Certificate"]
    assert client.get("/api/v2/pages/", {"locale": "xx"}).status_code == 404


def test_announcements_newest_first(client, site_tree):
    index = AnnouncementIndexPageFactory(parent=site_tree.home)
    AnnouncementPageFactory(parent=index, title="Lama", date="2026-01-05")
    AnnouncementPageFactory(parent=index, title="Baru", date="2026-02-05", summary="Jadwal baru.")
    items = client.get("/api/v2/announcements/").json()["items"]

    assert [item["title"] for item in items] == ["Baru", "Lama"]
    assert items[0]["summary"] == "Jadwal baru." and items[0]["date"] == "2026-02-05"
    detail = client.get(items[0]["meta"]["detail_url"]).json()
    assert detail["body"] == [
        {"type": "paragraph", "value": "<p>Isi pengumuman.</p>", "id": detail["body"][0]["id"]}
    ]


def test_agencies_in_each_language(client, open_data):
    english = client.get("/api/v2/agencies/", {"locale": "en"}).json()["items"]
    by_slug = client.get("/api/v2/agencies/", {"slug": "dinkes"}).json()["items"]

    assert [(agency["name"], agency["meta"]["locale"]) for agency in english] == [
        ("Civil Registration Office", "en")
    ]
    assert english[0]["opening_hours"] == "Senin–Kamis 07.30–16.00 WIB"
    assert [agency["short_name"] for agency in by_slug] == ["Dinkes"]
    assert client.get(english[0]["meta"]["detail_url"]).json()["name"] == "Civil Registration Office"


def test_only_live_public_pages_even_for_signed_in_staff(client, open_data):
    catalogue = open_data.catalogue
    PageViewRestriction.objects.create(
        page=catalogue.practice_licence, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    catalogue.lost_id_card.unpublish()
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "x"))
    titles = [item["title"] for item in client.get("/api/v2/services/", {"locale": "id"}).json()["items"]]

    assert titles == ["Akta Kelahiran"]
    assert client.get(f"/api/v2/services/{catalogue.lost_id_card.pk}/").status_code == 404


def test_read_only_licensed_and_rate_limited(client, site_tree, monkeypatch):
    response = client.get("/api/v2/pages/")
    assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    assert client.post("/api/v2/pages/").status_code == 405
    assert client.get("/api/v2/pages/", {"unknown": "1"}).json() == {
        "message": "query parameter is not an operation or a recognised field: unknown"
    }

    monkeypatch.setattr(limits, "REQUESTS_PER_PERIOD", 0)
    response = client.get("/api/v2/services/")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "detail" in response.json()


LISTS = [
    "/api/v2/services/?locale=id",
    "/api/v2/services/?locale=id&fields=*",
    "/api/v2/pages/?type=services_catalog.ServicePage&fields=*",
    "/api/v2/pages/",
    "/api/v2/announcements/?fields=*",
    "/api/v2/agencies/",
    "/api/v2/service-categories/",
]


def test_list_query_budget_for_20_items(client, site_tree, django_assert_max_num_queries):
    catalogue = build_catalogue(site_tree)
    announcements = AnnouncementIndexPageFactory(parent=site_tree.home)
    for number in range(20):
        ServicePageFactory(parent=catalogue.index, agency=AgencyFactory())
        AnnouncementPageFactory(parent=announcements, title=f"Pengumuman {number}")

    for url in LISTS:
        cache.clear()  # nothing warmed up by the request before
        with django_assert_max_num_queries(10):
            response = client.get(url)
        assert response.status_code == 200 and len(response.json()["items"]) == 20, url


@pytest.mark.parametrize(
    "query",
    [
        {"search": "akta", "search_operator": "xor"},  # was read as "and"
        {"offset": "9" * 25},  # was a 500 (SQLite: int too large)
        {"child_of": "9" * 25},
        {"descendant_of": str(2**64)},
    ],
)
def test_a_list_parameter_outside_its_schema_is_a_400(client, open_data, generous_limit, query):
    response = client.get("/api/v2/services/", query)

    assert response.status_code == 400
    assert next(iter(query)) in response.json()["message"]


def test_an_item_number_beyond_any_key_is_not_found(client, open_data):
    response = client.get(f"/api/v2/pages/{2**63}/")

    assert response.status_code == 404 and response.json() == {"message": "not found"}


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/api/v2/services/", "/api/v2/agencies/"])
@pytest.mark.parametrize("method", ["QUERY", "POST", "DELETE", "PROPFIND"])
def test_other_methods_than_read_are_not_allowed(site_tree, path, method):
    response = Client(enforce_csrf_checks=True).generic(method, path)

    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_the_openapi_document_describes_the_api(client, site_tree):
    document = client.get("/data-terbuka/openapi.json").json()
    listing = document["paths"]["/api/v2/services/"]["get"]
    parameters = {parameter["name"]: parameter["schema"] for parameter in listing["parameters"]}

    assert {f"/api/v2/{name}/" for name in api_router._endpoints} <= set(document["paths"])
    assert {f"/api/v2/{name}/{{id}}/" for name in api_router._endpoints} <= set(document["paths"])
    assert {"fields", "limit", "offset", "order", "locale", "search", "online_application"} <= set(parameters)
    assert parameters["limit"] == {"type": "integer", "minimum": 0, "maximum": 20}
    assert parameters["locale"]["enum"] == ["id", "en"]
    assert "type" in {
        parameter["name"] for parameter in document["paths"]["/api/v2/pages/"]["get"]["parameters"]
    }
    # Language-neutral: not under /en/ like the downloads' second server.
    assert document["paths"]["/api/v2/pages/"]["servers"] == [{"url": "http://localhost"}]
