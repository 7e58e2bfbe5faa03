import json

from django.contrib.sessions.models import Session
from django.core import mail

import pytest

from feedback.models import Submission
from tests.feedback.conftest import Wizard, jpeg, tracking_code

pytestmark = pytest.mark.django_db
BASE = "/ajukan/akta-kelahiran/"
VALID_NIK = "1373016508950001"  # a woman born 25 August 1995


@pytest.fixture
def wizard(client, site_tree, places, catalogue, django_capture_on_commit_callbacks):
    return Wizard(client, BASE, "apply_akta-kelahiran", django_capture_on_commit_callbacks)


def applicant(places, **overrides):
    return {
        "name": "Siti Rahmah",
        "nik": VALID_NIK,
        "birth_date": "1995-08-25",
        "address": "Jalan Merdeka No. 5, RT 002",
        "kecamatan": places["barangin"].pk,
        "kelurahan": places["saringan"].pk,
    } | overrides


def document_fields(client):
    content = client.get(f"{BASE}dokumen/").content.decode()
    import re

    return re.findall(r'name="dokumen-(doc_[0-9a-f]+)"', content)


def test_application_journey(wizard, places, client, catalogue):
    assert client.get(BASE)["Location"] == f"{BASE}pemohon/"
    assert wizard.post("pemohon", applicant(places)).status_code == 302
    assert (
        wizard.post("kontak", {"email": "siti@example.org", "phone": "+62 812 3456 7890"}).status_code == 302
    )
    fields = document_fields(client)
    assert len(fields) == 2  # one upload per requirement marked for upload
    response = wizard.post(
        "dokumen", {fields[0]: jpeg("surat-lahir.jpg"), fields[1]: jpeg("kk.jpg"), "notes": "Anak kedua"}
    )
    assert response.status_code == 302
    review = client.get(f"{BASE}periksa/").content.decode()
    assert "1373********0001" in review and VALID_NIK not in review  # masked even on the check page
    assert "surat-lahir.jpg" in review
    wizard.post("periksa", {"consent": "on"})
    wizard.finish()
    confirmation = client.get("/terkirim/").content.decode()
    submission = Submission.objects.get(tracking_code=tracking_code(confirmation))
    assert submission.kind == "permohonan" and submission.service_id == catalogue.birth_certificate.pk
    assert submission.agency == catalogue.disdukcapil and submission.nik == VALID_NIK
    assert submission.attachments.count() == 2
    assert mail.outbox and submission.tracking_code in mail.outbox[0].body


@pytest.mark.parametrize(
    ("nik", "message"),
    [
        ("137301650895000", "tepat 16 angka"),  # 15 digits
        ("13730165089500AB", "hanya berisi angka"),
        ("1373013208950001", "tanggal"),  # day 32
        ("1373012513950001", "bulan"),  # month 13
        ("1373016508950000", "nomor urut"),  # serial 0000
    ],
)
def test_invalid_nik_is_explained_next_to_the_field(wizard, places, nik, message):
    response = wizard.post("pemohon", applicant(places, nik=nik))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="id_pemohon-nik-error"' in content and message in content
    assert 'value="Siti Rahmah"' in content  # nothing typed is lost


def test_birth_date_must_match_the_nik(wizard, places):
    response = wizard.post("pemohon", applicant(places, birth_date="1995-08-26"))
    assert "tidak sesuai dengan NIK" in response.content.decode()


@pytest.mark.parametrize("phone", ["0812-3456-7890", "+6281234567890", "6281234567890", "0812 3456 7890"])
def test_phone_numbers_are_normalised(wizard, places, phone):
    wizard.post("pemohon", applicant(places))
    assert wizard.post("kontak", {"phone": phone}).status_code == 302
    assert wizard.client.session["wizard_apply_akta-kelahiran"]["step_data"]["kontak"]  # stored


def test_answers_waiting_in_the_session_are_encrypted(wizard, places):
    assert wizard.post("pemohon", applicant(places)).status_code == 302
    stored = Session.objects.get(session_key=wizard.client.session.session_key).get_decoded()
    assert stored["wizard_apply_akta-kelahiran"]["step_data"]["pemohon"]
    assert VALID_NIK not in json.dumps(stored) and "Siti" not in json.dumps(stored)
    # …and read back as typed when the citizen goes back to the step.
    assert VALID_NIK in wizard.client.get("/ajukan/akta-kelahiran/pemohon/").content.decode()


@pytest.mark.parametrize("phone", ["abc", "12345", "0754 61020"])
def test_garbage_phone_is_refused(wizard, places, phone):
    wizard.post("pemohon", applicant(places))
    response = wizard.post("kontak", {"phone": phone})
    assert response.status_code == 200 and "nomor ponsel Indonesia" in response.content.decode()


def test_contact_needs_email_or_phone(wizard, places):
    wizard.post("pemohon", applicant(places))
    response = wizard.post("kontak", {})
    assert "alamat surel atau nomor ponsel" in response.content.decode()


def test_oversized_upload_is_refused(wizard, places, client, settings):
    settings.UPLOAD_MAX_FILE_SIZE = 1000
    wizard.post("pemohon", applicant(places))
    wizard.post("kontak", {"email": "siti@example.org"})
    field = document_fields(client)[0]
    response = wizard.post("dokumen", {field: jpeg(size=(800, 800))})
    assert response.status_code == 200 and "lebih besar dari" in response.content.decode()


def test_only_online_services_accept_applications(client, site_tree, catalogue):
    assert client.get("/ajukan/surat-izin-praktik/pemohon/").status_code == 404
    assert client.get("/ajukan/tidak-ada/").status_code == 404


def test_service_page_links_to_the_wizard(client, catalogue):
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    assert 'href="/ajukan/akta-kelahiran/"' in content
    assert "/ajukan/" not in client.get("/layanan/surat-izin-praktik/").content.decode()


def test_application_step_query_budgets(wizard, places, client, django_assert_max_num_queries):
    client.get(f"{BASE}pemohon/")  # warm caches, as on a running server
    with django_assert_max_num_queries(12):
        assert wizard.post("pemohon", applicant(places)).status_code == 302
    wizard.post("kontak", {"email": "siti@example.org"})
    with django_assert_max_num_queries(12):
        client.get(f"{BASE}dokumen/")
    fields = document_fields(client)
    wizard.post("dokumen", {fields[0]: jpeg(), fields[1]: jpeg()})
    with django_assert_max_num_queries(12):
        client.get(f"{BASE}periksa/")
    wizard.post("periksa", {"consent": "on"})
    # The first submission a process saves also loads three content types for Wagtail's reference index;
    # the immediate task backend also runs the receipt here, which goes through the outbox (3 more).
    with django_assert_max_num_queries(30):
        assert wizard.finish().status_code == 302
