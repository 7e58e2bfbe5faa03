"""The performance datasets say what /kinerja/ and the service pages say, and keep hidden figures null."""

from datetime import date

from django.utils import translation

import pytest

from feedback.ikm import period_range
from feedback.performance import agency_performance, service_performance
from tests.feedback.test_performance import aug, build_august, completed
from tests.services_catalog.conftest import build_catalogue

from .test_downloads import read_csv

pytestmark = pytest.mark.django_db

AUGUST = {"periode": "month", "tahun": "2026", "nomor": "8"}


@pytest.fixture
def august(site_tree):
    catalogue = build_catalogue(site_tree)
    build_august(catalogue)
    return catalogue


def test_agency_performance_as_on_the_kinerja_page(client, august):
    data = client.get("/data-terbuka/kinerja.json", AUGUST).json()

    start, end = period_range("month", 2026, 8)
    with translation.override("id"):
        expected = agency_performance(start, end)
    assert [row["unit"] for row in data["data"]] == [str(row.name) for row in expected]
    rows = {row["unit"]: row for row in data["data"]}
    disdukcapil = rows["Dinas Kependudukan dan Pencatatan Sipil"]
    figures = expected[0].figures
    assert disdukcapil["level"] == "agency" and disdukcapil["period_start"] == "2026-08-01"
    assert disdukcapil["applications_completed"] == figures.applications_completed == 11
    assert disdukcapil["median_days"] == figures.median_days
    assert disdukcapil["complaints_received"] == figures.complaints_received
    # Nine answers: Akta Kelahiran's 4, 4, 3, 3, 3 and KTP-el's four 4s: 33 / 9 × 25.
    assert disdukcapil["ikm"] == float(figures.ikm) == 91.67 and disdukcapil["grade"] == "A"
    city = data["data"][-1]
    assert city["level"] == "city" and city["unit"] == "Seluruh kota"
    # Dinkes had one complaint in August: too few to publish anything about it.
    dinkes = rows["Dinas Kesehatan"]
    assert dinkes["complaints_received"] is None and dinkes["applications_received"] is None


def test_agency_performance_csv_has_empty_cells_for_hidden_figures(client, august):
    header, *rows = read_csv(client.get("/data-terbuka/kinerja.csv", AUGUST))

    row = next(row for row in rows if row[header.index("unit")] == "Dinas Kesehatan")
    dinkes = dict(zip(header, row, strict=True))
    assert dinkes["complaints_received"] == "" and dinkes["period_end"] == "2026-08-31"


def test_service_performance_as_on_the_service_pages(client, site_tree):
    catalogue = build_catalogue(site_tree)
    today = date.today()
    for _number in range(5):
        completed(catalogue.birth_certificate, aug(3), aug(4))  # outside the last 90 days
    recent = aug(3).replace(year=today.year, month=today.month, day=today.day)
    for _number in range(5):
        completed(catalogue.birth_certificate, recent, recent)

    data = client.get("/data-terbuka/kinerja-layanan.json").json()["data"]

    figures = service_performance(catalogue.birth_certificate)
    assert [row["title"] for row in data] == ["Akta Kelahiran"]  # the others have nothing counted
    birth = data[0]
    assert birth["applications_completed"] == figures.applications_completed == 5
    assert birth["median_days"] == 0 and birth["within_promise_percent"] == 100
    assert birth["processing_days"] == 1 and birth["period_end"] == today.isoformat()
    assert birth["ikm"] is None  # no survey answers
    english = client.get("/en/data-terbuka/kinerja-layanan.json").json()["data"]
    assert [row["title"] for row in english] == ["Birth Certificate"]


def test_a_service_whose_editors_switched_the_block_off_is_left_out(client, site_tree):
    catalogue = build_catalogue(site_tree)
    birth = catalogue.birth_certificate
    recent = aug(3).replace(year=date.today().year, month=date.today().month, day=date.today().day)
    for _number in range(5):
        completed(birth, recent, recent)
    birth.show_performance = False
    birth.save_revision().publish()

    assert client.get("/data-terbuka/kinerja-layanan.json").json()["data"] == []
