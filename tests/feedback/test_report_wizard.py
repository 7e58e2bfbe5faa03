import re
from importlib import import_module

from django.conf import settings
from django.core import mail

import pytest
from django_tasks_db.models import DBTaskResult

from feedback.models import StatusChange, Submission
from tests.feedback.conftest import Wizard, jpeg, tracking_code

pytestmark = pytest.mark.django_db
BASE = "/aspirasi/"


@pytest.fixture
def wizard(client, site_tree, places, catalogue, django_capture_on_commit_callbacks):
    return Wizard(client, BASE, "report_wizard", django_capture_on_commit_callbacks)


def report_data(places, **overrides):
    return {
        "subject": "Jalan berlubang di Talawi",
        "description": "Lubang besar di depan sekolah membahayakan pengendara.",
        "agency": "",
        "kecamatan": places["talawi"].pk,
        "kelurahan": places["talawi_hilir"].pk,
        "event_date": "2026-11-01",
    } | overrides


def send_complaint(wizard, places, identity=None, files=None):
    assert wizard.post("jenis", {"kind": "pengaduan"}).status_code == 302
    assert wizard.post("laporan", report_data(places)).status_code == 302
    assert wizard.post("bukti", files or {}).status_code == 302
    reporter = identity or {
        "identity": "biasa",
        "name": "Rina Marlina",
        "email": "rina@example.org",
        "phone": "0812-3456-7890",
        "allow_publication": "on",
    }
    assert wizard.post("identitas", reporter).status_code == 302
    assert wizard.post("periksa", {"consent": "on"}).status_code == 302
    response = wizard.finish()
    assert response.status_code == 302 and response["Location"] == "/terkirim/"
    return wizard.client.get("/terkirim/")


def test_complaint_journey(wizard, places, client):
    start = client.get(BASE)
    assert start.status_code == 302 and start["Location"] == "/aspirasi/jenis/"
    confirmation = send_complaint(wizard, places, files={"file_1": jpeg()})
    code = tracking_code(confirmation.content.decode())
    submission = Submission.objects.get(tracking_code=code)
    assert submission.kind == "pengaduan" and submission.status == "diterima"
    assert submission.phone == "+6281234567890"  # normalised
    assert submission.kecamatan == places["talawi"] and submission.consent_at is not None
    assert submission.deadline is not None
    assert submission.attachments.count() == 1
    assert list(StatusChange.objects.filter(submission=submission).values_list("to_status", flat=True)) == [
        "diterima"
    ]
    assert "3 hari kerja" in confirmation.content.decode()
    # The receipt email, in Indonesian, with the code and the private link.
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["rina@example.org"] and code in email.subject and "Diterima" in email.subject
    assert f"/lacak/{code}/" in email.body
    assert email.alternatives and code in email.alternatives[0][0]


def test_information_request_asks_purpose_and_delivery(wizard, places):
    wizard.post("jenis", {"kind": "informasi"})
    response = wizard.post("laporan", report_data(places))
    assert response["Location"] == "/aspirasi/bukti/"
    assert wizard.post("bukti").status_code == 302
    assert wizard.client.get("/aspirasi/informasi/").status_code == 200
    wizard.post(
        "informasi", {"purpose": "Bahan skripsi", "delivery": "email", "address": "Jl. Ahmad Yani No. 7"}
    )
    wizard.post("identitas", {"identity": "biasa", "name": "Andi", "email": "andi@example.org"})
    wizard.post("periksa", {"consent": "on"})
    wizard.finish()
    submission = Submission.objects.get()
    assert submission.kind == "informasi" and submission.details == {
        "purpose": "Bahan skripsi",
        "delivery": "email",
    }


def test_anonymous_report_needs_no_contact(wizard, places):
    send_complaint(wizard, places, identity={"identity": "anonim"})
    submission = Submission.objects.get()
    assert submission.identity == "anonim" and submission.name == "" and submission.email == ""
    assert mail.outbox == []


def test_normal_report_needs_a_name_and_a_contact(wizard, places):
    wizard.post("jenis", {"kind": "aspirasi"})
    wizard.post("laporan", report_data(places))
    wizard.post("bukti")
    response = wizard.post("identitas", {"identity": "biasa"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Tulis nama Anda" in content and 'class="error-summary"' in content


def test_description_over_the_limit_is_refused_and_kept(wizard, places):
    wizard.post("jenis", {"kind": "pengaduan"})
    long_text = "kata " * 2001
    response = wizard.post("laporan", report_data(places, description=long_text))
    content = response.content.decode()
    assert "paling banyak 4000 karakter" in content
    assert long_text.strip()[:200] in content  # what was typed is still there


def test_village_must_be_in_the_district(wizard, places):
    wizard.post("jenis", {"kind": "pengaduan"})
    response = wizard.post("laporan", report_data(places, kelurahan=places["saringan"].pk))
    assert "tidak berada di kecamatan" in response.content.decode()


def test_missing_consent_is_refused(wizard, places):
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    wizard.post("bukti")
    wizard.post("identitas", {"identity": "anonim"})
    response = wizard.post("periksa", {})
    assert response.status_code == 200
    assert "Anda harus menyetujui" in response.content.decode()
    assert Submission.objects.count() == 0


def test_check_answers_page_lists_answers_with_change_links(wizard, places):
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    wizard.post("bukti")
    wizard.post("identitas", {"identity": "anonim"})
    content = wizard.client.get("/aspirasi/periksa/").content.decode()
    assert "Jalan berlubang di Talawi" in content and "Talawi Hilir" in content
    assert 'href="/aspirasi/laporan/">Ubah' in content
    # Change the subject, then come back to the check page with everything else kept.
    assert wizard.client.get("/aspirasi/laporan/").status_code == 200
    wizard.post("laporan", report_data(places, subject="Jalan rusak parah"))
    content = wizard.client.get("/aspirasi/periksa/").content.decode()
    assert "Jalan rusak parah" in content and "Lubang besar di depan sekolah" in content


def test_going_back_keeps_what_was_typed(wizard, places):
    wizard.post("jenis", {"kind": "pengaduan"})
    response = wizard.post("laporan", {"subject": "Belum selesai"}, wizard_goto_step="jenis")
    assert response["Location"] == "/aspirasi/jenis/"
    assert 'value="Belum selesai"' in wizard.client.get("/aspirasi/laporan/").content.decode()


def test_uploads_survive_moving_between_steps(wizard, places):
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    wizard.post("bukti", {"file_1": jpeg("bukti-lubang.jpg")})
    content = wizard.client.get("/aspirasi/bukti/").content.decode()
    assert "Sudah diunggah: bukti-lubang.jpg" in content
    # Screen readers hear it too, then the hint on types and size.
    assert 'aria-describedby="id_bukti-file_1-stored id_bukti-file_1-hint"' in content


def test_disguised_upload_is_refused_and_other_answers_kept(wizard, places):
    from django.core.files.uploadedfile import SimpleUploadedFile

    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    fake = SimpleUploadedFile("foto.jpg", b"MZ\x90\x00 this is an executable", content_type="image/jpeg")
    response = wizard.post("bukti", {"file_1": fake})
    assert response.status_code == 200
    assert "Unggah foto (JPEG, PNG atau WebP) atau berkas PDF." in response.content.decode()
    assert "Jalan berlubang" in wizard.client.get("/aspirasi/laporan/").content.decode()


def test_double_submission_creates_one(wizard, places, client):
    send_complaint(wizard, places)
    again = wizard.finish()  # back-and-resubmit, or a second click on the last step
    assert again.status_code == 302
    assert Submission.objects.count() == 1


def test_expired_session_restarts_politely(client, site_tree, places):
    response = client.get("/aspirasi/identitas/", follow=True)
    assert response.redirect_chain[-1][0] == "/aspirasi/jenis/"
    assert "Sesi Anda telah berakhir" in response.content.decode()
    assert Submission.objects.count() == 0


def test_honeypot_creates_nothing(wizard, places):
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    wizard.post("bukti")
    wizard.post("identitas", {"identity": "anonim"})
    wizard.post("periksa", {"consent": "on", "website": "http://spam.example"})
    assert wizard.finish()["Location"] == "/terkirim/"
    assert Submission.objects.count() == 0


def test_script_in_description_is_escaped_on_the_private_page(wizard, places, client):
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places, description="<script>alert('x')</script> jalan rusak"))
    wizard.post("bukti")
    wizard.post("identitas", {"identity": "anonim"})
    wizard.post("periksa", {"consent": "on"})
    wizard.finish()
    confirmation = client.get("/terkirim/").content.decode()
    link = re.search(r'href="(/lacak/[^"]+)"', confirmation).group(1)
    detail = client.get(link).content.decode()
    assert "<script>alert('x')</script>" not in detail and "&lt;script&gt;" in detail


def test_english_journey_sends_an_english_receipt(
    client, site_tree, places, catalogue, django_capture_on_commit_callbacks
):
    wizard = Wizard(client, "/en/aspirasi/", "report_wizard", django_capture_on_commit_callbacks)
    wizard.post("jenis", {"kind": "aspirasi"})
    wizard.post("laporan", report_data(places))
    wizard.post("bukti")
    wizard.post("identitas", {"identity": "biasa", "name": "Sam", "email": "sam@example.org"})
    wizard.post("periksa", {"consent": "on"})
    assert wizard.finish()["Location"] == "/en/terkirim/"
    assert Submission.objects.get().language == "en"
    assert mail.outbox[0].subject.startswith("Received: your submission")


def test_step_query_budgets(wizard, places, django_assert_max_num_queries):
    wizard.client.get("/aspirasi/jenis/")  # a running server has the menu and settings cached
    with django_assert_max_num_queries(12):
        wizard.client.get("/aspirasi/jenis/")
    with django_assert_max_num_queries(12):
        wizard.post("jenis", {"kind": "pengaduan"})
    with django_assert_max_num_queries(12):
        wizard.client.get("/aspirasi/laporan/")
    with django_assert_max_num_queries(12):
        wizard.post("laporan", report_data(places))
    wizard.post("bukti", {"file_1": jpeg()})
    wizard.post("identitas", {"identity": "anonim"})
    with django_assert_max_num_queries(12):
        wizard.client.get("/aspirasi/periksa/")
    wizard.post("periksa", {"consent": "on"})
    with django_assert_max_num_queries(25):
        assert wizard.finish().status_code == 302


def test_the_done_step_repeated_after_a_lost_session_write_saves_once(client, site_tree, places, catalogue):
    """An app node died after saving the report, before writing the session; the step is retried."""
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    wizard.post("bukti")
    wizard.post("identitas", {"identity": "anonim"})
    wizard.post("periksa", {"consent": "on"})
    store = import_module(settings.SESSION_ENGINE).SessionStore
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    before_done = dict(store(session_key).load())
    assert wizard.finish()["Location"] == "/terkirim/"
    # The node died after the commit, before its session write: the session is as it was.
    session = store(session_key)
    session.clear()
    session.update(before_done)
    session.save()
    assert wizard.finish()["Location"] == "/terkirim/"  # the retry (nginx's or the client's)
    assert Submission.objects.count() == 1


def test_the_queued_receipt_keeps_the_secret_link_encrypted(wizard, places, settings):
    # Production's database queue keeps task arguments in a table: the secret must not be readable there.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    confirmation = send_complaint(wizard, places).content.decode()
    code = tracking_code(confirmation)
    secret = re.search(rf"/lacak/{code}/([\w-]+)/", confirmation).group(1)
    queued = DBTaskResult.objects.get(task_path="feedback.tasks.send_receipt")
    assert queued.args_kwargs["args"][0] == Submission.objects.get(tracking_code=code).pk
    assert secret not in str(queued.args_kwargs) and len(mail.outbox) == 0
