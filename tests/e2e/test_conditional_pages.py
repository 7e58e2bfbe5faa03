"""Valid HTML and no axe violations on what conditional requirements and service questions add: the
service page with its conditions and forms, the print checklist, the "Data layanan" step and the
documents step with an "I do not have it" choice, each also in its error state."""

import re

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model

import pytest
from playwright.sync_api import expect

from services_catalog.demo_forms import simple_pdf
from services_catalog.factories import stream
from tests.feedback.conftest import build_online_catalogue, build_places
from tests.feedback.test_conditional_documents import CHILD, question, requirement

APPLICANT = {
    "name": "Siti Rahmah",
    "nik": "1373016508950001",
    "birth_date": "1995-08-25",
    "address": "Jalan Merdeka No. 5, RT 002",
}
BASE = "/ajukan/akta-kelahiran/"


def set_up(site_tree):
    catalogue, places = build_online_catalogue(site_tree), build_places()
    content = simple_pdf("SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK", ["Yang bertanda tangan di bawah ini:"])
    document = get_document_model()(title="Formulir SPTJM", file_size=len(content))
    document.file.save("sptjm.pdf", ContentFile(content), save=False)
    document.save()
    service = catalogue.birth_certificate
    service.requirements = stream(
        "requirement",
        [
            requirement("Surat keterangan lahir", alternative="SPTJM kebenaran data kelahiran"),
            requirement("Buku nikah", age_condition="under", age=17, marital_condition="married"),
            requirement("Surat keterangan lahir mati", question="lahir-mati", answer="yes"),
        ],
    )
    service.questions = stream(
        "question",
        [
            question("nama-anak", "Nama lengkap anak", help_text="Sesuai surat keterangan lahir."),
            question("tempat-lahir", "Tempat lahir anak"),
            question("tanggal-lahir", "Tanggal lahir anak", kind="past_date"),
            question("jenis-kelamin", "Jenis kelamin anak", kind="choice", choices="Laki-laki\nPerempuan"),
            question("lahir-mati", "Anak lahir mati?", kind="yes_no"),
        ],
    )
    service.downloads = stream("form", [{"document": document.pk, "title": ""}])
    service.minimum_age, service.minimum_age_unless_married = 17, True
    service.save_revision().publish()
    applicant = APPLICANT | {
        "kecamatan": places["barangin"].pk,
        "kelurahan": places["saringan"].pk,
        "marital_status": "kawin",
    }
    return applicant


def post(client, step, data):
    payload = {"apply_akta-kelahiran-current_step": step} | {f"{step}-{k}": v for k, v in data.items()}
    return client.post(f"{BASE}{step}/", payload)


@pytest.mark.django_db
def test_the_new_pages_and_their_error_states_are_valid_html(site_tree, html_errors):
    applicant = set_up(site_tree)
    client = Client()
    pages = {
        "service page": client.get("/layanan/akta-kelahiran/"),
        "print checklist": client.get("/layanan/akta-kelahiran/?cetak=1"),
        "print checklist, narrowed": client.get("/layanan/akta-kelahiran/?cetak=1&umur=16&status=kawin"),
        "print checklist, bad age": client.get("/layanan/akta-kelahiran/?cetak=1&umur=x"),
        "applicant step, too young": post(
            client,
            "pemohon",
            applicant
            | {"nik": "1373011003140001", "birth_date": "2014-03-10", "marital_status": "belum_kawin"},
        ),
    }
    assert "mulai usia 17 tahun" in pages["applicant step, too young"].content.decode()
    assert post(client, "pemohon", applicant).status_code == 302
    pages["data step"] = client.get(f"{BASE}data/")
    pages["data step sent empty"] = post(client, "data", {})
    pages["data step, bad date"] = post(client, "data", CHILD | {"tanggal-lahir": "2999-01-01"})
    assert post(client, "data", CHILD).status_code == 302
    assert post(client, "kontak", {"email": "siti@example.org"}).status_code == 302
    pages["documents step"] = client.get(f"{BASE}dokumen/")
    pages["documents step sent empty"] = post(client, "dokumen", {})
    for name, response in pages.items():
        assert response.status_code == 200, name
    assert 'name="dokumen-doc_' in pages["documents step"].content.decode()
    errors = html_errors({name: response.content.decode() for name, response in pages.items()})
    assert errors == {name: [] for name in pages}


def test_the_new_pages_have_no_axe_violations(live_site, phone, axe_violations):
    applicant = set_up(live_site)
    found = {}
    phone.goto(f"{live_site.url}/layanan/akta-kelahiran/")
    found["service page"] = axe_violations(phone)
    phone.goto(f"{live_site.url}{BASE}pemohon/")
    client = Client()
    client.cookies["sessionid"] = next(
        c["value"] for c in phone.context.cookies() if c["name"] == "sessionid"
    )
    assert post(client, "pemohon", applicant).status_code == 302
    phone.goto(f"{live_site.url}{BASE}data/")
    found["data step"] = axe_violations(phone)
    with phone.expect_navigation():
        phone.locator(".wizard__buttons .button--primary").click()
    expect(phone.locator(".error-summary")).to_be_visible()
    found["data step sent empty"] = axe_violations(phone)
    assert post(client, "data", CHILD).status_code == 302
    assert post(client, "kontak", {"email": "siti@example.org"}).status_code == 302
    phone.goto(f"{live_site.url}{BASE}dokumen/")
    with phone.expect_navigation():
        phone.locator(".wizard__buttons .button--primary").click()
    expect(phone.locator(".error-summary")).to_contain_text(re.compile("Pilih apakah Anda memiliki"))
    found["documents step sent empty"] = axe_violations(phone)
    assert found == {name: [] for name in found}
