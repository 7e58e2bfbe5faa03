import datetime
import uuid

import pytest

from feedback.models import SurveyResponse

pytestmark = pytest.mark.django_db


def respond(catalogue, service, day, scores, suggestion=""):
    return SurveyResponse.objects.create(
        service=service,
        agency=service.agency,
        service_date=day,
        submission_key=uuid.uuid4().hex,
        gender="P",
        age_band="30-39",
        education="SMA",
        occupation="WIRAUSAHA",
        suggestion=suggestion,
        **{f"u{n}": score for n, score in enumerate(scores, start=1)},
    )


def test_public_ikm_shows_aggregates_per_city_agency_and_service(client, catalogue):
    day = datetime.date(2026, 3, 10)
    respond(
        catalogue, catalogue.birth_certificate, day, [4] * 9, suggestion="Petugas bernama Andi kurang ramah"
    )
    respond(catalogue, catalogue.birth_certificate, day, [3] * 9)
    respond(catalogue, catalogue.practice_licence, day, [2] * 9)
    response = client.get("/ikm/", {"periode": "semester", "tahun": "2026", "nomor": "1"})
    content = response.content.decode()
    assert response.status_code == 200
    # City: mean of (4, 3, 2) per element = 3.00, × 25 = 75.00, grade C.
    assert "<strong>75,00</strong>" in content and "C (Kurang baik)" in content
    assert "Akta Kelahiran" in content and "87,50" in content  # (4+3)/2 × 25
    assert "Surat Izin Praktik Tenaga Kesehatan" in content and "50,00" in content
    assert "Dinas Kependudukan dan Pencatatan Sipil" in content
    assert "<svg" in content and "<table" in content  # chart with a table alternative
    assert "Andi" not in content  # suggestions are never published


def test_period_without_answers_says_so(client, catalogue):
    content = client.get("/ikm/", {"periode": "month", "tahun": "2026", "nomor": "1"}).content.decode()
    assert "Belum ada jawaban survei" in content


def test_bad_period_values_fall_back(client, catalogue):
    response = client.get("/ikm/", {"periode": "<x>", "tahun": "1800", "nomor": "99"})
    assert response.status_code == 200
