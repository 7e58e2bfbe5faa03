"""Small things a resident notices on the wizards: the contact group, dates on the check page, starting
again only after confirming, the honeypot's markup and NIKs written with dots."""

import re

import pytest

from feedback.identity import validate_nik
from feedback.models import Submission
from tests.feedback.conftest import Wizard

pytestmark = pytest.mark.django_db
APPLY = "/ajukan/akta-kelahiran/"
NIK = "1373016508950001"


@pytest.fixture
def wizard(client, site_tree, places, catalogue):
    return Wizard(client, APPLY, "apply_akta-kelahiran")


def applicant(places, **overrides):
    return {
        "name": "Siti Rahmah",
        "nik": NIK,
        "birth_date": "1995-08-25",
        "address": "Jalan Merdeka No. 5",
        "kecamatan": places["barangin"].pk,
        "kelurahan": places["saringan"].pk,
    } | overrides


def test_contact_step_groups_email_and_phone_under_one_legend(wizard, places):
    wizard.post("pemohon", applicant(places))
    html = wizard.client.get(f"{APPLY}kontak/").content.decode()
    match = re.search(r'<fieldset class="field-group">(.*?)</fieldset>', html, re.S)
    assert match, "email and phone are not grouped"
    group = match.group(1)
    assert (
        '<legend class="field-group__legend">Surel atau nomor ponsel (isi salah satu atau keduanya)' in group
    )
    assert 'name="kontak-email"' in group and 'name="kontak-phone"' in group
    assert "tidak wajib" not in html  # neither is "optional": one of them is needed


def test_contact_step_error_stands_next_to_the_group(wizard, places):
    wizard.post("pemohon", applicant(places))
    response = wizard.post("kontak", {"email": "", "phone": ""})
    html = response.content.decode()
    group = re.search(r'<fieldset class="field-group">(.*?)</fieldset>', html, re.S).group(1)
    assert "Isi alamat surel atau nomor ponsel agar kami dapat menghubungi Anda." in group
    assert 'href="#id_kontak-email"' in html  # the error summary links to the field


def test_report_identity_step_has_no_optional_marks(client, site_tree, places, catalogue):
    report = Wizard(client, "/aspirasi/", "report_wizard")
    report.post("jenis", {"kind": "pengaduan"})
    report.post("laporan", {"subject": "Lampu mati", "description": "Lampu jalan mati.", "agency": ""})
    report.post("bukti")
    html = client.get("/aspirasi/identitas/").content.decode()
    assert "kecuali Anda melapor secara anonim" in html
    assert "tidak wajib" not in html.split("identitas-allow_publication")[0]  # name, email, phone


def test_check_page_shows_dates_in_words(wizard, places):
    wizard.post("pemohon", applicant(places))
    wizard.post("kontak", {"email": "siti@example.org"})
    html = wizard.client.get(f"{APPLY}periksa/").content.decode()
    assert "25 Agustus 1995" in html and "1995-08-25" not in html


def test_check_page_shows_dates_in_english_too(client, site_tree, places, catalogue):
    report = Wizard(client, "/en/aspirasi/", "report_wizard")
    report.post("jenis", {"kind": "pengaduan"})
    report.post(
        "laporan",
        {"subject": "Lamp", "description": "Street lamp out.", "agency": "", "event_date": "2026-11-05"},
    )
    report.post("bukti")
    report.post("identitas", {"identity": "anonim"})
    html = client.get("/en/aspirasi/periksa/").content.decode()
    assert "5 November 2026" in html and "2026-11-05" not in html


def test_start_again_asks_first_and_keeps_everything_until_confirmed(wizard, places):
    wizard.post("pemohon", applicant(places))
    step = wizard.client.get(f"{APPLY}kontak/").content.decode()
    link = re.search(r'<p class="wizard__restart">.*?<a href="([^"]+)"', step, re.S).group(1)
    assert step.index('class="wizard__restart"') > step.index("</form>")  # away from "Lanjut"
    confirm = wizard.client.get(link.replace("&amp;", "&"))
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Mulai lagi dengan formulir kosong?" in html and 'name="wizard_restart"' in html
    # Looking at the question wipes nothing.
    assert 'value="Siti Rahmah"' in wizard.client.get(f"{APPLY}pemohon/").content.decode()
    action = re.search(r'<form method="post" action="([^"]+)"', html).group(1)
    response = wizard.client.post(action, {"wizard_restart": "1"}, follow=True)
    assert response.redirect_chain[-1][0] == f"{APPLY}pemohon/"
    html = response.content.decode()
    assert "Formulir sudah dikosongkan" in html and "Siti Rahmah" not in html
    assert Submission.objects.count() == 0


def test_the_first_step_of_a_new_form_offers_no_restart(wizard):
    assert "wizard__restart" not in wizard.client.get(f"{APPLY}pemohon/").content.decode()


def test_honeypot_is_hidden_from_keyboards_and_screen_readers(wizard, places):
    wizard.post("pemohon", applicant(places))
    wizard.post("kontak", {"email": "siti@example.org"})
    html = wizard.client.get(f"{APPLY}periksa/").content.decode()
    wrapper = re.search(r'<div class="honeypot" aria-hidden="true">(.*?)</div>', html, re.S).group(1)
    field = re.search(r"<input[^>]*>", wrapper).group(0)
    assert 'tabindex="-1"' in field and 'autocomplete="off"' in field


@pytest.mark.parametrize(
    "typed", ["1373.0165.0895.0001", "1373 0165 0895 0001", "1373-0165-0895-0001", " 1373016508950001 "]
)
def test_nik_with_dots_spaces_or_hyphens_is_accepted(typed):
    assert validate_nik(typed) == NIK


@pytest.mark.parametrize("typed", ["1373.0165.0895.0001", "1373-0165-0895-0001"])
def test_nik_with_dots_is_accepted_by_the_application(wizard, places, typed):
    response = wizard.post("pemohon", applicant(places, nik=typed))
    assert response.status_code == 302 and response["Location"] == f"{APPLY}kontak/"
    wizard.post("kontak", {"email": "siti@example.org"})
    assert "1373********0001" in wizard.client.get(f"{APPLY}periksa/").content.decode()


def test_nik_with_letters_is_still_refused(wizard, places):
    response = wizard.post("pemohon", applicant(places, nik="1373.0165.0895.000O"))
    assert response.status_code == 200 and "NIK hanya berisi angka." in response.content.decode()
