"""Uploads and form details in a phone browser: big photos shrink before they are sent (JavaScript on), are
refused next to their field by the server (JavaScript off), and the anti-spam field and the check page's
layout do not get in the resident's way.

The photos are made by tests/feedback/photos.py, as heavy as real phone photos (6 MB and about 45 MB).
"""

import re

import pytest
from playwright.sync_api import expect

from feedback.models import Attachment, Submission
from tests.e2e.test_wizards import LAST_WEEK, fill_applicant, fill_report, give_consent_and_send, next_step
from tests.feedback.conftest import build_online_catalogue, build_places
from tests.feedback.photos import MB, forty_mb_photo, six_mb_photo

TOO_LARGE = "Berkas lebih besar dari 5 MB."


@pytest.fixture
def live_wizards(live_site):
    build_online_catalogue(live_site)
    build_places()
    return live_site


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    """The big photos, written once for the module: the browser reads them from disk like a picker would."""
    folder = tmp_path_factory.mktemp("photos")
    paths = {}
    for name, make in (("IMG_6MB.jpg", six_mb_photo), ("IMG_40MB.jpg", forty_mb_photo)):
        paths[name] = folder / name
        paths[name].write_bytes(make())
    assert paths["IMG_6MB.jpg"].stat().st_size > 6 * MB
    assert paths["IMG_40MB.jpg"].stat().st_size > 40 * MB
    return paths


def to_evidence_step(page, url):
    page.goto(url + "/aspirasi/")
    page.get_by_label("Pengaduan: ada masalah").check()
    next_step(page, "Laporan Anda")
    fill_report(page)
    next_step(page, "Bukti")


def send_anonymously(page):
    next_step(page, "Identitas dan kontak")
    page.get_by_label("Anonim: identitas Anda").check()
    next_step(page, "Periksa dan kirim")
    return give_consent_and_send(page)


@pytest.mark.parametrize("name", ["IMG_6MB.jpg", "IMG_40MB.jpg"])
def test_a_big_photo_is_made_smaller_before_sending(live_wizards, phone, photos, name):
    page = phone
    to_evidence_step(page, live_wizards.url)
    field = page.get_by_label("Foto atau dokumen 1")
    expect(field).to_have_accessible_description(re.compile("JPG, PNG, WebP atau PDF, paling besar 5 MB"))
    field.set_input_files(photos[name])
    # uploads.js replaces the chosen file with a smaller JPEG, long side 2000 px.
    page.wait_for_function(
        "input => input.files.length === 1 && input.files[0].size < 1024 * 1024",
        arg=field.element_handle(),
        timeout=60_000,
    )
    expect(page.locator(".field__error")).to_have_count(0)
    code = send_anonymously(page)
    attachment = Attachment.objects.get(submission=Submission.objects.get(tracking_code=code))
    assert attachment.content_type == "image/jpeg" and attachment.size < 1 * MB


def test_a_pdf_over_the_limit_is_refused_before_sending(live_wizards, phone):
    page = phone
    to_evidence_step(page, live_wizards.url)
    big_pdf = b"%PDF-1.4\n" + b"0" * (6 * MB) + b"\n%%EOF\n"
    field = page.get_by_label("Foto atau dokumen 1")
    field.set_input_files(files=[{"name": "scan.pdf", "mimeType": "application/pdf", "buffer": big_pdf}])
    error = page.locator(".field").filter(has=field).locator(".field__error")
    expect(error).to_have_text(TOO_LARGE)  # at once, the server's own words
    expect(field).to_have_accessible_description(re.compile(TOO_LARGE))
    assert field.evaluate("input => input.files.length") == 0  # nothing large is sent


def test_without_javascript_a_big_photo_is_refused_next_to_its_field(live_wizards, phone_without_js, photos):
    page = phone_without_js
    page.goto(live_wizards.url + "/ajukan/akta-kelahiran/")
    fill_applicant(page)
    next_step(page, "Kontak")
    page.get_by_label("Surel").fill("sari@example.org")
    next_step(page, "Dokumen")
    page.get_by_label("Surat keterangan lahir").set_input_files(photos["IMG_6MB.jpg"])
    page.get_by_label("Catatan untuk petugas").fill("Anak kedua.")
    next_step(page, "Dokumen")
    field = page.get_by_label("Surat keterangan lahir")
    expect(page.locator(".field").filter(has=field).locator(".field__error")).to_have_text(TOO_LARGE)
    expect(page.get_by_label("Catatan untuk petugas")).to_have_value("Anak kedua.")
    assert Submission.objects.count() == 0


def test_the_honeypot_covers_nothing_on_the_check_page(live_wizards, phone):
    page = phone
    to_evidence_step(page, live_wizards.url)
    next_step(page, "Identitas dan kontak")
    page.get_by_label("Anonim: identitas Anda").check()
    next_step(page, "Periksa dan kirim")
    consent = page.locator("label[for=id_periksa-consent]")
    trap = page.locator("input[name=periksa-website]")
    box, label = trap.bounding_box(), consent.bounding_box()
    visible = box and box["width"] > 1 and box["height"] > 1 and box["x"] + box["width"] > 0
    assert not visible, f"the honeypot shows a {box} box"
    overlaps = box and not (
        box["x"] + box["width"] <= label["x"]
        or label["x"] + label["width"] <= box["x"]
        or box["y"] + box["height"] <= label["y"]
        or label["y"] + label["height"] <= box["y"]
    )
    assert not overlaps, f"the honeypot {box} overlaps the consent label {label}"
    page.keyboard.press("Tab")
    for _ in range(60):  # the keyboard never reaches it
        assert page.evaluate("document.activeElement.name") != "periksa-website"
        page.keyboard.press("Tab")


def test_survey_check_page_keeps_questions_readable_on_a_phone(live_wizards, phone):
    page = phone
    page.goto(live_wizards.url + "/survei/")
    page.get_by_label("Layanan apa yang Anda terima?").select_option(label="Akta Kelahiran")
    page.get_by_label("Kapan Anda menerimanya?").fill(LAST_WEEK)
    next_step(page, "Penilaian Anda")
    ratings = page.locator("form").get_by_role("group")
    for index in range(9):
        ratings.nth(index).get_by_role("radio").first.check()
    next_step(page, "Tentang Anda")
    page.get_by_label("Perempuan").check()
    page.get_by_label("30–39").check()
    page.get_by_label("SMA/SMK").check()
    page.get_by_label("Wirausaha").check()
    next_step(page, "Saran dan kirim")
    rows = page.locator(".summary__list dt")
    expect(rows.first).to_be_visible()
    list_width = page.locator(".summary__list").first.bounding_box()["width"]
    for index in range(rows.count()):
        # A question uses the whole width above its answer, not a narrow column of one-word lines.
        assert rows.nth(index).bounding_box()["width"] >= 0.9 * list_width
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_start_again_asks_for_confirmation_without_javascript(live_wizards, phone_without_js):
    page = phone_without_js
    page.goto(live_wizards.url + "/ajukan/akta-kelahiran/")
    fill_applicant(page)
    next_step(page, "Kontak")
    restart = page.get_by_role("link", name="Mulai lagi dengan formulir kosong")
    continue_box = page.get_by_role("button", name="Lanjut").bounding_box()
    assert restart.bounding_box()["y"] - (continue_box["y"] + continue_box["height"]) > 40  # away from it
    restart.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mulai lagi dengan formulir kosong?")
    page.get_by_role("link", name="Tidak, kembali ke formulir saya").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kontak")
    page.get_by_role("button", name="Kembali").click()
    expect(page.get_by_label("Nama lengkap")).to_have_value("Sari Wulandari")  # nothing was lost
    next_step(page, "Kontak")
    page.get_by_role("link", name="Mulai lagi dengan formulir kosong").click()
    page.get_by_role("button", name="Ya, hapus jawaban saya").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pemohon")
    expect(page.get_by_label("Nama lengkap")).to_have_value("")


@pytest.mark.django_db
def test_restart_page_and_information_request_errors_are_valid_html(site_tree, html_errors):
    from django.test import Client

    from tests.feedback.conftest import Wizard

    build_online_catalogue(site_tree)
    places = build_places()
    client = Client()
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    wizard.post("jenis", {"kind": "informasi"})
    wizard.post(
        "laporan",
        {"subject": "Anggaran", "description": "Rincian anggaran 2026.", "kecamatan": places["talawi"].pk},
    )
    wizard.post("bukti")
    pages = {
        "informasi, post without address": wizard.post(
            "informasi", {"purpose": "Skripsi", "delivery": "pos"}
        ).content.decode()
    }
    wizard.post("informasi", {"purpose": "Skripsi", "delivery": "email", "address": "Jl. Ahmad Yani 7"})
    pages["identitas, anonymous"] = wizard.post("identitas", {"identity": "anonim"}).content.decode()
    pages["identitas, confidential and publishable, no email"] = wizard.post(
        "identitas",
        {"identity": "rahasia", "name": "Andi", "phone": "0812 3456 7890", "allow_publication": "on"},
    ).content.decode()
    pages["restart question"] = client.get("/aspirasi/identitas/?restart=1").content.decode()
    for name, html in pages.items():
        assert "field__error" in html or name == "restart question", name
    errors = html_errors(pages)
    assert not any(errors.values()), errors
