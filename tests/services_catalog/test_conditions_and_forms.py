"""Service pages say which requirements apply when, link downloadable forms, and editors set both."""

import re

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from home.demo import DemoContext, publish_translation
from services_catalog.demo import load_catalogue
from services_catalog.demo_forms import simple_pdf
from services_catalog.factories import stream
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db


def requirement(name, **extra):
    return {"name": name, "note": "", "original_required": False, "copies": 0, "upload": True} | extra


@pytest.fixture
def form_document():
    content = simple_pdf("SURAT PERNYATAAN TIDAK MAMPU", ["Yang bertanda tangan di bawah ini:"])
    document = get_document_model()(title="Formulir Surat Pernyataan Tidak Mampu", file_size=len(content))
    document.file.save("surat-pernyataan-tidak-mampu.pdf", ContentFile(content), save=False)
    document.save()
    return document


@pytest.fixture
def conditional_service(catalogue, form_document):
    service = catalogue.birth_certificate
    service.requirements = stream(
        "requirement",
        [
            requirement("Kartu Keluarga"),
            requirement("Buku nikah", age_condition="under", age=17, marital_condition="married"),
            requirement("Surat keterangan lahir", alternative="SPTJM kebenaran data kelahiran"),
        ],
    )
    service.downloads = stream("form", [{"document": form_document.pk, "title": ""}])
    service.minimum_age = 17
    service.minimum_age_unless_married = True
    service.save_revision().publish()
    return service


def test_the_page_says_plainly_which_requirements_apply_when(client, conditional_service):
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    assert "Hanya bagi pemohon yang belum berusia 17 tahun, sudah kawin atau pernah kawin." in content
    assert "Bila tidak ada, bawalah sebagai gantinya: SPTJM kebenaran data kelahiran." in content
    assert "Permohonan daring dapat diajukan mulai usia 17 tahun" in content
    # A plain list: nothing on screen looks like a box to tick.
    assert "checklist__box" not in content


def test_the_print_checklist_lists_the_conditions_with_boxes_to_tick_on_paper(client, conditional_service):
    content = client.get("/layanan/akta-kelahiran/?cetak=1").content.decode()
    assert content.count('class="checklist__box"') == 3
    assert "belum berusia 17 tahun, sudah kawin atau pernah kawin" in content
    assert "Formulir Surat Pernyataan Tidak Mampu" in content


@pytest.mark.parametrize(
    ("query", "marriage_book"),
    [("umur=16&status=kawin", True), ("umur=25&status=kawin", False), ("umur=16&status=belum_kawin", False)],
)
def test_the_print_checklist_keeps_only_what_applies_to_the_resident(
    client, conditional_service, query, marriage_book
):
    content = client.get(f"/layanan/akta-kelahiran/?cetak=1&{query}").content.decode()
    assert ("Buku nikah" in content) is marriage_book
    assert "Kartu Keluarga" in content and "Surat keterangan lahir" in content
    assert content.count('class="checklist__box"') == (3 if marriage_book else 2)
    assert 'value="16"' in content or 'value="25"' in content  # what the resident said stays in the form


def test_the_print_checklist_explains_an_impossible_age_and_lists_everything(client, conditional_service):
    response = client.get("/layanan/akta-kelahiran/?cetak=1&umur=enam+belas&status=kawin")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Tulis usia dalam tahun penuh, misalnya 16." in content
    assert "Buku nikah" in content  # an age not understood rules nothing out


def test_a_service_without_conditions_prints_without_the_form(client, catalogue):
    content = client.get("/layanan/akta-kelahiran/?cetak=1").content.decode()
    assert "checklist-form" not in content


def test_forms_are_linked_with_their_type_and_size(client, conditional_service, form_document):
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    assert '<a href="#formulir">Formulir untuk diunduh</a>' in content
    link = re.search(
        r'<a href="([^"]+)" download>Formulir Surat Pernyataan Tidak Mampu</a> \(PDF, ([^)]+)\)', content
    )
    assert link and link.group(2)[0].isdigit()  # e.g. "1,2 KB"
    assert link.group(1) == form_document.url  # served as a file by the web server, like other media
    with form_document.file.open("rb") as pdf:
        assert pdf.read().startswith(b"%PDF-")


def test_the_english_page_shows_conditions_in_english(client, conditional_service, site_tree):
    publish_translation(conditional_service, site_tree.locale_en, {})  # synchronise the new requirements
    content = client.get("/en/services/birth-certificate/").content.decode()
    assert "Only for applicants: under 17, married or ever married." in content


@pytest.fixture
def admin_client(client, catalogue):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "x"))
    return client


def edit_form(page, **fields):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "eligibility": page.eligibility,
            "agency": page.agency_id,
            "category": page.category_id,
            "requirements": streamfield([]),
            "minimum_age": "",
            "downloads": streamfield([]),
            "questions": streamfield([]),
            "procedure": streamfield([]),
            "processing_days": page.processing_days,
            "processing_note": "",
            "cost": page.cost,
            "cost_basis": page.cost_basis,
            "product": page.product,
            "complaint_channel": page.complaint_channel,
            "legal_basis": streamfield([]),
            "locations": "",
            "opening_hours": "",
            "online_application": "on",
            "faq": streamfield([]),
            "related_services": streamfield([]),
            "last_reviewed": "2026-11-01",
            "listing_summary": "",
            "action-publish": "publish",
        }
        | fields
    )


def test_the_admin_edit_page_offers_the_new_fields(admin_client, catalogue):
    content = admin_client.get(f"/admin/pages/{catalogue.birth_certificate.pk}/edit/").content.decode()
    assert "minimum_age" in content and "questions" in content and "downloads" in content


def test_an_editor_sets_a_condition_and_a_question_in_the_admin(admin_client, client, catalogue):
    page = catalogue.birth_certificate
    data = edit_form(
        page,
        minimum_age="17",
        minimum_age_unless_married="on",
        requirements=streamfield(
            [
                (
                    "requirement",
                    {
                        "name": "Buku nikah",
                        "note": "",
                        "copies": "1",
                        "upload": "on",
                        "alternative": "",
                        "age_condition": "under",
                        "age": "17",
                        "marital_condition": "married",
                        "question": "",
                        "answer": "",
                    },
                ),
                (
                    "requirement",
                    {
                        "name": "Surat keterangan lahir mati",
                        "note": "",
                        "copies": "0",
                        "alternative": "",
                        "age_condition": "",
                        "age": "",
                        "marital_condition": "",
                        "question": "lahir-mati",
                        "answer": "yes",
                    },
                ),
            ]
        ),
        questions=streamfield(
            [
                (
                    "question",
                    {
                        "label": "Anak lahir mati?",
                        "key": "lahir-mati",
                        "kind": "yes_no",
                        "choices": "",
                        "required": "on",
                        "help_text": "",
                    },
                )
            ]
        ),
    )
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ServicePage.objects.get(pk=page.pk)
    assert page.minimum_age == 17 and page.minimum_age_unless_married
    assert page.requirements[0].value["age_condition"] == "under"
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    assert "Hanya bagi pemohon yang belum berusia 17 tahun, sudah kawin atau pernah kawin." in content
    assert "menjawab “Ya” untuk pertanyaan “Anak lahir mati?”" in content


@pytest.mark.parametrize(
    ("requirement_fields", "question_fields", "message"),
    [
        ({"age_condition": "under", "age": ""}, {}, "Isi usia yang dimaksud syarat ini."),
        ({"question": "tidak-ada", "answer": "yes"}, {}, "tidak memiliki pertanyaan ya/tidak"),
        ({}, {"kind": "choice", "choices": "Satu saja"}, "Isi paling sedikit dua jawaban"),
        ({}, {"key": "Nama Anak"}, "Gunakan hanya huruf kecil, angka dan tanda hubung."),
    ],
)
def test_the_admin_explains_a_condition_that_cannot_work(
    admin_client, catalogue, requirement_fields, question_fields, message
):
    page = catalogue.birth_certificate
    requirement_data = {
        "name": "Buku nikah",
        "note": "",
        "copies": "0",
        "alternative": "",
        "age_condition": "",
        "age": "",
        "marital_condition": "",
        "question": "",
        "answer": "",
    } | requirement_fields
    question_data = {
        "label": "Nama anak",
        "key": "nama-anak",
        "kind": "text",
        "choices": "",
        "required": "on",
        "help_text": "",
    } | question_fields
    data = edit_form(
        page,
        requirements=streamfield([("requirement", requirement_data)]),
        questions=streamfield([("question", question_data)]),
    )
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_migration_applies_and_reverts():
    call_command("migrate", "services_catalog", "0003", verbosity=0)
    call_command("migrate", "services_catalog", verbosity=0)
    field_names = {field.name for field in ServicePage._meta.get_fields()}
    assert {"questions", "downloads", "minimum_age", "minimum_age_unless_married"} <= field_names
    assert ServicePage.objects.filter(minimum_age__isnull=True).count() == ServicePage.objects.count()


def test_the_demo_services_ask_only_what_applies_and_link_real_forms(client, site_tree):
    load_catalogue(DemoContext(show_passwords=False))
    pages = {page.slug: page for page in ServicePage.objects.filter(locale=site_tree.home.locale)}
    first_id = pages["ktp-el-pemula"]
    assert first_id.minimum_age == 17 and first_id.minimum_age_unless_married
    marriage_book = first_id.requirements[1].value
    assert (marriage_book["age_condition"], marriage_book["age"], marriage_book["marital_condition"]) == (
        "under",
        17,
        "married",
    )
    birth = pages["akta-kelahiran"]
    assert [block.value["key"] for block in birth.questions] == [
        "nama-anak",
        "jenis-kelamin-anak",
        "tempat-lahir-anak",
        "tanggal-lahir-anak",
    ]
    assert "SPTJM" in birth.requirements[0].value["alternative"]

    sktm = client.get("/layanan/surat-keterangan-tidak-mampu/").content.decode()
    link = re.search(
        r'<a href="([^"]+\.pdf)" download>Formulir Surat Pernyataan Tidak Mampu</a> \(PDF, ', sktm
    )
    assert link, "the SKTM page links its form"
    document = get_document_model().objects.get(title="Formulir Surat Pernyataan Tidak Mampu")
    assert link.group(1) == document.url
    with document.file.open("rb") as pdf:
        body = pdf.read()
    assert body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF")
    assert b"SURAT PERNYATAAN TIDAK MAMPU" in body and document.file_size == len(body)

    english = client.get("/en/services/birth-certificate/").content.decode()
    assert "Form: statement of absolute responsibility (SPTJM) on the birth data" in english
    assert (
        "If you do not have it, bring instead: An SPTJM stating that the parents are husband and wife"
        in english
    )
    assert client.get("/en/services/birth-certificate/").status_code == 200
    english_birth = birth.get_translation(site_tree.locale_en)
    assert [block.value["label"] for block in english_birth.questions][0] == "Child’s full name"
    assert english_birth.questions[1].value["choices"] == "Male\nFemale"
    # A second run changes nothing.
    assert not [change for change in load_catalogue(DemoContext(show_passwords=False)) if "forms" in change]
