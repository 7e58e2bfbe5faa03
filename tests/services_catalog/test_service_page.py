import json
import re

from django.contrib.staticfiles import finders

import pytest

pytestmark = pytest.mark.django_db


def test_service_page_shows_every_standard_component(client, catalogue):
    response = client.get("/layanan/akta-kelahiran/")
    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        "<h1>Akta Kelahiran</h1>",
        "Pencatatan kelahiran anak",  # summary
        "Orang tua atau wali anak",  # who can apply
        "Kartu Keluarga",  # requirement
        "Bawa dokumen asli.",  # original must be shown
        "2 fotokopi.",  # copies
        "Unggah pindaian atau foto saat mengajukan secara daring.",  # uploaded online
        "Ambil nomor antrean.",  # procedure
        "1 hari kerja",  # processing time
        "Selesai di tempat bila berkas lengkap",
        "Gratis",  # cost
        "Undang-Undang Nomor 24 Tahun 2013",  # cost basis
        "Kutipan Akta Kelahiran",  # product
        "SP4N-LAPOR!",  # complaint channel
        "Undang-Undang Nomor 23 Tahun 2006",  # legal basis
        "Dinas Kependudukan dan Pencatatan Sipil",  # agency
        "Mal Pelayanan Publik, Muaro Kalaban",  # location from the agency
        "Senin–Kamis 07.30–16.00 WIB",  # hours from the agency
        "Apakah dipungut biaya?",  # FAQ
        'href="/layanan/ktp-el-hilang/"',  # related service
        "1 Oktober 2026",  # last reviewed
    ]:
        assert text in content, text
    # Sections a screen-reader user can jump between.
    for section in ["persyaratan", "prosedur", "biaya-waktu", "lokasi", "pengaduan", "dasar-hukum"]:
        assert f'<h2 id="{section}">' in content


def test_service_page_in_english(client, catalogue):
    response = client.get("/en/services/birth-certificate/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="en">' in content
    for text in [
        "<h1>Birth Certificate</h1>",
        "Family card",
        "Take a queue number.",
        "Free",
        "What to bring",
    ]:
        assert text in content, text
    assert "Civil Registration Office" in content  # the agency's translation


def test_cost_and_days_of_a_paid_service(client, catalogue):
    content = client.get("/layanan/surat-izin-praktik/").content.decode()
    assert "Rp100.000" in content
    assert "5 hari kerja" in content


def test_json_ld_is_a_government_service(client, catalogue):
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Akta Kelahiran"
    assert data["provider"]["name"] == "Dinas Kependudukan dan Pencatatan Sipil"
    assert data["areaServed"]["name"] == "Kota Sawahlunto"
    assert data["serviceType"] == "Kependudukan"
    assert data["url"] == "http://localhost/layanan/akta-kelahiran/"
    assert data["description"].startswith("Pencatatan kelahiran")


def test_canonical_and_hreflang(client, catalogue):
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    assert '<link rel="canonical" href="http://localhost/layanan/akta-kelahiran/">' in content
    assert (
        '<link rel="alternate" hreflang="en" href="http://localhost/en/services/birth-certificate/">'
        in content
    )
    assert '<link rel="alternate" hreflang="id" href="http://localhost/layanan/akta-kelahiran/">' in content
    assert '<meta name="description" content="Pencatatan kelahiran anak' in content


def test_print_view_is_a_one_page_checklist(client, catalogue):
    response = client.get("/layanan/akta-kelahiran/?cetak=1")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Daftar periksa: Akta Kelahiran" in content
    assert 'class="checklist"' in content and "Kartu Keluarga" in content
    assert "Gratis" in content and "1 hari kerja" in content
    assert "Mal Pelayanan Publik" in content and "Senin–Kamis" in content
    assert 'name="robots" content="noindex"' in content
    assert 'class="site-header"' not in content  # no navigation on the sheet


def test_service_page_query_budget(client, catalogue, django_assert_max_num_queries):
    client.get("/layanan/akta-kelahiran/")
    with django_assert_max_num_queries(12):
        assert client.get("/layanan/akta-kelahiran/").status_code == 200


def test_service_page_weight_budget(client, catalogue):
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    assets = re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js))"', content)
    total = len(content.encode()) + sum(len(open(finders.find(a), "rb").read()) for a in assets)  # noqa: SIM115
    assert total < 60 * 1024


def test_service_page_has_no_inline_script_or_style(client, catalogue):
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    assert not re.search(r'<script(?![^>]*\b(?:src=|type="application/ld\+json"))[^>]*>', content)
    assert "<style" not in content and " style=" not in content
