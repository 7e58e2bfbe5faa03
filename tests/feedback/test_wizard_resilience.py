"""The wizards whatever the resident does: a double tap on "Kirim", a late or repeated last step, a
session or an upload that expired, a language switch half-way, and a shared connection (issue 18)."""

import os
import re
import time
from importlib import import_module
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import Client

import pytest

from feedback.models import Submission, SurveyResponse
from feedback.wizards import wizard_file_storage
from home.demo import publish_translation
from tests.feedback.conftest import Wizard, jpeg, tracking_code
from tests.feedback.test_report_wizard import report_data

KEY_RE = re.compile(r'name="submission_key" value="([0-9a-f]{32})"')
PRIVATE_LINK = "Buka tautan pribadi saya"
LOST_FILE = "tidak tersedia lagi"  # "… is no longer available, please choose it again"
NIK = "1373016508950001"


def applicant(places):
    return {
        "name": "Siti Rahmah",
        "nik": NIK,
        "birth_date": "1995-08-25",
        "address": "Jalan Merdeka No. 5, RT 002",
        "kecamatan": places["barangin"].pk,
        "kelurahan": places["saringan"].pk,
    }


def document_fields(client, base="/ajukan/akta-kelahiran/"):
    return re.findall(r'name="dokumen-(doc_[0-9a-f]+)"', client.get(f"{base}dokumen/").content.decode())


def fill_report(wizard, places, evidence=True):
    """Every step of a complaint up to "Periksa dan kirim", with a photo as evidence."""
    assert wizard.post("jenis", {"kind": "pengaduan"}).status_code == 302
    assert wizard.post("laporan", report_data(places)).status_code == 302
    assert wizard.post("bukti", {"file_1": jpeg("lampu.jpg")} if evidence else {}).status_code == 302
    reporter = {"identity": "biasa", "name": "Rina", "email": "rina@example.org"}
    assert wizard.post("identitas", reporter).status_code == 302


def fill_application(wizard, places):
    assert wizard.post("pemohon", applicant(places)).status_code == 302
    assert wizard.post("kontak", {"email": "siti@example.org"}).status_code == 302
    first, second = document_fields(wizard.client, wizard.base_url)
    files = {first: jpeg("surat-lahir.jpg"), second: jpeg("kk.jpg")}
    assert wizard.post("dokumen", files).status_code == 302


def fill_survey(wizard, catalogue):
    wizard.post("layanan", {"service": catalogue.birth_certificate.pk, "service_date": "2026-11-02"})
    wizard.post("penilaian", {f"u{n}": "4" for n in range(1, 10)})
    wizard.post("profil", {"gender": "P", "age_band": "30-39", "education": "SMA", "occupation": "WIRAUSAHA"})


# name: (base URL, wizard prefix, last step, its answers)
WIZARDS = {
    "report": ("/aspirasi/", "report_wizard", "periksa", {"consent": "on"}),
    "application": ("/ajukan/akta-kelahiran/", "apply_akta-kelahiran", "periksa", {"consent": "on"}),
    "survey": ("/survei/", "survey_wizard", "saran", {"suggestion": "Tambah kursi."}),
}


def start(name, client, places, catalogue):
    base, prefix, _last, _answers = WIZARDS[name]
    wizard = Wizard(client, base, prefix)
    if name == "report":
        fill_report(wizard, places)
    elif name == "application":
        fill_application(wizard, places)
    else:
        fill_survey(wizard, catalogue)
    return wizard


def last_step_form(client, name):
    """The last step as the browser shows it: its answers and the hidden key of this run."""
    base, prefix, last, answers = WIZARDS[name]
    page = client.get(f"{base}{last}/").content.decode()
    match = KEY_RE.search(page)
    assert match, "the last step carries the run's key"
    return {f"{prefix}-current_step": last, "submission_key": match.group(1)} | {
        f"{last}-{field}": value for field, value in answers.items()
    }


def send(client, name, form):
    """Tap "Kirim": the POST and the redirects the browser follows, to the page it ends on."""
    base, _prefix, last, _answers = WIZARDS[name]
    response = client.post(f"{base}{last}/", form, follow=True)
    assert response.status_code == 200
    return response


def saved_rows(name):
    return SurveyResponse.objects.count() if name == "survey" else Submission.objects.count()


def shows_the_saved_submission(name, response):
    """The confirmation of what was saved: its code (a survey has none: the thank-you page)."""
    content = response.content.decode()
    assert response.redirect_chain[-1][0].endswith("/terkirim/"), response.redirect_chain
    if name == "survey":
        assert "Terima kasih atas jawaban Anda" in content
        return None
    code = tracking_code(content)
    assert code == Submission.objects.get().tracking_code
    return content


def session_store(client):
    store = import_module(settings.SESSION_ENGINE).SessionStore
    return store(client.cookies[settings.SESSION_COOKIE_NAME].value)


# --- 1. An idempotent final step ----------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("name", WIZARDS)
def test_the_same_final_form_sent_twice_shows_the_saved_submission(client, places, catalogue, name):
    """One tap after the other (the first answer never reached the phone, or the back button)."""
    start(name, client, places, catalogue)
    form = last_step_form(client, name)
    first = send(client, name, form)
    content = shows_the_saved_submission(name, first)
    again = send(client, name, form)
    assert shows_the_saved_submission(name, again) == content  # the private link too: same browser
    assert saved_rows(name) == 1
    if name != "survey":
        assert PRIVATE_LINK in content


@pytest.mark.django_db
@pytest.mark.parametrize("name", WIZARDS)
def test_a_double_tap_whose_requests_overlap_saves_once_and_shows_the_code(client, places, catalogue, name):
    """The second request read the session before the first one wrote it: its uploads are gone."""
    start(name, client, places, catalogue)
    form = last_step_form(client, name)
    before = dict(session_store(client).load())
    first = send(client, name, form)
    # The second request began with the session as it was before the first one ended.
    session = session_store(client)
    session.clear()
    session.update(before)
    session.save()
    second = send(client, name, form)
    assert shows_the_saved_submission(name, second) == shows_the_saved_submission(name, first)
    assert saved_rows(name) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("name", WIZARDS)
def test_a_late_final_post_without_the_session_finds_the_saved_submission(client, places, catalogue, name):
    """From another browser tab after the session expired: the code, but not the private link."""
    start(name, client, places, catalogue)
    form = last_step_form(client, name)
    send(client, name, form)
    stranger = Client()  # no session at all: an expired one looks the same
    content = shows_the_saved_submission(name, send(stranger, name, form))
    assert saved_rows(name) == 1
    if content:
        assert PRIVATE_LINK not in content


@pytest.mark.django_db
def test_a_key_that_was_never_sent_does_not_reveal_anything(client, places, catalogue):
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places)
    form = last_step_form(client, "report") | {"submission_key": "0" * 32}
    stranger = Client()
    response = stranger.post("/aspirasi/periksa/", form, follow=True)
    assert response.redirect_chain[-1][0] == "/aspirasi/jenis/"
    assert "Sesi Anda telah berakhir" in response.content.decode()  # said, not a blank step 1
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_the_final_post_after_the_session_expired_says_so(client, places, catalogue):
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places)
    form = last_step_form(client, "report")
    session_store(client).delete()  # expired: the store forgot it
    response = client.post("/aspirasi/periksa/", form, follow=True)
    assert response.redirect_chain[-1][0] == "/aspirasi/jenis/"
    assert "Sesi Anda telah berakhir" in response.content.decode()
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_a_bot_filling_the_hidden_field_is_thanked_and_nothing_is_saved(client, places, catalogue):
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places)
    form = last_step_form(client, "report") | {"periksa-website": "http://spam.example"}
    response = client.post("/aspirasi/periksa/", form, follow=True)
    assert response.status_code == 200 and Submission.objects.count() == 0


# The same double tap on the live server, two threads at once: test_repeated_last_step.py.


# --- 9. Uploads and sessions expire together ------------------------------------------------------


def run_uploads(client):
    """The files this browser's wizards keep waiting (other tests may have their own in the folder)."""
    session = session_store(client).load()
    return [
        Path(wizard_file_storage.path(stored["tmp_name"]))
        for key, data in session.items()
        if key.startswith("wizard_")
        for files in data["step_files"].values()
        for stored in files.values()
    ]


def remove_wizard_uploads(client):
    """What clean_wizard_uploads does to old files, or a replaced disk."""
    uploads = run_uploads(client)
    assert uploads
    for path in uploads:
        path.unlink()


@pytest.mark.django_db
def test_a_lost_upload_sends_the_resident_back_to_the_evidence_step(client, places, catalogue):
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places)
    remove_wizard_uploads(client)  # the cleaner ran, or the disk was replaced
    review = client.get("/aspirasi/periksa/", follow=True)
    assert review.redirect_chain[-1][0] == "/aspirasi/bukti/"
    content = review.content.decode()
    assert LOST_FILE in content and "lampu.jpg" in content
    assert "Sudah diunggah" not in content  # the lost file is not offered as uploaded
    # Until the step is sent again, the check page sends the resident back to it.
    assert client.get("/aspirasi/periksa/")["Location"] == "/aspirasi/bukti/"
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    assert wizard.post("bukti", {"file_1": jpeg("lampu-lagi.jpg")}).status_code == 302
    review = client.get("/aspirasi/periksa/").content.decode()
    assert "Jalan berlubang di Talawi" in review and "lampu-lagi.jpg" in review


@pytest.mark.django_db
def test_the_evidence_step_with_a_lost_upload_is_not_a_500(client, places, catalogue):
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places)
    remove_wizard_uploads(client)
    response = client.get("/aspirasi/bukti/")
    assert response.status_code == 200
    assert LOST_FILE in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["report", "application"])
def test_a_final_post_after_the_uploads_were_cleaned_goes_back_to_their_step(client, places, catalogue, name):
    start(name, client, places, catalogue)
    form = last_step_form(client, name)
    remove_wizard_uploads(client)
    response = send(client, name, form)
    step = {"report": "bukti", "application": "dokumen"}[name]
    assert response.redirect_chain[-1][0].endswith(f"/{step}/")
    assert LOST_FILE in response.content.decode()
    assert saved_rows(name) == 0


@pytest.mark.django_db
def test_a_lost_document_must_be_chosen_again_before_sending(client, places, catalogue):
    wizard = start("application", client, places, catalogue)
    remove_wizard_uploads(client)
    first, second = document_fields(client)
    page = client.get("/ajukan/akta-kelahiran/dokumen/").content.decode()
    assert "surat-lahir.jpg" in page and LOST_FILE in page
    response = wizard.post("dokumen", {first: jpeg("surat-lahir-baru.jpg")})
    assert response.status_code == 200  # the family card is still missing
    assert wizard.post("dokumen", {second: jpeg("kk-baru.jpg")}).status_code == 302
    form = last_step_form(client, "application")
    shows_the_saved_submission("application", send(client, "application", form))
    assert Submission.objects.get().attachments.count() == 2


def test_uploads_are_kept_as_long_as_the_wizard_session_can_live(settings):
    """The cleaner removes only files older than the session lifetime; younger ones stay."""
    root = Path(wizard_file_storage.location)
    root.mkdir(parents=True, exist_ok=True)
    old, recent = root / "expired-upload.jpg", root / "three-days-old.jpg"
    old.write_bytes(b"old")
    recent.write_bytes(b"recent")
    three_days = time.time() - 3 * 24 * 60 * 60
    os.utime(recent, (three_days, three_days))
    beyond = time.time() - settings.SESSION_COOKIE_AGE - 60
    os.utime(old, (beyond, beyond))
    out = StringIO()
    call_command("clean_wizard_uploads", stdout=out)
    assert not old.exists() and recent.exists()
    recent.unlink()


@pytest.mark.django_db
def test_a_resident_working_on_the_wizard_keeps_the_uploads_fresh(client, places, catalogue):
    """Each visit renews the session, and the files with it: the cleaner never removes a live one."""
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places)
    (upload,) = run_uploads(client)
    long_ago = time.time() - settings.SESSION_COOKIE_AGE + 60 * 60
    os.utime(upload, (long_ago, long_ago))
    client.get("/aspirasi/periksa/")
    call_command("clean_wizard_uploads", hours=settings.SESSION_COOKIE_AGE // 3600 - 2, stdout=StringIO())
    assert upload.exists()


# --- 5. Valid files are kept across a failed step ------------------------------------------------


@pytest.mark.django_db
def test_a_valid_document_is_kept_when_another_field_fails(client, places, catalogue):
    wizard = Wizard(client, "/ajukan/akta-kelahiran/", "apply_akta-kelahiran")
    wizard.post("pemohon", applicant(places))
    wizard.post("kontak", {"email": "siti@example.org"})
    first, second = document_fields(client)
    failed = wizard.post("dokumen", {first: jpeg("surat-lahir.jpg"), "notes": "x" * 1001})
    assert failed.status_code == 200
    content = failed.content.decode()
    assert "Sudah diunggah: surat-lahir.jpg" in content
    # The resident fixes the note and adds the second file only.
    assert wizard.post("dokumen", {second: jpeg("kk.jpg"), "notes": "Anak kedua"}).status_code == 302
    review = client.get("/ajukan/akta-kelahiran/periksa/").content.decode()
    assert "surat-lahir.jpg" in review and "kk.jpg" in review


@pytest.mark.django_db
def test_a_valid_photo_is_kept_when_another_evidence_file_is_refused(client, places, catalogue):
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    not_a_photo = StringIO("<html>not a photo</html>")
    not_a_photo.name = "foto.jpg"
    failed = wizard.post("bukti", {"file_1": jpeg("lampu.jpg"), "file_2": not_a_photo})
    assert failed.status_code == 200
    content = failed.content.decode()
    assert "Sudah diunggah: lampu.jpg" in content and "Sudah diunggah: foto.jpg" not in content
    assert wizard.post("bukti", {}).status_code == 302
    wizard.post("identitas", {"identity": "anonim"})
    assert "lampu.jpg" in client.get("/aspirasi/periksa/").content.decode()


# --- 4. Limits that fit shared connections ------------------------------------------------------


@pytest.mark.django_db
def test_thirty_residents_behind_one_address_each_send_a_report(site_tree, places, catalogue):
    codes = set()
    for _resident in range(30):
        client = Client(REMOTE_ADDR="36.68.10.20")  # one carrier-grade NAT address
        fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places, evidence=False)
        codes.add(shows_the_saved_submission_code(send(client, "report", last_step_form(client, "report"))))
    assert len(codes) == 30 and Submission.objects.count() == 30


def shows_the_saved_submission_code(response):
    assert response.redirect_chain[-1][0] == "/terkirim/"
    return tracking_code(response.content.decode())


@pytest.mark.django_db
def test_a_browser_at_its_limit_is_told_at_the_first_step(client, places, catalogue, settings):
    assert settings.SUBMISSIONS_PER_HOUR == 10
    for _report in range(10):
        fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places, evidence=False)
        send(client, "report", last_step_form(client, "report"))
    assert Submission.objects.count() == 10
    first_step = client.get("/aspirasi/", follow=True).content.decode()
    assert "Terlalu banyak formulir" in first_step
    # …and the eleventh is still refused at the end, should the resident go on.
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places, evidence=False)
    response = send(client, "report", last_step_form(client, "report"))
    assert response.redirect_chain[-1][0] == "/aspirasi/periksa/"
    assert Submission.objects.count() == 10
    # A neighbour on the same connection is not blocked.
    neighbour = Client()
    assert "Terlalu banyak formulir" not in neighbour.get("/aspirasi/", follow=True).content.decode()


@pytest.mark.django_db
def test_a_browser_close_to_its_limit_is_told_how_many_it_may_still_send(client, places, catalogue):
    for _report in range(8):
        fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places, evidence=False)
        send(client, "report", last_step_form(client, "report"))
    first_step = client.get("/survei/", follow=True).content.decode()  # the limit counts every form
    assert "2 formulir lagi" in first_step


@pytest.mark.django_db
def test_the_address_ceiling_still_holds(places, catalogue, settings):
    settings.SUBMISSIONS_PER_ADDRESS_PER_HOUR = 3
    for resident in range(4):
        client = Client(REMOTE_ADDR="36.68.10.20")
        if resident == 3:
            assert "Terlalu banyak formulir" in client.get("/aspirasi/", follow=True).content.decode()
        fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places, evidence=False)
        send(client, "report", last_step_form(client, "report"))
    assert Submission.objects.count() == 3


# --- 3. The language switch inside a wizard ----------------------------------------------------


@pytest.fixture
def english_service(catalogue):
    """The English birth-certificate page, translated again after the uploads were added."""
    return publish_translation(
        catalogue.birth_certificate,
        catalogue.birth_certificate_en.locale,
        {"Akta Kelahiran": "Birth Certificate", "akta-kelahiran": "birth-certificate"},
    )


def switch_language(client, path):
    """Follow the page's "English"/"Bahasa Indonesia" link, as a resident taps it."""
    page = client.get(path).content.decode()
    nav = re.search(r'<nav class="language-switch".*?</nav>', page, re.S).group(0)
    link = re.search(r'href="([^"]+)"', nav).group(1)
    return client.get(link, follow=True)


REPORT_STEPS = ["jenis", "laporan", "bukti", "informasi", "identitas", "periksa"]


@pytest.mark.django_db
@pytest.mark.parametrize("step", REPORT_STEPS)
def test_the_language_switch_keeps_the_report_wizard_step_and_answers(client, places, catalogue, step):
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    answers = {
        "jenis": {"kind": "informasi"},
        "laporan": report_data(places, agency=catalogue.disdukcapil.pk),
        "bukti": {"file_1": jpeg("lampu.jpg")},
        "informasi": {"purpose": "Tugas sekolah", "delivery": "email", "address": "Jl. Merdeka 5"},
        "identitas": {"identity": "biasa", "name": "Rina", "email": "rina@example.org"},
    }
    answered = REPORT_STEPS[: REPORT_STEPS.index(step)]
    for name in answered:
        assert wizard.post(name, answers[name]).status_code == 302, name
    english = switch_language(client, f"/aspirasi/{step}/")
    assert english.status_code == 200
    assert english.request["PATH_INFO"] == f"/en/aspirasi/{step}/"
    if "laporan" in answered:
        report = client.get("/en/aspirasi/laporan/").content.decode()
        agency_en = catalogue.disdukcapil.get_translation(catalogue.birth_certificate_en.locale)
        assert 'value="Jalan berlubang di Talawi"' in report
        assert re.search(rf'<option value="{agency_en.pk}" selected>', report)  # the agency, in English
    if step == "periksa":
        content = english.content.decode()
        assert "Jalan berlubang di Talawi" in content and "lampu.jpg" in content
        assert "Civil Registration Office" in content and "Tugas sekolah" in content
    back = switch_language(client, f"/en/aspirasi/{step}/")
    assert back.status_code == 200 and back.request["PATH_INFO"] == f"/aspirasi/{step}/"
    if step == "periksa":
        form = last_step_form(client, "report")
        shows_the_saved_submission("report", send(client, "report", form))
        assert Submission.objects.get().agency == catalogue.disdukcapil


APPLICATION_STEPS = ["pemohon", "kontak", "dokumen", "periksa"]


@pytest.mark.django_db
@pytest.mark.parametrize("step", APPLICATION_STEPS)
def test_the_language_switch_keeps_the_application_step_and_answers(
    client, places, catalogue, english_service, step
):
    wizard = Wizard(client, "/ajukan/akta-kelahiran/", "apply_akta-kelahiran")
    answered = APPLICATION_STEPS[: APPLICATION_STEPS.index(step)]
    if "pemohon" in answered:
        wizard.post("pemohon", applicant(places))
    if "kontak" in answered:
        wizard.post("kontak", {"email": "siti@example.org"})
    if "dokumen" in answered:
        first, second = document_fields(client)
        assert (
            wizard.post("dokumen", {first: jpeg("surat-lahir.jpg"), second: jpeg("kk.jpg")}).status_code
            == 302
        )
    english = switch_language(client, f"/ajukan/akta-kelahiran/{step}/")
    assert english.status_code == 200
    assert english.request["PATH_INFO"] == f"/en/ajukan/birth-certificate/{step}/"
    content = english.content.decode()
    assert "Birth Certificate" in content
    if step == "kontak":
        assert 'value="Siti Rahmah"' in client.get("/en/ajukan/birth-certificate/pemohon/").content.decode()
    back = switch_language(client, f"/en/ajukan/birth-certificate/{step}/")
    assert back.status_code == 200 and back.request["PATH_INFO"] == f"/ajukan/akta-kelahiran/{step}/"
    if step == "periksa":
        assert "Siti Rahmah" in content and "surat-lahir.jpg" in content and "kk.jpg" in content
        # Sent from the English page: one application, with both documents.
        form = {
            "apply_akta-kelahiran-current_step": "periksa",
            "periksa-consent": "on",
            "submission_key": KEY_RE.search(content).group(1),
        }
        sent = client.post("/en/ajukan/birth-certificate/periksa/", form, follow=True)
        assert sent.redirect_chain[-1][0] == "/en/terkirim/"
        submission = Submission.objects.get()
        assert submission.attachments.count() == 2 and submission.name == "Siti Rahmah"


SURVEY_STEPS = ["layanan", "penilaian", "profil", "saran"]


@pytest.mark.django_db
@pytest.mark.parametrize("step", SURVEY_STEPS)
def test_the_language_switch_keeps_the_survey_step_and_answers(client, places, catalogue, step):
    wizard = Wizard(client, "/survei/", "survey_wizard")
    steps = {
        "layanan": {"service": catalogue.birth_certificate.pk, "service_date": "2026-11-02"},
        "penilaian": {f"u{n}": "4" for n in range(1, 10)},
        "profil": {"gender": "P", "age_band": "30-39", "education": "SMA", "occupation": "WIRAUSAHA"},
    }
    for name in SURVEY_STEPS[: SURVEY_STEPS.index(step)]:
        assert wizard.post(name, steps[name]).status_code == 302
    english = switch_language(client, f"/survei/{step}/")
    assert english.status_code == 200
    assert english.request["PATH_INFO"] == f"/en/survei/{step}/"
    if step == "penilaian":
        layanan = client.get("/en/survei/layanan/").content.decode()
        assert re.search(rf'<option value="{catalogue.birth_certificate_en.pk}" selected>', layanan)
    if step == "saran":
        sent = client.post(
            "/en/survei/saran/",
            {"survey_wizard-current_step": "saran", "saran-suggestion": "More chairs."},
            follow=True,
        )
        assert sent.redirect_chain[-1][0] == "/en/terkirim/"
        assert SurveyResponse.objects.get().suggestion == "More chairs."
