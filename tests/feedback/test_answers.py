import uuid

import pytest
from defusedxml import ElementTree as ET

from feedback.models import Kecamatan, Submission

pytestmark = pytest.mark.django_db


def report(catalogue, **fields):
    defaults = {
        "kind": "pengaduan",
        "status": "selesai",
        "allow_publication": True,
        "agency": catalogue.disdukcapil,
        "subject": "Antrean KTP-el terlalu lama",
        "description": "Saya, Budi Santoso, menunggu tiga jam.",
        "name": "Budi Santoso",
        "email": "budi@example.org",
        "phone": "+6281234567890",
        "nik": "1373011208850003",
        "public_answer": "Petugas loket ditambah dua orang mulai Senin.",
        "tracking_code": f"SWL-2611-{uuid.uuid4().hex[:6].upper()}",
        "submission_key": uuid.uuid4().hex,
        "secret_hash": "x",
    }
    return Submission.objects.create(**(defaults | fields))


@pytest.fixture
def answers(catalogue):
    talawi = Kecamatan.objects.create(name="Talawi")
    return {
        "shown": report(catalogue, kecamatan=talawi),
        "other_agency": report(catalogue, agency=catalogue.dinkes, subject="Puskesmas tutup siang"),
        "confidential": report(catalogue, identity="rahasia", subject="Laporan rahasia"),
        "not_allowed": report(catalogue, allow_publication=False, subject="Tidak boleh terbit"),
        "open": report(catalogue, status="ditindaklanjuti", subject="Masih ditangani"),
        "application": report(catalogue, kind="permohonan", subject="Akta Kelahiran"),
        "talawi": talawi,
    }


def test_only_resolved_published_reports_are_shown_without_personal_data(client, answers):
    response = client.get("/kami-menjawab/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Antrean KTP-el terlalu lama" in content and "Petugas loket ditambah" in content
    assert "Puskesmas tutup siang" in content
    for hidden in ["Laporan rahasia", "Tidak boleh terbit", "Masih ditangani", "Akta Kelahiran</h2>"]:
        assert hidden not in content, hidden
    for private in ["Budi Santoso", "budi@example.org", "812345", "1373011208850003", "menunggu tiga jam"]:
        assert private not in content, private


def test_filters_by_agency_and_district(client, answers):
    by_agency = client.get("/kami-menjawab/", {"opd": "dinkes"}).content.decode()
    assert "Puskesmas tutup siang" in by_agency and "Antrean KTP-el" not in by_agency
    by_district = client.get("/kami-menjawab/", {"kecamatan": answers["talawi"].pk}).content.decode()
    assert "Antrean KTP-el" in by_district and "Puskesmas tutup siang" not in by_district
    assert client.get("/kami-menjawab/", {"opd": "<x>", "kecamatan": "abc", "page": "99"}).status_code == 200


def test_rss_feed(client, answers):
    response = client.get("/kami-menjawab/feed/")
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert sorted(titles) == ["Antrean KTP-el terlalu lama", "Puskesmas tutup siang"]
    assert "Budi" not in response.content.decode()


def test_query_budget_does_not_grow_with_answers(client, catalogue, answers, django_assert_max_num_queries):
    for number in range(30):
        report(catalogue, subject=f"Laporan {number}")
    client.get("/kami-menjawab/")
    with django_assert_max_num_queries(10):
        assert client.get("/kami-menjawab/", {"page": 2}).status_code == 200
