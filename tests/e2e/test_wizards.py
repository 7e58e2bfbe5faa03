"""The citizen wizards in a phone browser: whole journeys without JavaScript, and no axe violations.

Labels and buttons are the Indonesian ones a resident reads (locale/id/LC_MESSAGES/django.po).
"""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.feedback.conftest import build_online_catalogue, build_places, jpeg

CODE = re.compile(r"^SWL-\d{4}-[A-Z0-9]{6}$")
SUBJECT = "Lampu jalan mati"
NEW_SUBJECT = "Lampu jalan mati sejak seminggu"
DESCRIPTION = "Lampu jalan di depan SD 05 Talawi mati, jalan gelap sekali pada malam hari."
LAST_WEEK = (datetime.date.today() - datetime.timedelta(days=7)).isoformat()  # dates cannot be future
NIK = "1373016508950001"  # a woman born 25-08-1995: day 25 + 40 in digits 7–8


@pytest.fixture
def live_wizards(live_site):
    """The live site with the catalogue (Akta Kelahiran asks for two uploads) and two districts.

    The same data as tests/feedback/conftest.py's `catalogue` and `places` fixtures, built for the
    live server's transactional tests.
    """
    build_online_catalogue(live_site)
    build_places()
    return live_site


def photo(name):
    """A small real JPEG, as a file chooser would hand it over."""
    return {"name": name, "mimeType": "image/jpeg", "buffer": jpeg(name).getvalue()}


def next_step(page, heading):
    """Press "Lanjut" and wait for the next step, named by its heading."""
    page.get_by_role("button", name="Lanjut").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def choose_place(page, kecamatan, village):
    page.get_by_label("Kecamatan").select_option(label=kecamatan)
    page.get_by_label("Kelurahan atau desa").select_option(label=f"{village} ({kecamatan})")


def fill_report(page, subject=SUBJECT):
    page.get_by_label("Judul").fill(subject)
    page.get_by_label("Uraian").fill(DESCRIPTION)
    choose_place(page, "Talawi", "Desa Talawi Hilir")
    page.get_by_label("Tanggal kejadian").fill(LAST_WEEK)


def fill_applicant(page, nik=NIK):
    page.get_by_label("Nama lengkap").fill("Sari Wulandari")
    page.get_by_label("NIK").fill(nik)
    page.get_by_label("Tanggal lahir").fill("1995-08-25")
    page.get_by_label("Alamat").fill("Jl. Soekarno-Hatta No. 12, RT 01/RW 02")
    choose_place(page, "Barangin", "Kelurahan Saringan")


def application_up_to_the_check_page(page, url):
    page.goto(url + "/ajukan/akta-kelahiran/")
    fill_applicant(page)
    next_step(page, "Kontak")
    page.get_by_label("Surel").fill("sari@example.org")
    next_step(page, "Dokumen")
    page.get_by_label("Surat keterangan lahir").set_input_files(files=[photo("suket-lahir.jpg")])
    page.get_by_label("Kartu Keluarga").set_input_files(files=[photo("kk.jpg")])
    next_step(page, "Periksa dan kirim")


def give_consent_and_send(page):
    page.get_by_label("Saya setuju data saya dipakai").check()
    page.get_by_role("button", name="Kirim").click()
    expect(page.get_by_role("heading", name="Pengajuan Anda sudah kami terima")).to_be_visible()
    code = page.locator(".tracking-code").inner_text()
    assert CODE.match(code), code
    return code


def test_report_journey_without_javascript(live_wizards, phone_without_js):
    page = phone_without_js
    page.goto(live_wizards.url + "/aspirasi/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Jenis")
    expect(page.get_by_text("Langkah 1 dari 5")).to_be_visible()  # no information step for a complaint
    page.get_by_label("Pengaduan: ada masalah").check()
    next_step(page, "Laporan Anda")

    # Forgetting the subject: the error is listed, links to the field, and nothing typed is lost.
    page.get_by_label("Uraian").fill(DESCRIPTION)
    choose_place(page, "Talawi", "Desa Talawi Hilir")
    next_step(page, "Laporan Anda")
    summary = page.locator(".error-summary")
    expect(summary.get_by_role("heading", name="Ada yang perlu diperbaiki")).to_be_visible()
    summary.get_by_role("link", name="Judul: Kolom ini harus diisi.").click()
    expect(page.get_by_label("Judul")).to_be_focused()
    expect(page.get_by_label("Judul")).to_have_accessible_description(re.compile("Kolom ini harus diisi"))
    expect(page.get_by_label("Uraian")).to_have_value(DESCRIPTION)
    expect(page.get_by_label("Kelurahan atau desa").locator("option:checked")).to_have_text(
        "Desa Talawi Hilir (Talawi)"
    )
    page.get_by_label("Judul").fill(SUBJECT)
    next_step(page, "Bukti")

    page.get_by_label("Foto atau dokumen 1").set_input_files(files=[photo("lampu.jpg")])
    next_step(page, "Identitas dan kontak")

    expect(page.get_by_label("Biasa: perangkat daerah melihat nama Anda")).to_be_checked()
    page.get_by_role("textbox", name="Nama Anda").fill("Rina Marlina")
    page.get_by_label("Surel").fill("rina@example.org")
    page.get_by_label("Nomor ponsel").fill("0812 3456 7890")
    page.get_by_label("Laporan dan jawabannya boleh dipublikasikan").check()
    next_step(page, "Periksa dan kirim")

    report = page.get_by_role("region", name="Laporan Anda")
    expect(report).to_contain_text(SUBJECT)
    expect(report).to_contain_text("Talawi Hilir")
    expect(page.get_by_role("region", name="Bukti")).to_contain_text("lampu.jpg")
    expect(page.get_by_role("region", name="Identitas dan kontak")).to_contain_text("+6281234567890")

    # Change the subject, then continue through the later steps back to the check page.
    report.get_by_role("link", name="Ubah Laporan Anda").click()
    expect(page.get_by_label("Judul")).to_have_value(SUBJECT)
    page.get_by_label("Judul").fill(NEW_SUBJECT)
    next_step(page, "Bukti")
    expect(page.get_by_text("Sudah diunggah: lampu.jpg")).to_be_visible()
    next_step(page, "Identitas dan kontak")
    expect(page.get_by_role("textbox", name="Nama Anda")).to_have_value("Rina Marlina")
    next_step(page, "Periksa dan kirim")
    report = page.get_by_role("region", name="Laporan Anda")
    expect(report).to_contain_text(NEW_SUBJECT)
    expect(report).to_contain_text(DESCRIPTION)
    expect(page.get_by_role("region", name="Bukti")).to_contain_text("lampu.jpg")

    code = give_consent_and_send(page)
    private_link = page.get_by_role("link", name="Buka tautan pribadi saya").get_attribute("href")

    page.goto(f"{live_wizards.url}/lacak/?kode={code}")
    expect(page.get_by_role("heading", name="Lacak pengajuan Anda")).to_be_visible()
    status = page.locator("dl.facts")
    expect(status).to_contain_text(code)
    expect(status).to_contain_text("Pengaduan")
    expect(status).to_contain_text("Diterima")
    expect(page.get_by_text(DESCRIPTION)).to_have_count(0)  # details only through the private link

    page.goto(live_wizards.url + private_link)
    expect(page.get_by_role("heading", name=f"Pengajuan Anda {code}")).to_be_visible()
    expect(page.get_by_text(DESCRIPTION)).to_be_visible()
    expect(page.get_by_text(NEW_SUBJECT)).to_be_visible()
    expect(page.get_by_role("heading", name="Dokumen")).to_be_visible()
    expect(page.get_by_role("main").get_by_role("listitem").filter(has_text="Bukti")).to_have_count(1)


def test_application_journey_without_javascript(live_wizards, phone_without_js):
    page = phone_without_js
    page.goto(live_wizards.url + "/ajukan/akta-kelahiran/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Pemohon")
    expect(page.get_by_text("Akta Kelahiran", exact=True)).to_be_visible()

    # A NIK one digit short: the Indonesian message stands next to the field and describes it.
    fill_applicant(page, nik=NIK[:-1])
    next_step(page, "Pemohon")
    nik = page.get_by_label("NIK")
    nik_field = page.locator(".field").filter(has=nik)
    expect(nik_field.locator(".field__error")).to_have_text("NIK terdiri dari tepat 16 angka.")
    expect(nik).to_have_accessible_description(re.compile("NIK terdiri dari tepat 16 angka."))
    expect(nik).to_have_value(NIK[:-1])
    expect(page.get_by_label("Nama lengkap")).to_have_value("Sari Wulandari")
    nik.fill(NIK)
    next_step(page, "Kontak")

    page.get_by_label("Surel").fill("sari@example.org")
    next_step(page, "Dokumen")

    page.get_by_label("Surat keterangan lahir").set_input_files(files=[photo("suket-lahir.jpg")])
    page.get_by_label("Kartu Keluarga").set_input_files(files=[photo("kk.jpg")])
    page.get_by_label("Catatan untuk petugas").fill("Anak kedua.")
    next_step(page, "Periksa dan kirim")

    applicant = page.get_by_role("region", name="Pemohon")
    expect(applicant).to_contain_text("1373********0001")  # the NIK is masked, even here
    expect(applicant).not_to_contain_text(NIK)
    documents = page.get_by_role("region", name="Dokumen")
    expect(documents).to_contain_text("suket-lahir.jpg")
    expect(documents).to_contain_text("kk.jpg")

    give_consent_and_send(page)
    expect(page.get_by_text("Petugas memeriksa permohonan dan dokumen Anda.")).to_be_visible()
    expect(page.get_by_role("link", name="Buka tautan pribadi saya")).to_be_visible()


def test_survey_journey_without_javascript(live_wizards, phone_without_js):
    page = phone_without_js
    page.goto(live_wizards.url + "/survei/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Layanan")
    page.get_by_label("Layanan apa yang Anda terima?").select_option(label="Akta Kelahiran")
    page.get_by_label("Kapan Anda menerimanya?").fill(LAST_WEEK)
    next_step(page, "Penilaian Anda")

    ratings = page.locator("form").get_by_role("group")
    expect(ratings).to_have_count(9)
    # Each element has its own answers: the best for cost is "free", not "very suitable".
    expect(page.get_by_role("group", name=re.compile("^Biaya")).get_by_label("Gratis")).to_be_visible()
    for index in range(9):
        ratings.nth(index).get_by_role("radio").last.check()
    next_step(page, "Tentang Anda")

    page.get_by_label("Perempuan").check()
    page.get_by_label("30–39").check()
    page.get_by_label("SMA/SMK").check()
    page.get_by_label("Wirausaha").check()
    next_step(page, "Saran dan kirim")

    page.get_by_label("Saran Anda untuk layanan ini").fill("Tambah kursi di ruang tunggu.")
    page.get_by_role("button", name="Kirim").click()
    expect(page.get_by_role("heading", name="Terima kasih atas jawaban Anda")).to_be_visible()
    expect(page.locator(".tracking-code")).to_have_count(0)


def check_axe(page, axe_violations, found, name):
    """Record axe's findings for one screen; the test reports every screen at once at the end."""
    found[name] = axe_violations(page)


def assert_no_violations(found):
    assert {name: violations for name, violations in found.items() if violations} == {}


def test_report_wizard_has_no_axe_violations(live_wizards, phone, axe_violations):
    page, found = phone, {}
    page.goto(live_wizards.url + "/aspirasi/")
    check_axe(page, axe_violations, found, "jenis")
    page.get_by_label("Permintaan informasi: meminta informasi publik").check()
    next_step(page, "Laporan Anda")
    check_axe(page, axe_violations, found, "laporan")
    next_step(page, "Laporan Anda")
    expect(page.locator(".error-summary")).to_be_focused()  # site.js moves focus there
    check_axe(page, axe_violations, found, "laporan with errors")
    fill_report(page)
    next_step(page, "Bukti")
    check_axe(page, axe_violations, found, "bukti")
    page.get_by_label("Foto atau dokumen 1").set_input_files(files=[photo("lampu.jpg")])
    next_step(page, "Permintaan informasi")
    check_axe(page, axe_violations, found, "informasi")
    page.get_by_label("Untuk apa informasi ini Anda perlukan?").fill("Bahan tugas sekolah.")
    page.get_by_label("Melalui surel").check()
    page.get_by_label("Alamat pos Anda").fill("Jl. Ahmad Yani No. 7, Sawahlunto")
    next_step(page, "Identitas dan kontak")
    check_axe(page, axe_violations, found, "identitas")
    page.get_by_role("textbox", name="Nama Anda").fill("Andi")
    page.get_by_label("Surel").fill("andi@example.org")
    next_step(page, "Periksa dan kirim")
    check_axe(page, axe_violations, found, "periksa")
    page.get_by_role("button", name="Kembali").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Identitas dan kontak")
    next_step(page, "Periksa dan kirim")
    page.get_by_label("Saya setuju data saya dipakai").check()
    page.get_by_role("button", name="Kirim").click()
    expect(page.locator(".tracking-code")).to_be_visible()
    check_axe(page, axe_violations, found, "confirmation")
    private_link = page.get_by_role("link", name="Buka tautan pribadi saya").get_attribute("href")
    page.get_by_role("link", name="Pantau pengajuan saya").click()
    expect(page.locator("dl.facts")).to_contain_text("Diterima")
    check_axe(page, axe_violations, found, "tracking")
    page.goto(live_wizards.url + private_link)
    expect(page.get_by_text(DESCRIPTION)).to_be_visible()
    check_axe(page, axe_violations, found, "private link")
    assert_no_violations(found)


def test_survey_wizard_has_no_axe_violations(live_wizards, phone, axe_violations):
    page, found = phone, {}
    page.goto(live_wizards.url + "/survei/")
    check_axe(page, axe_violations, found, "layanan")
    page.get_by_label("Layanan apa yang Anda terima?").select_option(label="Akta Kelahiran")
    page.get_by_label("Kapan Anda menerimanya?").fill(LAST_WEEK)
    next_step(page, "Penilaian Anda")
    check_axe(page, axe_violations, found, "penilaian")
    next_step(page, "Penilaian Anda")
    check_axe(page, axe_violations, found, "penilaian with errors")
    ratings = page.locator("form").get_by_role("group")
    for index in range(9):
        ratings.nth(index).get_by_role("radio").first.check()
    next_step(page, "Tentang Anda")
    check_axe(page, axe_violations, found, "profil")
    page.get_by_label("Laki-laki").check()
    page.get_by_label("Di bawah 20").check()
    page.get_by_label("SMA/SMK").check()
    page.get_by_label("Lainnya", exact=True).check()
    page.get_by_label("Pekerjaan lainnya").fill("Pelajar")
    next_step(page, "Saran dan kirim")
    check_axe(page, axe_violations, found, "saran")
    page.get_by_role("button", name="Kirim").click()
    expect(page.get_by_role("heading", name="Terima kasih atas jawaban Anda")).to_be_visible()
    check_axe(page, axe_violations, found, "thank you")
    assert_no_violations(found)


def test_application_wizard_has_no_axe_violations(live_wizards, phone, axe_violations):
    page, found = phone, {}
    page.goto(live_wizards.url + "/ajukan/akta-kelahiran/")
    fill_applicant(page, nik="1373016508950000")
    next_step(page, "Pemohon")
    expect(page.get_by_text("Empat angka terakhir NIK (nomor urut) tidak boleh 0000.").first).to_be_visible()
    check_axe(page, axe_violations, found, "pemohon with errors")
    page.get_by_label("NIK").fill(NIK)
    next_step(page, "Kontak")
    page.get_by_label("Nomor ponsel").fill("0812 3456 7890")
    next_step(page, "Dokumen")
    check_axe(page, axe_violations, found, "dokumen")
    assert_no_violations(found)


def test_changing_documents_keeps_the_files_already_uploaded(live_wizards, phone_without_js):
    page = phone_without_js
    application_up_to_the_check_page(page, live_wizards.url)
    page.get_by_role("link", name="Ubah Dokumen").click()
    expect(
        page.get_by_text("Sudah diunggah: kk.jpg. Pilih berkas hanya bila ingin menggantinya.")
    ).to_be_visible()
    page.get_by_label("Catatan untuk petugas").fill("Saksi datang hari Senin.")
    page.get_by_role("button", name="Lanjut").click()
    expect(page.locator(".error-summary")).to_have_count(0, timeout=2000)
    expect(page.get_by_role("region", name="Dokumen")).to_contain_text("kk.jpg")
