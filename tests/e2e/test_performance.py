"""/kinerja/ and the "Service performance" block in Chromium on a phone: no axe violations (WCAG 2.2 AA),
and the chart and tables are there without JavaScript."""

import re

from django.core.cache import cache

import pytest

from feedback.performance import SERVICES_CACHE_KEY, SERVICES_CACHE_TIMEOUT, compute_service_performance
from tests.feedback.test_performance import END_OF_AUGUST, build_august
from tests.services_catalog.conftest import build_catalogue

AUGUST_2026 = "?periode=month&tahun=2026&nomor=8"


@pytest.fixture
def live_performance(live_site):
    build_august(build_catalogue(live_site))
    # The live server runs in this process and shares its local-memory cache.
    cache.set(SERVICES_CACHE_KEY, compute_service_performance(today=END_OF_AUGUST), SERVICES_CACHE_TIMEOUT)
    return live_site


@pytest.mark.parametrize(
    "path",
    [
        f"/kinerja/{AUGUST_2026}",
        f"/kinerja/{AUGUST_2026}&opd=disdukcapil",
        "/en/kinerja/",
        "/layanan/akta-kelahiran/",  # the block with figures
        "/layanan/ktp-el-hilang/",  # the block with too little data
        "/en/services/birth-certificate/",
    ],
)
def test_performance_pages_have_no_axe_violations_on_a_phone(live_performance, phone, axe_violations, path):
    phone.goto(live_performance.url + path)

    assert phone.get_by_role("heading", level=1).is_visible()
    assert axe_violations(phone) == []


def test_the_chart_and_its_tables_need_no_javascript(live_performance, phone_without_js):
    phone_without_js.goto(live_performance.url + f"/en/kinerja/{AUGUST_2026}")

    chart = phone_without_js.get_by_role("img", name=re.compile("Applications completed within the promised"))
    assert chart.is_visible() and chart.locator("rect").count() >= 1
    # The four tables, each in a region a keyboard user can scroll on a narrow screen.
    assert phone_without_js.locator('[role="region"][tabindex="0"] > table').count() == 4
    assert phone_without_js.get_by_role("row", name=re.compile("August 2026")).is_visible()
