"""Online applications ask only what applies: conditional documents, alternatives, service questions, ages."""

import datetime
import re

from django.utils import timezone

import pytest

from feedback.models import Submission
from feedback.retention import purge_on_request
from privacy.copy import submissions_copy
from services_catalog.factories import ServicePageFactory, stream
from tests.feedback.conftest import Wizard, jpeg, tracking_code

pytestmark = pytest.mark.django_db


def requirement(name, upload=True, **conditions):
    return {
        "name": name,
        "note": "",
        "original_required": True,
        "copies": 1,
        "upload": upload,
        "alternative": "",
        "age_condition": "",
        "age": None,
        "marital_condition": "",
        "question": "",
        "answer": "",
        **conditions,
    }


def question(key, label, kind="text", required=True, choices="", help_text=""):
    return {
        "key": key,
        "label": label,
        "kind": kind,
        "choices": choices,
        "required": required,
        "help_text": help_text,
    }


def born(years):
    """A birth date `years` years and about a month ago (the birthday has passed)."""
    today = timezone.localdate()
    return today.replace(year=today.year - years, day=min(today.day, 28)) - datetime.timedelta(days=30)


def applicant(places, birth_date, **overrides):
    return {
        "name": "Rina Marlina",
        "nik": f"137301{birth_date:%d%m%y}0001",
        "birth_date": birth_date.isoformat(),
        "address": "Jalan Merdeka No. 5, RT 002",
        "kecamatan": places["barangin"].pk,
        "kelurahan": places["saringan"].pk,
    } | overrides


def upload_fields(client, url):
    return re.findall(r'name="dokumen-(doc_[0-9a-f]+)"', client.get(url).content.decode())


@pytest.fixture
def first_id_card(catalogue):
    """KTP-el pemula: 17 or married (UU 24/2013 Pasal 63); the marriage book only for who is under 17."""
    return ServicePageFactory(
        parent=catalogue.index,
        title="KTP-el Pemula",
        slug="ktp-el-pemula",
        agency=catalogue.disdukcapil,
        category=catalogue.population,
        online_application=True,
        minimum_age=17,
        minimum_age_unless_married=True,
        requirements=stream(
            "requirement",
            [
                requirement("Kartu Keluarga"),
                requirement("Buku nikah", age_condition="under", age=17, marital_condition="married"),
            ],
        ),
    )


@pytest.fixture
def id_wizard(client, first_id_card, places, django_capture_on_commit_callbacks):
    return Wizard(client, "/ajukan/ktp-el-pemula/", "apply_ktp-el-pemula", django_capture_on_commit_callbacks)


def test_a_twelve_year_old_is_refused_with_a_message_next_to_the_birth_date(id_wizard, places):
    response = id_wizard.post("pemohon", applicant(places, born(12), marital_status="belum_kawin"))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="id_pemohon-birth_date-error"' in content
    assert "mulai usia 17 tahun" in content and "pernah kawin" in content
    assert 'value="Rina Marlina"' in content  # what was typed stays


def test_the_applicant_step_asks_the_marital_status_only_when_a_rule_needs_it(id_wizard, client, places):
    assert 'name="pemohon-marital_status"' in client.get("/ajukan/ktp-el-pemula/pemohon/").content.decode()
    assert (
        'name="pemohon-marital_status"' not in client.get("/ajukan/akta-kelahiran/pemohon/").content.decode()
    )
    response = id_wizard.post("pemohon", applicant(places, born(20)))
    assert "Pilih status perkawinan Anda" in response.content.decode()


@pytest.mark.parametrize(
    ("age", "status", "documents"),
    [
        (16, "kawin", ["Kartu Keluarga", "Buku nikah"]),  # under 17 and married: the book makes them eligible
        (20, "kawin", ["Kartu Keluarga"]),
        (20, "belum_kawin", ["Kartu Keluarga"]),
        (17, "cerai_mati", ["Kartu Keluarga"]),
    ],
)
def test_only_the_documents_that_apply_are_asked(id_wizard, client, places, age, status, documents):
    assert id_wizard.post("pemohon", applicant(places, born(age), marital_status=status)).status_code == 302
    id_wizard.post("kontak", {"email": "rina@example.org"})
    page = client.get("/ajukan/ktp-el-pemula/dokumen/").content.decode()
    asked = [name for name in ("Kartu Keluarga", "Buku nikah") if name in page]
    assert asked == documents
    fields = upload_fields(client, "/ajukan/ktp-el-pemula/dokumen/")
    assert len(fields) == len(documents)
    # Only those are required: the step goes through with them alone, and the submission has them.
    response = id_wizard.post("dokumen", {field: jpeg() for field in fields})
    assert response.status_code == 302
    id_wizard.post("periksa", {"consent": "on"})
    id_wizard.finish()
    submission = Submission.objects.get(
        tracking_code=tracking_code(client.get("/terkirim/").content.decode())
    )
    assert sorted(submission.attachments.values_list("label", flat=True)) == sorted(documents)
    assert {"label": "Status perkawinan", "key": "status-perkawinan"}.items() <= submission.details[
        "answers"
    ][0].items()


def test_a_sixteen_year_old_who_is_not_married_is_refused(id_wizard, places):
    response = id_wizard.post("pemohon", applicant(places, born(16), marital_status="belum_kawin"))
    assert response.status_code == 200 and "mulai usia 17 tahun" in response.content.decode()


def test_changing_the_birth_date_later_asks_the_document_that_now_applies(id_wizard, client, places):
    id_wizard.post("pemohon", applicant(places, born(20), marital_status="kawin"))
    id_wizard.post("kontak", {"email": "rina@example.org"})
    fields = upload_fields(client, "/ajukan/ktp-el-pemula/dokumen/")
    id_wizard.post("dokumen", {fields[0]: jpeg()})
    id_wizard.post("pemohon", applicant(places, born(16), marital_status="kawin"))
    id_wizard.post("periksa", {"consent": "on"})
    response = id_wizard.finish()
    # The documents step no longer validates: back there, asking for the marriage book too.
    assert response.status_code == 302 and response["Location"] == "/ajukan/ktp-el-pemula/dokumen/"
    assert "Buku nikah" in client.get(response["Location"]).content.decode()
    assert not Submission.objects.exists()


@pytest.fixture
def birth_service(catalogue):
    """Akta kelahiran with SPTJMs as alternatives (Permendagri 9/2016) and questions about the child."""
    service = catalogue.birth_certificate
    service.requirements = stream(
        "requirement",
        [
            requirement("Surat keterangan lahir", alternative="SPTJM kebenaran data kelahiran"),
            requirement("Kartu Keluarga"),
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
            question("anak-ke", "Anak ke berapa", required=False),
        ],
    )
    service.save_revision().publish()
    return service


@pytest.fixture
def birth_wizard(client, birth_service, places, django_capture_on_commit_callbacks):
    wizard = Wizard(
        client, "/ajukan/akta-kelahiran/", "apply_akta-kelahiran", django_capture_on_commit_callbacks
    )
    wizard.post("pemohon", applicant(places, datetime.date(1995, 8, 25), nik="1373016508950001"))
    return wizard


CHILD = {
    "nama-anak": "Putri Aulia",
    "tempat-lahir": "Sawahlunto",
    "tanggal-lahir": "2026-11-20",
    "jenis-kelamin": "Perempuan",
    "lahir-mati": "no",
}


def test_the_service_questions_are_a_step_of_their_own(birth_wizard, client):
    page = client.get("/ajukan/akta-kelahiran/data/").content.decode()
    assert "Data layanan" in page and "Langkah 2 dari 5" in page
    assert "Nama lengkap anak" in page and "Sesuai surat keterangan lahir." in page
    assert 'type="date"' in page and 'value="Perempuan"' in page


def test_a_service_without_questions_has_no_such_step(id_wizard, client, places):
    assert "Langkah 1 dari 4" in client.get("/ajukan/ktp-el-pemula/pemohon/").content.decode()
    assert client.get("/ajukan/ktp-el-pemula/data/").status_code in (302, 404)


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        ({**CHILD, "nama-anak": ""}, "nama-anak", "harus diisi"),
        ({**CHILD, "tanggal-lahir": "20-11-2026x"}, "tanggal-lahir", "tanggal yang valid"),
        ({**CHILD, "tanggal-lahir": "2999-01-01"}, "tanggal-lahir", "tidak boleh di masa depan"),
        ({**CHILD, "jenis-kelamin": "Lainnya"}, "jenis-kelamin", "pilihan yang valid"),
    ],
)
def test_bad_answers_are_explained_next_to_the_question(birth_wizard, answers, field, message):
    response = birth_wizard.post("data", answers)
    assert response.status_code == 200
    content = response.content.decode()
    assert f'id="id_data-{field}-error"' in content and message in content
    assert 'value="Sawahlunto"' in content  # the other answers stay


def test_i_do_not_have_it_asks_the_alternative_and_the_answers_reach_the_officer(
    birth_wizard, client, birth_service, staff
):
    assert birth_wizard.post("data", CHILD).status_code == 302
    birth_wizard.post("kontak", {"email": "siti@example.org"})
    page = client.get("/ajukan/akta-kelahiran/dokumen/").content.decode()
    assert "SPTJM kebenaran data kelahiran" in page
    assert "Surat keterangan lahir mati" not in page  # the child was not stillborn
    fields = upload_fields(client, "/ajukan/akta-kelahiran/dokumen/")
    assert len(fields) == 2
    # Not saying whether they have the document is explained; the alternative is then accepted.
    response = birth_wizard.post("dokumen", {fields[0]: jpeg("sptjm.jpg"), fields[1]: jpeg("kk.jpg")})
    assert "Pilih apakah Anda memiliki dokumen ini" in response.content.decode()
    response = birth_wizard.post(
        "dokumen",
        {f"{fields[0]}_choice": "pengganti", fields[0]: jpeg("sptjm.jpg"), fields[1]: jpeg("kk.jpg")},
    )
    assert response.status_code == 302
    review = client.get("/ajukan/akta-kelahiran/periksa/").content.decode()
    assert "Putri Aulia" in review and "20 November 2026" in review
    birth_wizard.post("periksa", {"consent": "on"})
    birth_wizard.finish()

    submission = Submission.objects.get(
        tracking_code=tracking_code(client.get("/terkirim/").content.decode())
    )
    labels = set(submission.attachments.values_list("label", flat=True))
    assert labels == {"SPTJM kebenaran data kelahiran", "Kartu Keluarga"}
    answers = {answer["label"]: answer["value"] for answer in submission.details["answers"]}
    assert answers == {
        "Nama lengkap anak": "Putri Aulia",
        "Tempat lahir anak": "Sawahlunto",
        "Tanggal lahir anak": "20 November 2026",
        "Jenis kelamin anak": "Perempuan",
        "Anak lahir mati?": "Tidak",
    }

    client.force_login(staff["officer"])
    inspect = client.get(f"/admin/submissions/inspect/{submission.pk}/").content.decode()
    assert "<dt>Nama lengkap anak</dt><dd>Putri Aulia</dd>" in inspect
    assert "<dt>Tanggal lahir anak</dt><dd>20 November 2026</dd>" in inspect
    # …and the applicant's copy of their data (UU 27/2022) holds them too.
    copy = submissions_copy(Submission.objects.filter(pk=submission.pk), full_nik=False)
    assert copy["submissions"][0]["details"]["answers"] == submission.details["answers"]
    # The answers are personal data (a child's name): removed with the rest when a resident asks.
    purge_on_request([submission])
    submission.refresh_from_db()
    assert "answers" not in submission.details


def test_a_yes_no_answer_brings_in_its_requirement(birth_wizard, client):
    birth_wizard.post("data", {**CHILD, "lahir-mati": "yes"})
    birth_wizard.post("kontak", {"email": "siti@example.org"})
    page = client.get("/ajukan/akta-kelahiran/dokumen/").content.decode()
    assert "Surat keterangan lahir mati" in page
    assert len(upload_fields(client, "/ajukan/akta-kelahiran/dokumen/")) == 3
