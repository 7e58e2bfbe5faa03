"""Valid HTML (the Nu HTML checker) on every step of the three wizards and their error states, the
confirmation and tracking pages, the forum and the consultations, in both languages where cheap.

The pages are fetched with Django's test client (the checker needs no browser) and checked in one
run of vnu.jar (tests/e2e/vnu.py).
"""

import re
from html import unescape

from django.test import Client

import pytest

from forums.models import ConsultationQuestion
from services_catalog.factories import stream
from tests.feedback.conftest import build_online_catalogue, build_places, jpeg
from tests.forums.conftest import build_forum, make_established, make_topic, make_user
from tests.forums.test_consultations import build_consultations, comment

pytestmark = pytest.mark.django_db
FILE_INPUT = re.compile(r'<input[^>]*\btype="file"[^>]*>')
RADIO = re.compile(r'<input type="radio" name="([^"]+)" value="([^"]*)"')
NAME = re.compile(r'\bname="([^"]+)"')
ERRORS = re.compile(r'class="field__error"[^>]*>([^<]*)<')
CURRENT_STEP = re.compile(r'name="([^"]+-current_step)"')
WHOLE_SECONDS = re.compile(r"^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d[+-]\d{4})?$")
PRIVATE_LINK = re.compile(r'href="(/(?:en/)?lacak/[^"/]+/[^"/]+/)"')


def answers(places, service):
    """Valid answers for each wizard step, keyed by the step's URL name."""
    return {
        "pemohon": {
            "name": "Sari Wulandari",
            "nik": "1373016508950001",  # a woman born 25-08-1995
            "birth_date": "1995-08-25",
            "address": "Jl. Soekarno-Hatta No. 12, RT 01/RW 02",
            "kecamatan": places["barangin"].pk,
            "kelurahan": places["saringan"].pk,
            "marital_status": "kawin",
        },
        "data": {
            "nama-anak": "Putri Aulia",
            "tanggal-lahir": "2026-11-20",
            "jenis-kelamin": "Perempuan",
            "lahir-mati": "no",
        },
        "kontak": {"email": "sari@example.org", "phone": "0812 3456 7890"},
        "dokumen": {"notes": "Anak kedua."},
        "periksa": {"consent": "on"},
        "jenis": {"kind": "informasi"},
        "laporan": {
            "subject": "Lampu jalan mati",
            "description": "Lampu jalan di depan SD 05 Talawi mati, jalan gelap pada malam hari.",
            "kecamatan": places["talawi"].pk,
            "kelurahan": places["talawi_hilir"].pk,
            "event_date": "2026-11-01",
        },
        "bukti": {},
        "informasi": {
            "purpose": "Bahan tugas sekolah.",
            "delivery": "email",
            "address": "Jl. Ahmad Yani No. 3, RT 01/RW 02, Talawi Hilir, Sawahlunto 27444",
        },
        "identitas": {"identity": "biasa", "name": "Andi", "email": "andi@example.org"},
        "layanan": {"service": service.pk, "service_date": "2026-11-02"},
        "penilaian": {f"u{number}": "4" for number in range(1, 10)},
        "profil": {"gender": "P", "age_band": "30-39", "education": "SMA", "occupation": "WIRAUSAHA"},
        "saran": {"suggestion": "Tambah kursi antrean."},
    }


def walk_wizard(client, start, answers, pages, name):
    """Go through a wizard from `start`: each step as shown, posted empty (its error state, when it
    has required fields), then answered; add every page to `pages`. Returns the confirmation page."""
    response, visited = client.get(start, follow=True), []
    url = response.redirect_chain[-1][0] if response.redirect_chain else start
    while (step := url.rstrip("/").rsplit("/", 1)[-1]) in answers:
        assert response.status_code == 200 and len(visited) < 10, f"{name}: {visited} then {url}"
        visited.append(step)
        html = response.content.decode()
        pages[f"{name} {step}"] = html
        current_step = CURRENT_STEP.search(html).group(1)  # the management form's field
        empty = client.post(url, {current_step: step})
        if empty.status_code == 200:
            pages[f"{name} {step} (posted empty)"] = empty.content.decode()
            data = {f"{step}-{field}": value for field, value in answers[step].items()}
            for tag in FILE_INPUT.findall(html):
                data[NAME.search(tag).group(1)] = jpeg()
            for radio_name, value in RADIO.findall(html):  # any other choice: its first option
                data.setdefault(radio_name, value)
            response = client.post(url, {current_step: step, **data}, follow=True)
            assert response.redirect_chain, f"{name} {step}: {ERRORS.findall(response.content.decode())}"
            if FILE_INPUT.search(html):  # back on the step: the files sent are named, kept
                pages[f"{name} {step} (files kept)"] = client.get(url).content.decode()
        else:  # nothing required on this step: the empty post was its answer
            assert empty.status_code == 302, f"{name} {step}: {empty.status_code}"
            response = client.get(empty["Location"], follow=True)
            url = empty["Location"]
        url = response.redirect_chain[-1][0] if response.redirect_chain else url
    return response


def ask_everything(service):
    """Give the service every kind of question an editor can set, a requirement with an alternative
    and one that depends on the marital status, so each kind of field is on a step."""
    requirement = {"note": "", "original_required": True, "copies": 1, "upload": True}
    service.requirements = stream(
        "requirement",
        [
            {
                **requirement,
                "name": "Surat keterangan lahir",
                "alternative": "SPTJM kebenaran data kelahiran",
            },
            {**requirement, "name": "Kartu Keluarga"},
            {**requirement, "name": "Buku nikah orang tua", "marital_condition": "married"},
        ],
    )
    service.questions = stream(
        "question",
        [
            {"key": key, "label": label, "kind": kind, "choices": choices, "required": True, "help_text": ""}
            for key, label, kind, choices in [
                ("nama-anak", "Nama lengkap anak", "text", ""),
                ("tanggal-lahir", "Tanggal lahir anak", "past_date", ""),
                ("jenis-kelamin", "Jenis kelamin anak", "choice", "Laki-laki\nPerempuan"),
                ("lahir-mati", "Anak lahir mati?", "yes_no", ""),
            ]
        ],
    )
    service.save_revision().publish()


@pytest.fixture
def content(site_tree):
    catalogue = build_online_catalogue(site_tree)
    ask_everything(catalogue.birth_certificate)
    ask_everything(catalogue.birth_certificate_en)
    places = build_places()
    forum = build_forum(site_tree)
    resident = make_established(make_user("Rina"), forum)
    neighbour = make_established(make_user("Budi"), forum)
    topic = make_topic(
        forum.general,
        resident,
        body="Sudah dua minggu.\n\n- lubang besar\n- dekat sekolah\n\nFoto: https://contoh.example/foto",
        replies=[(neighbour, "> Sudah dua minggu.\n\nBetul, di depan pasar juga."), (None, "Akun dihapus.")],
    )
    consultations = build_consultations(site_tree.home)
    question = ConsultationQuestion.objects.filter(page=consultations.open).first()
    comment(consultations.open, neighbour, "Bank sampah di tiap RW, **segera**.", question=question)
    return catalogue, places, forum, resident, topic, consultations


def wizard_pages(catalogue, places, pages):
    """Every step of each wizard, in Indonesian and English, and the confirmation and tracking pages."""
    for language, service in (("", catalogue.birth_certificate), ("/en", catalogue.birth_certificate_en)):
        valid = answers(places, service)
        wizards = [
            (f"{language}/ajukan/{service.slug}/", "application"),
            (f"{language}/aspirasi/", "report"),
            (f"{language}/survei/", "survey"),
        ]
        for start, name in wizards:
            client = Client()
            confirmation = walk_wizard(client, start, valid, pages, f"{language or '/id'} {name}")
            html = confirmation.content.decode()
            pages[f"{language or '/id'} {name} confirmation"] = html
            if link := PRIVATE_LINK.search(html):
                code = unescape(link.group(1)).split("/")[-3]
                pages[f"{language or '/id'} {name} tracking"] = client.get(
                    f"{language}/lacak/?kode={code}"
                ).content.decode()
                pages[f"{language or '/id'} {name} private link"] = client.get(link.group(1)).content.decode()
        client = Client()
        pages[f"{language or '/id'} tracking form"] = client.get(f"{language}/lacak/").content.decode()
        pages[f"{language or '/id'} tracking, unknown code"] = client.get(
            f"{language}/lacak/?kode=SWL-0000-XXXXXX"
        ).content.decode()


def forum_pages(forum, resident, topic, consultations, pages):
    visitor, signed_in = Client(), Client()
    signed_in.force_login(resident)
    for language, category in (("", forum.general), ("/en", forum.general_en)):
        name = language or "/id"
        pages[f"{name} forum"] = visitor.get(f"{language}/forum/").content.decode()
        pages[f"{name} forum category"] = visitor.get(f"{language}/forum/{category.slug}/").content.decode()
        pages[f"{name} forum topic"] = visitor.get(f"{language}/forum/topik/{topic.pk}/").content.decode()
        pages[f"{name} forum topic, signed in"] = signed_in.get(
            f"{language}/forum/topik/{topic.pk}/"
        ).content.decode()
    new_topic = f"/forum/{forum.general.slug}/baru/"
    pages["forum new topic"] = signed_in.get(new_topic).content.decode()
    pages["forum new topic (posted empty)"] = signed_in.post(new_topic, {}).content.decode()
    reply = f"/forum/topik/{topic.pk}/balas/"
    pages["forum reply (posted empty)"] = signed_in.post(reply, {}).content.decode()
    pages["consultations"] = visitor.get(consultations.index.url).content.decode()
    for consultation in (consultations.open, consultations.upcoming, consultations.closed):
        pages[f"consultation {consultation.slug}"] = visitor.get(consultation.url).content.decode()
    pages["consultation, signed in"] = signed_in.get(consultations.open.url).content.decode()
    pages["consultation comment (posted empty)"] = signed_in.post(
        consultations.open.url + "komentar/", {}
    ).content.decode()


def test_wizards_forum_and_consultations_are_valid_html(content, html_errors):
    catalogue, places, forum, resident, topic, consultations = content
    pages = {}
    wizard_pages(catalogue, places, pages)
    forum_pages(forum, resident, topic, consultations, pages)
    for language in ("/id", "/en"):  # every step of every wizard was reached
        for step in ("pemohon", "data", "kontak", "dokumen", "periksa"):
            assert f"{language} application {step} (posted empty)" in pages
        for step in ("jenis", "laporan", "informasi", "identitas", "periksa"):
            assert f"{language} report {step} (posted empty)" in pages
        for step in ("layanan", "penilaian", "profil"):
            assert f"{language} survey {step} (posted empty)" in pages
        assert 'class="tracking-code"' in pages[f"{language} report confirmation"]
    for name, html in pages.items():
        assert "(posted empty)" not in name or 'class="error-summary"' in html, name
    errors = html_errors(pages)
    failures = "\n".join(f"{name}: {error}" for name, found in errors.items() for error in found)
    assert not failures, f"{len(pages)} pages checked, errors:\n{failures}"


def test_time_elements_carry_whole_seconds(site_tree, client):
    """The HTML standard allows at most three digits of a second in <time datetime> (checked here
    without Java too): forum, consultation and tracking pages give whole seconds."""
    forum = build_forum(site_tree)
    resident = make_established(make_user("Rina"), forum)
    topic = make_topic(forum.general, resident)
    consultations = build_consultations(site_tree.home)
    comment(consultations.open, resident, "Setuju.")
    html = "".join(
        client.get(path).content.decode()
        for path in (
            "/forum/",
            f"/forum/{forum.general.slug}/",
            f"/forum/topik/{topic.pk}/",
            "/konsultasi/sampah/",
        )
    )
    values = re.findall(r'<time datetime="([^"]*)"', html)
    assert len(values) >= 6
    assert [value for value in values if not WHOLE_SECONDS.match(value)] == []
