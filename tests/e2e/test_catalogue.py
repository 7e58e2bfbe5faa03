import pytest

from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory
from tests.services_catalog.conftest import build_catalogue


@pytest.fixture
def live_catalogue(live_site):
    catalogue = build_catalogue(live_site)
    index = AnnouncementIndexPageFactory(parent=live_site.home)
    AnnouncementPageFactory(parent=index, title="Jadwal Layanan Akhir Tahun", slug="jadwal-akhir-tahun")
    return live_site, catalogue


def test_service_filter_works_without_javascript(live_catalogue, phone_without_js):
    site, _catalogue = live_catalogue
    page = phone_without_js
    page.goto(site.url + "/layanan/")
    page.get_by_label("Perangkat daerah").select_option("dinkes")
    page.get_by_role("button", name="Tampilkan layanan").click()
    page.wait_for_url("**/layanan/?*opd=dinkes*")
    assert page.get_by_text("1 layanan ditemukan").is_visible()
    assert page.get_by_role("link", name="Surat Izin Praktik Tenaga Kesehatan").is_visible()
    assert page.get_by_role("link", name="Akta Kelahiran").count() == 0
    page.get_by_label("Dapat diajukan secara daring").check()
    page.get_by_role("button", name="Tampilkan layanan").click()
    assert page.get_by_text("0 layanan ditemukan").is_visible()


@pytest.mark.parametrize(
    "path",
    [
        "/layanan/",
        "/layanan/?tampilan=az",
        "/layanan/akta-kelahiran/",
        "/layanan/akta-kelahiran/?cetak=1",
        "/en/services/birth-certificate/",
        "/pengumuman/",
        "/pengumuman/jadwal-akhir-tahun/",
    ],
)
def test_catalogue_pages_have_no_axe_violations_on_a_phone(live_catalogue, phone, axe_violations, path):
    site, _catalogue = live_catalogue
    phone.goto(site.url + path)
    assert axe_violations(phone) == []


def test_helpful_form_error_state_has_no_axe_violations(live_catalogue, phone, axe_violations):
    site, _catalogue = live_catalogue
    phone.goto(site.url + "/layanan/akta-kelahiran/")
    phone.get_by_role("button", name="Kirim").click()
    assert phone.get_by_text("Pilih ya atau tidak.").first.is_visible()
    assert axe_violations(phone) == []
