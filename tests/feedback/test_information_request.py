"""Information requests (UU 14/2008) refuse impossible combinations, each with its message next to the field.

An information request needs the requester's name and address (Perki 1/2021), so it cannot be anonymous;
by email it needs the email address; a confidential report may not be marked publishable.
"""

import re

from django.utils import timezone

import pytest

from feedback.models import Submission
from feedback.workdays import add_working_days
from tests.feedback.conftest import Wizard, tracking_code

pytestmark = pytest.mark.django_db
ADDRESS = "Jl. Ahmad Yani No. 7, RT 01/RW 02, Kelurahan Saringan, Sawahlunto 27414"


@pytest.fixture
def wizard(client, site_tree, places, catalogue, django_capture_on_commit_callbacks):
    return Wizard(client, "/aspirasi/", "report_wizard", django_capture_on_commit_callbacks)


def start(wizard, places, kind="informasi"):
    wizard.post("jenis", {"kind": kind})
    wizard.post(
        "laporan",
        {
            "subject": "Anggaran perbaikan jalan 2026",
            "description": "Saya meminta salinan rincian anggaran perbaikan jalan tahun 2026.",
            "agency": "",
            "kecamatan": places["talawi"].pk,
            "kelurahan": places["talawi_hilir"].pk,
            "event_date": "",
        },
    )
    assert wizard.post("bukti").status_code == 302


def error_next_to(html, name):
    """The message in the .field block of the input (or radio group) called `name`."""
    index = html.index(f'name="{name}"')
    start = max(html.rindex('<div class="field', 0, index), html.rfind('<fieldset class="field', 0, index))
    match = re.search(r'<p class="field__error"[^>]*>([^<]*)</p>', html[start:index])
    return match.group(1) if match else ""


def test_post_delivery_needs_a_postal_address(wizard, places):
    start(wizard, places)
    response = wizard.post("informasi", {"purpose": "Bahan skripsi", "delivery": "pos"})
    assert response.status_code == 200
    html = response.content.decode()
    assert error_next_to(html, "informasi-address") == (
        "Tulis alamat pos Anda: permintaan informasi memerlukannya."
    )
    assert "Bahan skripsi" in html  # what was typed is kept
    answers = {"purpose": "Bahan skripsi", "delivery": "pos", "address": ADDRESS}
    assert wizard.post("informasi", answers).status_code == 302


def test_an_information_request_cannot_be_anonymous_and_says_why(wizard, places):
    start(wizard, places)
    wizard.post("informasi", {"purpose": "Bahan skripsi", "delivery": "pos", "address": ADDRESS})
    page = wizard.client.get("/aspirasi/identitas/").content.decode()
    assert 'value="anonim"' not in page  # not offered at all
    assert "Permintaan informasi tidak dapat diajukan secara anonim" in page
    # A form sent with it anyway (an old tab, a crafted request) is refused with the reason.
    response = wizard.post("identitas", {"identity": "anonim"})
    assert response.status_code == 200
    html = response.content.decode()
    assert error_next_to(html, "identitas-identity").startswith(
        "Permintaan informasi tidak dapat diajukan secara anonim"
    )
    assert Submission.objects.count() == 0


def test_email_delivery_needs_an_email_address(wizard, places):
    start(wizard, places)
    wizard.post("informasi", {"purpose": "Bahan skripsi", "delivery": "email", "address": ADDRESS})
    response = wizard.post("identitas", {"identity": "biasa", "name": "Andi", "phone": "0812 3456 7890"})
    assert response.status_code == 200
    html = response.content.decode()
    assert error_next_to(html, "identitas-email").startswith("Anda memilih menerima informasi melalui surel")
    assert 'value="Andi"' in html
    answers = {"identity": "biasa", "name": "Andi", "email": "andi@example.org"}
    assert wizard.post("identitas", answers).status_code == 302


def test_a_phone_is_enough_when_collecting_at_the_office(wizard, places):
    start(wizard, places)
    wizard.post("informasi", {"purpose": "Bahan skripsi", "delivery": "ambil", "address": ADDRESS})
    response = wizard.post("identitas", {"identity": "biasa", "name": "Andi", "phone": "0812 3456 7890"})
    assert response.status_code == 302


@pytest.mark.parametrize("kind", ["informasi", "pengaduan"])
def test_confidential_and_publishable_is_refused(wizard, places, kind):
    start(wizard, places, kind)
    if kind == "informasi":
        wizard.post("informasi", {"purpose": "Bahan skripsi", "delivery": "ambil", "address": ADDRESS})
    reporter = {"identity": "rahasia", "name": "Andi", "email": "andi@example.org"}
    response = wizard.post("identitas", reporter | {"allow_publication": "on"})
    assert response.status_code == 200
    assert error_next_to(response.content.decode(), "identitas-allow_publication").startswith(
        "Laporan rahasia tidak pernah dipublikasikan"
    )
    assert wizard.post("identitas", reporter).status_code == 302


def test_the_address_is_kept_and_the_ppid_answers_within_ten_working_days(wizard, places):
    start(wizard, places)
    wizard.post("informasi", {"purpose": "Bahan skripsi", "delivery": "pos", "address": ADDRESS})
    wizard.post("identitas", {"identity": "biasa", "name": "Andi", "phone": "0812 3456 7890"})
    review = wizard.client.get("/aspirasi/periksa/").content.decode()
    assert ADDRESS in review
    wizard.post("periksa", {"consent": "on"})
    wizard.finish()
    confirmation = wizard.client.get("/terkirim/").content.decode()
    submission = Submission.objects.get(tracking_code=tracking_code(confirmation))
    assert submission.address == ADDRESS
    assert submission.details == {"purpose": "Bahan skripsi", "delivery": "pos"}
    received = timezone.localdate(submission.created_at)
    assert submission.deadline == add_working_days(received, 10, ())  # UU 14/2008 ps. 22(7)
    assert "PPID" in confirmation and "10 hari kerja" in confirmation and "7 hari kerja" in confirmation
    assert "koordinator pengaduan" not in confirmation.lower() and "3 hari kerja" not in confirmation


def test_a_complaint_still_goes_to_the_coordinator_within_three_days(wizard, places):
    start(wizard, places, "pengaduan")
    wizard.post("identitas", {"identity": "anonim"})
    wizard.post("periksa", {"consent": "on"})
    wizard.finish()
    confirmation = wizard.client.get("/terkirim/").content.decode()
    assert "3 hari kerja" in confirmation and "PPID" not in confirmation
