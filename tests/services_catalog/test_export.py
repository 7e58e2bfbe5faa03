import csv
import io

from django.contrib.auth import get_user_model

import pytest
from openpyxl import load_workbook

from services_catalog.export import COLUMNS

pytestmark = pytest.mark.django_db
URL = "/admin/reports/katalog-layanan/"


@pytest.fixture
def staff_client(client):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "sandi-123"))
    return client


def test_csv_export_has_one_row_per_service_with_every_component(staff_client, catalogue):
    response = staff_client.get(URL, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert list(rows[0].keys()) == [str(heading) for _key, heading in COLUMNS]
    assert len(rows) == 4  # three Indonesian services and one English translation
    birth = next(row for row in rows if row["Layanan"] == "Akta Kelahiran")
    assert birth["Perangkat daerah"] == "Dinas Kependudukan dan Pencatatan Sipil"
    assert "1. Kartu Keluarga (asli ditunjukkan, 1 salinan, diunggah daring)" in birth["Persyaratan"]
    assert birth["Prosedur"].startswith("1. Ambil nomor antrean.")
    assert birth["Waktu penyelesaian (hari kerja)"] == "1"
    assert birth["Biaya (rupiah)"] == "0"
    assert birth["Dasar hukum"] == "Undang-Undang Nomor 23 Tahun 2006"
    assert birth["Alamat web"] == "http://localhost/layanan/akta-kelahiran/"


def test_xlsx_export(staff_client, catalogue):
    response = staff_client.get(URL, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings = [cell.value for cell in sheet[1]]
    assert headings[:3] == ["Layanan", "Perangkat daerah", "Kategori"]
    assert sheet.max_row == 5


def test_report_is_for_staff_only(client, catalogue):
    response = client.get(URL, {"export": "csv"})
    assert response.status_code == 302 and "/akun/login/" in response["Location"]
