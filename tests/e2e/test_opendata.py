"""/data-terbuka/ in Chromium on a phone: no axe violations (WCAG 2.2 AA) in either language."""

import pytest

from tests.services_catalog.conftest import build_catalogue


@pytest.mark.parametrize("path", ["/data-terbuka/", "/en/data-terbuka/"])
def test_open_data_page_has_no_axe_violations_on_a_phone(live_site, phone, axe_violations, path):
    build_catalogue(live_site)
    phone.goto(live_site.url + path)

    assert phone.get_by_role("heading", level=1).is_visible()
    assert axe_violations(phone) == []


def test_downloads_open_from_the_page(live_site, phone):
    build_catalogue(live_site)
    phone.goto(live_site.url + "/data-terbuka/")

    with phone.expect_download() as download:
        phone.locator('a[href$="/data-terbuka/layanan.csv"]').first.click()
    assert download.value.suggested_filename.startswith("layanan-id-")
    phone.locator('a[href$="/data-terbuka/layanan.json"]').first.click()
    assert '"licence"' in phone.content()
