import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client

import pytest

from feedback.models import Attachment, StatusChange, Submission, SurveyResponse
from tests.feedback.conftest import Wizard

pytestmark = pytest.mark.django_db


def make_submission(catalogue, **fields):
    defaults = {
        "kind": "pengaduan",
        "tracking_code": "SWL-2611-7KQ4M2",
        "status": "ditindaklanjuti",
        "agency": catalogue.disdukcapil,
        "name": "Budi Santoso",
        "nik": "1373011208850003",
        "email": "budi@example.org",
        "phone": "+6281234567890",
        "subject": "Antrean terlalu lama",
        "description": "Menunggu tiga jam di loket.",
        "submission_key": "k1",
        "public_answer": "Petugas ditambah mulai minggu depan.",
    }
    submission = Submission(**(defaults | fields))
    secret = submission.set_secret()
    submission.save()
    StatusChange.objects.create(submission=submission, to_status="diterima")
    StatusChange.objects.create(
        submission=submission,
        from_status="diterima",
        to_status="ditindaklanjuti",
        public_note="Diteruskan ke Disdukcapil.",
        internal_note="Cek CCTV loket 3",
    )
    return submission, secret


def test_survey_journey_uses_each_elements_own_labels(client, catalogue):
    wizard = Wizard(client, "/survei/", "survey_wizard")
    wizard.post("layanan", {"service": catalogue.birth_certificate.pk, "service_date": "2026-11-02"})
    ratings_page = client.get("/survei/penilaian/").content.decode()
    for label in [
        "Sangat sesuai",
        "Tidak mudah",
        "Sangat cepat",
        "Gratis",
        "Sangat sopan dan ramah",
        "Dikelola dengan baik",
    ]:
        assert label in ratings_page, label
    wizard.post("penilaian", {f"u{n}": "4" if n % 2 else "3" for n in range(1, 10)})
    wizard.post("profil", {"gender": "P", "age_band": "30-39", "education": "SMA", "occupation": "WIRAUSAHA"})
    wizard.post("saran", {"suggestion": "Tambah kursi antrean."})
    assert wizard.finish()["Location"] == "/terkirim/"
    response = SurveyResponse.objects.get()
    assert (response.u1, response.u2, response.service_id) == (4, 3, catalogue.birth_certificate.pk)
    assert response.agency == catalogue.disdukcapil and response.suggestion == "Tambah kursi antrean."


def test_survey_requires_every_element(client, catalogue):
    wizard = Wizard(client, "/survei/", "survey_wizard")
    wizard.post("layanan", {"service": catalogue.birth_certificate.pk, "service_date": "2026-11-02"})
    response = wizard.post("penilaian", {"u1": "4"})
    assert response.content.decode().count("Pilih satu jawaban.") >= 8


def test_survey_from_a_resolved_application_is_prefilled_once(client, catalogue):
    submission, _secret = make_submission(
        catalogue, kind="permohonan", status="selesai", service=catalogue.birth_certificate
    )
    page = client.get(f"/survei/?kode={submission.tracking_code}", follow=True).content.decode()
    assert re.search(rf'<option value="{catalogue.birth_certificate.pk}" selected>', page)
    wizard = Wizard(client, "/survei/", "survey_wizard")
    wizard.post("layanan", {"service": catalogue.birth_certificate.pk, "service_date": "2026-11-02"})
    wizard.post("penilaian", {f"u{n}": "3" for n in range(1, 10)})
    wizard.post("profil", {"gender": "L", "age_band": "40-49", "education": "SMA", "occupation": "PNS"})
    wizard.post("saran", {})
    wizard.finish()
    assert SurveyResponse.objects.get().submission == submission


def test_tracking_page_shows_status_and_answers_but_no_personal_data(client, catalogue):
    submission, _secret = make_submission(catalogue)
    content = client.get("/lacak/", {"kode": "swl 2611 7kq4m2"}).content.decode()
    assert "Sedang ditindaklanjuti" in content or "ditindaklanjuti" in content.lower()
    assert "Diteruskan ke Disdukcapil." in content and "Petugas ditambah" in content
    for private in ["Budi Santoso", "1373011208850003", "1373", "budi@example.org", "812345", "Cek CCTV"]:
        assert private not in content, private
    assert "Menunggu tiga jam" not in content  # details need the private link


def test_confidential_report_shows_only_its_status(client, catalogue):
    make_submission(catalogue, identity="rahasia")
    content = client.get("/lacak/", {"kode": "SWL-2611-7KQ4M2"}).content.decode()
    assert "Diteruskan ke Disdukcapil." not in content and "Petugas ditambah" not in content
    assert "Dinas Kependudukan" not in content


def test_unknown_code_gets_a_clear_message(client, site_tree):
    content = client.get("/lacak/", {"kode": "SWL-2611-ZZZZZZ"}).content.decode()
    assert "Kami tidak menemukan" in content


def test_tracking_is_rate_limited(client, site_tree):
    for _ in range(20):
        client.get("/lacak/", {"kode": "SWL-2611-ZZZZZZ"})
    assert client.get("/lacak/", {"kode": "SWL-2611-ZZZZZZ"}).status_code == 429


def test_private_link_shows_details_and_a_wrong_one_does_not(client, catalogue):
    submission, secret = make_submission(catalogue)
    content = client.get(f"/lacak/{submission.tracking_code}/{secret}/").content.decode()
    assert "Menunggu tiga jam di loket." in content and "1373********0003" in content
    assert client.get(f"/lacak/{submission.tracking_code}/salah/").status_code == 404
    assert client.get(f"/lacak/SWL-2611-ZZZZZZ/{secret}/").status_code == 404


def test_requested_document_is_uploaded_through_the_private_link(client, catalogue):
    from tests.feedback.conftest import jpeg

    submission, secret = make_submission(catalogue, status="menunggu_kelengkapan")
    url = f"/lacak/{submission.tracking_code}/{secret}/"
    response = client.post(url, {"document": jpeg("kk-baru.jpg")})
    assert response.status_code == 302
    assert submission.attachments.count() == 1


def staff(username, role=None, agency=None):
    from django.contrib.auth.models import Group

    from feedback.demo import ensure_role_groups
    from feedback.models import AgencyMembership

    ensure_role_groups()  # the back-office groups as `setup` makes them, with admin access
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x", is_staff=True)
    if role:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    if agency:
        AgencyMembership.objects.create(user=user, agency=agency)
    client = Client()
    client.force_login(user)
    return client


def test_attachments_open_only_for_staff_who_may_see_the_submission(client, catalogue):
    submission, _secret = make_submission(catalogue)  # a Disdukcapil submission
    attachment = Attachment(submission=submission, label="KTP", content_type="image/jpeg", size=3)
    attachment.file.save("a.jpg", ContentFile(b"abc"), save=True)
    url = f"/berkas/{attachment.pk}/"
    assert client.get(url).status_code == 302  # anonymous: to the admin login
    assert staff("tanpaperan").get(url).status_code == 403  # staff without admin access or a role
    assert staff("petugas.dinkes", "Petugas OPD", catalogue.dinkes).get(url).status_code == 404
    officer = staff("petugas.dukcapil", "Petugas OPD", catalogue.disdukcapil).get(url)
    assert officer.status_code == 200 and b"".join(officer.streaming_content) == b"abc"
    assert officer["Content-Disposition"].startswith("attachment;")
    assert staff("koordinator", "Koordinator Pengaduan").get(url).status_code == 200
    assert attachment.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
