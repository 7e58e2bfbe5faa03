"""The "Service performance" block on service pages and the public /kinerja/ page."""

import re

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from feedback.performance import SERVICES_CACHE_KEY, SERVICES_CACHE_TIMEOUT, compute_service_performance
from tests.feedback.test_performance import END_OF_AUGUST, build_august

pytestmark = pytest.mark.django_db

AUGUST_2026 = {"periode": "month", "tahun": "2026", "nomor": "8"}


@pytest.fixture
def august(catalogue):
    build_august(catalogue)
    # What the hourly refresh would have stored on 31 August.
    cache.set(SERVICES_CACHE_KEY, compute_service_performance(today=END_OF_AUGUST), SERVICES_CACHE_TIMEOUT)
    return catalogue


def block(content):
    """The performance block of a service page: from its heading to the link to /kinerja/."""
    match = re.search(r'<h3 id="kinerja">.*?/kinerja/\?opd=[a-z-]+"', content, re.S)
    return match.group(0) if match else ""


def test_the_block_shows_the_figures_next_to_the_promise(client, august):
    content = block(client.get("/layanan/akta-kelahiran/").content.decode())
    assert "3 Juni 2026" in content and "31 Agustus 2026" in content
    for text in ["1 hari kerja", "4 hari kerja", "63%", "<dd>9</dd>", "<dd>8</dd>", "85,00"]:
        assert text in content, text
    assert 'href="/kinerja/?opd=disdukcapil"' in content


def test_the_block_in_english(client, august):
    content = block(client.get("/en/services/birth-certificate/").content.decode())
    for text in [
        "Service performance",
        "Promised time",
        "Half of the applications were completed within</dt><dd>1 working day",
        "Nine in ten were completed within</dt><dd>4 working days",
        "Completed within the promised time</dt><dd>63%",
        "85.00, grade B (Good), from 5 answers",
        'Open complaints</dt><dd><span class="muted">Not enough data yet',
    ]:
        assert text in content, text
    assert 'href="/en/kinerja/?opd=disdukcapil"' in content


def test_too_little_data_shows_no_number(client, august):
    # Four applications and four survey answers: the block is there, with no figure.
    lost = block(client.get("/layanan/ktp-el-hilang/").content.decode())
    assert lost and "<dl" not in lost and "100,00" not in lost


def test_editors_can_switch_the_block_off(client, august):
    service = august.birth_certificate
    service.show_performance = False
    service.save_revision().publish()
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    assert 'id="kinerja"' not in content and "/kinerja/?opd=" not in content


def test_the_block_renders_from_the_cache_without_queries(client, august):
    client.get("/layanan/akta-kelahiran/")  # the page's own cached fragments
    with CaptureQueriesContext(connection) as queries:
        content = client.get("/layanan/akta-kelahiran/").content.decode()
    assert "63%" in block(content)
    assert not [query for query in queries.captured_queries if "feedback_" in query["sql"]]


def test_a_cold_cache_is_filled_by_the_first_view(client, catalogue):
    client.get("/layanan/akta-kelahiran/")
    assert cache.get(SERVICES_CACHE_KEY) is not None
    with CaptureQueriesContext(connection) as queries:
        client.get("/layanan/akta-kelahiran/")
    assert not [query for query in queries.captured_queries if "feedback_" in query["sql"]]


def test_performance_page_per_agency_and_city(client, august):
    response = client.get("/kinerja/", AUGUST_2026)
    assert response.status_code == 200
    content = response.content.decode()
    assert "1 Agustus 2026" in content and "31 Agustus 2026" in content
    rows = re.findall(r'<th scope="row">(.*?)</th>', content)
    assert rows.count("Dinas Kependudukan dan Pencatatan Sipil") == 3  # in all three tables
    assert rows.count("Seluruh kota") == 3
    assert "Dinas Kesehatan" not in rows  # one complaint: nothing to show in any table
    # Disdukcapil in August, seen from today: every complaint's time has run out, C5 and C8 are late.
    for text in ["<td>13</td>", "<td>11</td>", "<td>82%</td>", "<td>67%</td>", "<td>50%</td>", "91,67"]:
        assert text in content, text
    assert "<svg" in content and "Agu" in content  # the chart, with the month
    assert " style=" not in content and "<style" not in content


def test_the_period_filter(client, august):
    def tables(query):  # the period's tables, not the 12-month trend below them
        return client.get("/kinerja/", query).content.decode().split('id="trend-title"')[0]

    july = tables({**AUGUST_2026, "nomor": "7"})
    assert "Dinas Kependudukan dan Pencatatan Sipil</th>" not in july and "91,67" not in july
    year = tables({"periode": "year", "tahun": "2026"})
    # The year adds the applications of May and June, and the June survey answer of 1s: 34 / 10 × 25.
    assert "<td>15</td>" in year and "<td>13</td>" in year and "85,00" in year
    assert client.get("/kinerja/", {"periode": "<x>", "tahun": "1800", "nomor": "99"}).status_code == 200


def test_the_agency_filter(client, august):
    content = client.get("/kinerja/", {**AUGUST_2026, "opd": "dinkes"}).content.decode()
    rows = re.findall(r'<th scope="row">(.*?)</th>', content)
    assert "Dinas Kesehatan" in rows  # the chosen agency is always listed
    assert "Dinas Kependudukan dan Pencatatan Sipil" not in rows
    assert '<option value="dinkes" selected>' in content
    assert re.search(r'<h2 id="trend-title">[^<]*Dinas Kesehatan</h2>', content)  # its trend
    unknown = client.get("/kinerja/", {**AUGUST_2026, "opd": "<x>"}).content.decode()
    assert "Dinas Kependudukan dan Pencatatan Sipil</th>" in unknown  # an unknown agency: all of them


def test_performance_page_in_english(client, august):
    content = client.get("/en/kinerja/", AUGUST_2026).content.decode()
    assert '<html lang="en">' in content
    for text in ["Service performance", "Civil Registration Office", "Whole city", "Aug", "82%"]:
        assert text in content, text


def test_the_chart_has_a_table_with_the_same_months(client, august):
    content = client.get("/en/kinerja/", AUGUST_2026).content.decode()
    chart = re.search(r"<svg.*?</svg>", content, re.S).group(0)
    assert 'role="img"' in chart and 'aria-labelledby="trend-chart-title trend-chart-desc"' in chart
    assert "82%" in chart  # August 2026's bar
    assert "August 2026</th>" in content and '<th scope="col">Month</th>' in content


@pytest.mark.parametrize("opd", ["", "disdukcapil"])
def test_performance_page_query_budget(client, august, django_assert_max_num_queries, opd):
    client.get("/ikm/")  # the site's cached fragments, as any earlier page view leaves them
    with django_assert_max_num_queries(15):
        assert client.get("/kinerja/", {**AUGUST_2026, "opd": opd}).status_code == 200
    with django_assert_max_num_queries(3):  # the period's figures are kept for an hour
        assert client.get("/kinerja/", {**AUGUST_2026, "opd": opd}).status_code == 200


def test_the_footer_links_to_the_performance_page(client, site_tree):
    assert 'href="/kinerja/"' in client.get("/").content.decode()
