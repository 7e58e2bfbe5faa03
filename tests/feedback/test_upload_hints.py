"""Every upload field says what it accepts and how large, limits the phone's picker, and a photo over
the limit sent without JavaScript gets the message next to its field, with the step's other answers kept."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from feedback.models import Submission
from tests.feedback.conftest import Wizard, jpeg
from tests.feedback.photos import MB, forty_mb_photo, six_mb_photo

pytestmark = pytest.mark.django_db
ACCEPT = 'accept=".jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf"'
HINT = "JPG, PNG, WebP atau PDF, paling besar 5 MB."
TOO_LARGE = "Berkas lebih besar dari 5 MB."
APPLY = "/ajukan/akta-kelahiran/"
NIK = "1373016508950001"


@pytest.fixture
def application(client, site_tree, places, catalogue):
    wizard = Wizard(client, APPLY, "apply_akta-kelahiran")
    wizard.post(
        "pemohon",
        {
            "name": "Siti Rahmah",
            "nik": NIK,
            "birth_date": "1995-08-25",
            "address": "Jalan Merdeka No. 5",
            "kecamatan": places["barangin"].pk,
            "kelurahan": places["saringan"].pk,
        },
    )
    wizard.post("kontak", {"email": "siti@example.org"})
    return wizard


def file_inputs(html):
    return re.findall(r'<input type="file"[^>]*>', html)


def field_of(html, name):
    """The .field block around the input `name`: its label, hint, error and input."""
    start = html.rindex('<div class="field', 0, html.index(f'name="{name}"'))
    return html[start : html.index("</div>", html.index(f'name="{name}"'))]


def error_of(html, name):
    """The error message shown next to the input `name`, or ""."""
    match = re.search(r'<p class="field__error"[^>]*>([^<]*)</p>', field_of(html, name))
    return match.group(1) if match else ""


def document_names(html):
    return re.findall(r'name="(dokumen-doc_[0-9a-f]+)"', html)


def test_documents_step_shows_types_and_limit_and_limits_the_picker(application):
    html = application.client.get(f"{APPLY}dokumen/").content.decode()
    inputs = file_inputs(html)
    assert len(inputs) == 2
    for tag in inputs:
        assert ACCEPT in tag
        assert f'data-max-size="{5 * MB}"' in tag and f'data-too-large="{TOO_LARGE}"' in tag
        assert 'aria-describedby="' in tag  # the hint is read out with the field
    for name in document_names(html):
        assert HINT in field_of(html, name)


def test_evidence_step_shows_types_and_limit(client, site_tree, places, catalogue):
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post(
        "laporan",
        {"subject": "Lampu mati", "description": "Lampu jalan mati.", "agency": "", "event_date": ""},
    )
    html = client.get("/aspirasi/bukti/").content.decode()
    assert len(file_inputs(html)) == 3 and all(ACCEPT in tag for tag in file_inputs(html))
    assert html.count(HINT) == 3


def test_missing_document_form_shows_types_and_limit(client, catalogue):
    submission = Submission(
        kind="permohonan", tracking_code="SWL-2611-7KQ4M2", submission_key="k1", status="menunggu_kelengkapan"
    )
    secret = submission.set_secret()
    submission.save()
    html = client.get(f"/lacak/{submission.tracking_code}/{secret}/").content.decode()
    assert ACCEPT in file_inputs(html)[0] and HINT in field_of(html, "document")
    assert "js/uploads.js" in html  # the browser checks and shrinks before sending here too


def test_the_hint_follows_the_configured_limit_and_the_language(application, settings):
    settings.UPLOAD_MAX_FILE_SIZE = 2 * MB
    html = application.client.get(f"{APPLY}dokumen/").content.decode()
    assert "JPG, PNG, WebP atau PDF, paling besar 2 MB." in html and HINT not in html
    english = application.client.get(f"/en{APPLY}dokumen/")
    if english.status_code == 200:  # the English wizard may live under a translated slug
        assert "JPG, PNG, WebP or PDF, at most 2 MB." in english.content.decode()


def test_a_requirement_note_comes_before_the_hint(application, catalogue):
    service = catalogue.birth_certificate
    block = next(block for block in service.requirements if block.value["upload"])
    block.value["note"] = "Dari bidan atau rumah sakit."
    service.save_revision().publish()
    html = application.client.get(f"{APPLY}dokumen/").content.decode()
    assert f"Dari bidan atau rumah sakit. {HINT}" in html


@pytest.mark.parametrize("make_photo", [six_mb_photo, forty_mb_photo], ids=["6 MB", "40 MB"])
def test_a_large_photo_without_javascript_is_refused_next_to_its_field(application, make_photo):
    photo = make_photo()
    assert len(photo) > (6 * MB if make_photo is six_mb_photo else 40 * MB)
    html = application.client.get(f"{APPLY}dokumen/").content.decode()
    big, other = document_names(html)
    response = application.client.post(
        f"{APPLY}dokumen/",
        {
            "apply_akta-kelahiran-current_step": "dokumen",
            big: SimpleUploadedFile("IMG_20261201_101010.jpg", photo, content_type="image/jpeg"),
            other: jpeg("kk.jpg"),
            "dokumen-notes": "Anak kedua, lahir di rumah.",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert error_of(html, big) == TOO_LARGE  # next to the field, in the resident's language
    assert error_of(html, other) == ""
    assert "Anak kedua, lahir di rumah." in html  # what was typed is kept
    assert 'class="error-summary"' in html
    assert Submission.objects.count() == 0
