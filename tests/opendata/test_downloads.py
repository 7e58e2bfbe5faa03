import codecs
import csv
import io
from datetime import datetime

from django.core.cache import cache
from django.test import Client

import pytest

from opendata import limits
from opendata.registry import DATASETS
from tests.services_catalog.conftest import build_catalogue

from .conftest import CITIZENS, report

pytestmark = pytest.mark.django_db

PERIOD = {"periode": "semester", "tahun": "2026", "nomor": "1"}


def read_csv(response):
    assert response.content.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("slug", ["layanan", "ikm", "jawaban", "kinerja"])
def test_csv_is_utf8_with_bom_and_a_header_row(client, open_data, slug):
    response = client.get(f"/data-terbuka/{slug}.csv", PERIOD if DATASETS[slug].parameters else {})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(f'attachment; filename="{slug}-')
    assert response["Content-Disposition"].endswith('.csv"')
    header, *rows = read_csv(response)
    assert header == [field.name for field in DATASETS[slug].fields]
    assert rows and all(len(row) == len(header) for row in rows)
    assert 'rel="license"' in response["Link"] and 'rel="describedby"' in response["Link"]
    assert response["Last-Modified"]


def test_service_catalogue_rows(client, open_data):
    header, *rows = read_csv(client.get("/data-terbuka/layanan.csv"))
    birth = dict(zip(header, rows[0], strict=True))

    assert [row[header.index("title")] for row in rows] == [
        "Akta Kelahiran",
        "KTP-el Hilang atau Rusak",
        "Surat Izin Praktik Tenaga Kesehatan",
    ]
    assert birth["agency"] == "Dinas Kependudukan dan Pencatatan Sipil"
    assert birth["requirements"].startswith("1. Kartu Keluarga")
    assert birth["procedure"] == "1. Ambil nomor antrean.\n2. Serahkan berkas."
    assert birth["online_application"] == "true" and birth["cost"] == "0"
    assert birth["url"].endswith("/layanan/akta-kelahiran/")


def test_json_has_metadata_and_rows(client, open_data, settings):
    settings.OPEN_DATA_LICENCE = "CC0 1.0"
    settings.OPEN_DATA_LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
    response = client.get("/data-terbuka/ikm.json", PERIOD)
    data = response.json()

    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response["Link"] == '<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"'
    assert data["licence"] == "CC0 1.0"
    assert data["licence_url"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert datetime.fromisoformat(data["generated_at"]).tzinfo is not None
    assert data["source"] == "http://localhost/data-terbuka/ikm.json?periode=semester&tahun=2026&nomor=1"
    assert data["title"] and data["parameters"] == {"periode": "semester", "tahun": 2026, "nomor": 1}
    assert [field["name"] for field in data["fields"]] == [field.name for field in DATASETS["ikm"].fields]
    city, *others = data["data"]
    # (4 + 3 + 2) / 3 per element = 3.00, × 25 = 75.00, grade C: the same as the /ikm/ page.
    assert city | {"level": "city", "respondents": 3, "ikm": 75.0, "index": 3.0, "grade": "C"} == city
    assert city["period_start"] == "2026-01-01" and city["period_end"] == "2026-06-30"
    assert {row["unit"]: row["ikm"] for row in others if row["level"] == "service"} == {
        "Akta Kelahiran": 87.5,
        "Surat Izin Praktik Tenaga Kesehatan": 50.0,
    }
    assert data["count"] == len(data["data"]) == 5


def test_ikm_period_outside_the_answers_is_empty(client, open_data):
    response = client.get("/data-terbuka/ikm.json", {"periode": "month", "tahun": "2026", "nomor": "7"})

    assert response.status_code == 200 and response.json()["data"] == []


@pytest.mark.parametrize("slug", ["ikm", "kinerja"])
@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ({"tahun": "1999"}, "tahun"),  # before the first survey year, the schema's minimum
        ({"tahun": "2999"}, "tahun"),  # after this year
        ({"tahun": "20x6"}, "tahun"),
        ({"tahun": "٢٠٢٦"}, "tahun"),  # digits, but not the ones the schema's integer means
        ({"periode": "decade"}, "periode"),
        ({"nomor": "13"}, "nomor"),
        ({"nomor": "0"}, "nomor"),
    ],
)
def test_a_parameter_outside_its_schema_is_refused_not_replaced(client, open_data, slug, query, parameter):
    """A script asking for another year than the ones published must not get this year's figures
    under the year it asked for."""
    response = client.get(f"/data-terbuka/{slug}.json", query)
    as_csv = client.get(f"/data-terbuka/{slug}.csv", query)

    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
    assert parameter in response.json()["detail"]
    assert as_csv.status_code == 400 and as_csv["Content-Type"] == "text/plain; charset=utf-8"
    assert as_csv.content.decode() == response.json()["detail"]


def test_a_period_the_year_does_not_have_is_not_found(client, open_data):
    response = client.get("/data-terbuka/ikm.json", {"periode": "semester", "tahun": "2026", "nomor": "3"})

    assert response.status_code == 404
    assert response.json()["parameter"] == "nomor" and "1 sampai 2" in response.json()["detail"]


def test_the_error_is_in_the_language_of_the_address(client, open_data):
    detail = client.get("/data-terbuka/ikm.json", {"tahun": "1999"}).json()["detail"]
    english = client.get("/en/data-terbuka/ikm.json", {"tahun": "1999"}).json()["detail"]

    assert english == f"tahun must be a whole number from 2000 to {datetime.now().year}."
    assert detail == f"tahun harus bilangan bulat dari 2000 sampai {datetime.now().year}."


@pytest.mark.parametrize(
    "path", ["/data-terbuka/ikm.json", "/data-terbuka/layanan.csv", "/data-terbuka/openapi.json"]
)
@pytest.mark.parametrize("method", ["QUERY", "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"])
def test_other_methods_than_read_are_not_allowed(site_tree, path, method):
    """As a browser or script sends them: with CSRF checks, which answered the unknown ones with 403."""
    client = Client(enforce_csrf_checks=True)
    response = client.generic(method, path)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response.json()["detail"] == f'Metode "{method}" tidak diizinkan.'


def test_head_and_options(client, site_tree):
    head = client.head("/data-terbuka/layanan.csv")
    options = client.options("/data-terbuka/layanan.csv")

    assert head.status_code == 200 and head["Content-Type"] == "text/csv; charset=utf-8"
    assert options.status_code == 204 and options["Allow"] == "GET, HEAD, OPTIONS"


def test_published_answers_only(client, open_data):
    data = client.get("/data-terbuka/jawaban.json").json()["data"]

    assert {row["subject"] for row in data} == {"Lampu jalan padam di Talawi", "Usul jadwal layanan Sabtu"}
    talawi = next(row for row in data if row["kecamatan"])
    assert (
        talawi
        | {
            "kind": "pengaduan",
            "kind_label": "Pengaduan",
            "agency": "Dinas Kependudukan dan Pencatatan Sipil",
            "kecamatan": "Talawi",
            "answer": "Lampu sudah diganti oleh petugas.",
        }
        == talawi
    )


def test_english_and_indonesian(client, open_data):
    indonesian = client.get("/data-terbuka/layanan.json").json()
    english = client.get("/en/data-terbuka/layanan.json").json()
    answers = client.get("/en/data-terbuka/jawaban.json").json()["data"]

    assert indonesian["language"] == "id" and english["language"] == "en"
    assert indonesian["title"] != english["title"] == "Service catalogue"
    assert [row["title"] for row in english["data"]] == ["Birth Certificate"]  # the translated services
    assert english["data"][0]["agency"] == "Civil Registration Office"
    assert english["source"] == "http://localhost/en/data-terbuka/layanan.json"
    # A report sent in Indonesian names its agency in English in the English data.
    assert {row["agency"] for row in answers} == {"Civil Registration Office", "Dinas Kesehatan"}
    assert {row["kind_label"] for row in answers} == {"Complaint", "Aspiration"}
    assert client.get("/en/data-terbuka/layanan.csv")["Content-Disposition"].startswith(
        'attachment; filename="layanan-en-'
    )


def test_rows_are_cached_with_the_time_they_were_generated(client, open_data):
    first = client.get("/data-terbuka/jawaban.json").json()
    report(open_data.catalogue, CITIZENS[1], subject="Trotoar rusak")  # not a page: no new version
    cached = client.get("/data-terbuka/jawaban.json").json()
    csv_response = client.get("/data-terbuka/jawaban.csv")

    assert cached["generated_at"] == first["generated_at"] and cached["count"] == first["count"] == 2
    assert len(read_csv(csv_response)) == 3  # the CSV is made from the same cached rows
    assert client.get("/en/data-terbuka/jawaban.json").json()["count"] == 3  # another language, another key
    cache.clear()
    fresh = client.get("/data-terbuka/jawaban.json").json()
    assert fresh["count"] == 3 and fresh["generated_at"] >= first["generated_at"]


def test_publishing_a_service_refreshes_the_catalogue(client, site_tree):
    catalogue = build_catalogue(site_tree)
    assert client.get("/data-terbuka/layanan.json").json()["count"] == 3
    catalogue.lost_id_card.unpublish()

    assert client.get("/data-terbuka/layanan.json").json()["count"] == 2


def test_spreadsheet_formulas_stay_text(client, open_data):
    report(open_data.catalogue, CITIZENS[1], subject='=HYPERLINK("http://evil.example","klik")')
    header, *rows = read_csv(client.get("/data-terbuka/jawaban.csv"))
    subjects = [row[header.index("subject")] for row in rows]
    json_subjects = [row["subject"] for row in client.get("/data-terbuka/jawaban.json").json()["data"]]

    assert '\'=HYPERLINK("http://evil.example","klik")' in subjects
    assert '=HYPERLINK("http://evil.example","klik")' in json_subjects  # JSON keeps the text as sent


def test_rate_limit(client, site_tree, monkeypatch):
    monkeypatch.setattr(limits, "REQUESTS_PER_PERIOD", 2)
    assert client.get("/data-terbuka/layanan.json").status_code == 200
    assert client.get("/data-terbuka/layanan.csv").status_code == 200
    response = client.get("/data-terbuka/layanan.json")

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "detail" in response.json()
    assert client.get("/api/v2/pages/").status_code == 429  # one limit for downloads and the API
    assert client.get("/data-terbuka/layanan.json", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_unknown_dataset(client, site_tree):
    assert client.get("/data-terbuka/tidak-ada.json").status_code == 404
    assert client.get("/data-terbuka/layanan.xml").status_code == 404


def test_query_budget_does_not_grow_with_rows(client, open_data, django_assert_max_num_queries):
    for number in range(20):
        report(open_data.catalogue, CITIZENS[1], subject=f"Laporan {number}")
    for slug in ["layanan", "jawaban", "ikm"]:
        with django_assert_max_num_queries(10):
            assert client.get(f"/data-terbuka/{slug}.json", PERIOD).status_code == 200
