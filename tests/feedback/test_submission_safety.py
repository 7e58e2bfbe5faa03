"""What must hold whatever the resident or the machine does: one rate limit, all-or-nothing saves,
CSRF protection, and a signed-in citizen's own list."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import FileSystemStorage
from django.test import Client

import pytest

from feedback.models import Attachment, Submission
from tests.feedback.conftest import Wizard, jpeg
from tests.feedback.test_report_wizard import report_data

pytestmark = pytest.mark.django_db


def fill_report(wizard, places, files=None):
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    wizard.post("bukti", files or {})
    wizard.post("identitas", {"identity": "anonim"})
    wizard.post("periksa", {"consent": "on"})


def test_submissions_are_rate_limited_per_address(client, site_tree, places, catalogue, settings):
    settings.SUBMISSIONS_PER_HOUR = 1
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    fill_report(wizard, places)
    assert wizard.finish()["Location"] == "/terkirim/"
    fill_report(wizard, places)
    response = wizard.finish()
    assert response["Location"] == "/aspirasi/periksa/"
    assert "Terlalu banyak formulir" in client.get(response["Location"]).content.decode()
    assert Submission.objects.count() == 1


def test_a_failed_save_leaves_no_submission_and_no_files(client, site_tree, places, catalogue, monkeypatch):
    """A full disk while storing the second file: nothing of the submission may remain."""
    real_save = FileSystemStorage._save
    calls = []

    def disk_full_on_second_file(storage, name, content):
        if name.startswith("submissions/"):
            calls.append(name)
            if len(calls) == 2:
                raise OSError(28, "No space left on device")
        return real_save(storage, name, content)

    monkeypatch.setattr(FileSystemStorage, "_save", disk_full_on_second_file)
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    fill_report(wizard, places, files={"file_1": jpeg("a.jpg"), "file_2": jpeg("b.jpg")})
    with pytest.raises(OSError, match="No space left"):
        wizard.finish()
    assert Submission.objects.count() == 0 and Attachment.objects.count() == 0
    stored = Path(settings.PRIVATE_MEDIA_ROOT) / calls[0]
    assert not stored.exists()


def test_wizard_post_without_csrf_token_is_refused_with_a_styled_page(site_tree, places):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/aspirasi/jenis/", {"report_wizard-current_step": "jenis", "jenis-kind": "pengaduan"}
    )
    assert response.status_code == 403
    assert "Formulir sudah kedaluwarsa" in response.content.decode()


@pytest.mark.parametrize("step", ["jenis¿'\"(", "<script>", ""])
def test_a_tampered_step_name_sends_the_citizen_back_to_the_step(client, site_tree, places, step):
    client.get("/aspirasi/")
    response = client.post(
        "/aspirasi/jenis/", {"report_wizard-current_step": step, "jenis-kind": "pengaduan"}
    )
    assert response.status_code == 302 and response.url.endswith("/aspirasi/jenis/")
    assert client.get(response.url).status_code == 200
    assert Submission.objects.count() == 0


def test_signed_in_citizen_sees_drafts_and_past_submissions(client, site_tree, places, catalogue):
    citizen = get_user_model().objects.create_user("warga", "warga@example.org", "sandi-warga-123")
    client.force_login(citizen)
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    fill_report(wizard, places)
    wizard.finish()
    wizard.post("jenis", {"kind": "aspirasi"})  # a second report, left unfinished
    content = client.get("/akun/pengajuan/").content.decode()
    submission = Submission.objects.get()
    assert submission.user == citizen
    assert submission.tracking_code in content and "Jalan berlubang di Talawi" in content
    assert "Belum dikirim" in content and 'href="/aspirasi/"' in content
    other = Client()
    assert other.get("/akun/pengajuan/").status_code == 302  # to the login page
