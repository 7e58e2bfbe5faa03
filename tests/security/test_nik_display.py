"""Where a NIK shows, it is masked unless the staff member has "feedback.view_full_nik"; identity
documents open only through the permission-checked download, and every download is on record."""

import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import ModelLogEntry

import pytest
from openpyxl import load_workbook

from feedback.demo import ensure_role_groups
from feedback.models import Attachment, StatusChange, Submission
from feedback.tasks import notify_status_change, send_receipt
from security.crypto import encrypt
from tests.feedback.conftest import build_online_catalogue, make_staff, make_submission

pytestmark = pytest.mark.django_db

NIK = "1373014101900001"
MASKED = "1373********0001"
LIST = "/admin/submissions/"


@pytest.fixture
def catalogue(site_tree):
    return build_online_catalogue(site_tree)


@pytest.fixture
def application(catalogue):
    """An application with a NIK, an email address and a scan of the applicant's KTP."""
    submission = make_submission(
        catalogue.disdukcapil,
        kind=Submission.Kind.APPLICATION,
        status=Submission.Status.IN_PROGRESS,
        nik=NIK,
        name="Rina Marlina",
        email="rina@example.org",
    )
    attachment = Attachment(submission=submission, label="KTP-el", content_type="image/jpeg", size=4)
    attachment.file.save("ktp.jpg", ContentFile(b"\xff\xd8\xff\xd9"))
    return submission


@pytest.fixture
def officer(catalogue):
    ensure_role_groups()
    return make_staff("petugas.dukcapil", "Petugas OPD", [catalogue.disdukcapil])


def streamed(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def everything_staff_see(client, submission):
    """The back office's pages and files about the submission, as text."""
    pages = [
        client.get(f"/admin/submissions/inspect/{submission.pk}/").content.decode(),
        client.get(LIST).content.decode(),
        streamed(client.get(LIST, {"export": "csv"})).decode(),
        streamed(client.get("/admin/submissions/lapor.csv")).decode("utf-8-sig"),
        client.get("/admin/reports/site-history/").content.decode(),
    ]
    workbook = load_workbook(io.BytesIO(streamed(client.get(LIST, {"export": "xlsx"}))))
    pages.append(repr(list(workbook.active.values)))
    return "\n".join(pages)


def test_staff_without_the_permission_see_the_nik_masked_everywhere(client, application, officer):
    client.force_login(officer)
    seen = everything_staff_see(client, application)
    assert MASKED in seen and NIK not in seen
    # No generic edit view shows the stored field either.
    assert client.get(f"{LIST}edit/{application.pk}/").status_code == 404
    rows = list(csv.DictReader(io.StringIO(streamed(client.get(LIST, {"export": "csv"})).decode())))
    assert rows[0]["NIK"] == MASKED


def test_staff_with_the_permission_see_the_whole_nik(client, application, officer):
    officer.user_permissions.add(Permission.objects.get(codename="view_full_nik"))
    client.force_login(officer)
    assert NIK in client.get(f"/admin/submissions/inspect/{application.pk}/").content.decode()
    rows = list(csv.DictReader(io.StringIO(streamed(client.get(LIST, {"export": "csv"})).decode())))
    assert rows[0]["NIK"] == NIK


def test_the_citizen_sees_the_nik_masked_and_emails_carry_none(client, application):
    secret = application.set_secret()
    application.save()
    page = client.get(f"/lacak/{application.tracking_code}/{secret}/").content.decode()
    assert MASKED in page and NIK not in page
    public = client.get("/lacak/", {"kode": application.tracking_code}).content.decode()
    assert application.tracking_code in public and NIK not in public and MASKED not in public
    send_receipt.enqueue(application.pk, encrypt(secret))
    change = StatusChange.objects.create(
        submission=application, from_status="ditindaklanjuti", to_status="selesai", public_note="Selesai."
    )
    notify_status_change.enqueue(change.pk)
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        text = message.body + "".join(content for content, _type in message.alternatives)
        assert NIK not in text


# Identity documents: only through /berkas/<id>/, only for staff who may see the submission.


def test_documents_are_refused_to_anyone_who_may_not_see_the_submission(client, application, catalogue):
    url = f"/berkas/{application.attachments.get().pk}/"
    assert client.get(url).status_code == 302  # anonymous: to the staff sign-in
    citizen = get_user_model().objects.create_user("rina", "rina@example.org", "x")
    application.user = citizen
    application.save()
    client.force_login(citizen)  # even the applicant: the file is theirs, the download is staff-only
    assert client.get(url).status_code == 403  # a plain refusal: no redirect loop via the sign-in page
    ensure_role_groups()
    client.force_login(make_staff("petugas.dinkes", "Petugas OPD", [catalogue.dinkes]))
    assert client.get(url).status_code == 404
    assert not ModelLogEntry.objects.filter(action="feedback.attachment.download").exists()


def test_every_download_is_recorded_and_shown_to_staff(client, application, officer):
    attachment = application.attachments.get()
    client.force_login(officer)
    response = client.get(f"/berkas/{attachment.pk}/")
    assert streamed(response) == b"\xff\xd8\xff\xd9"
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="{application.tracking_code}-{attachment.pk}"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    client.get(f"/berkas/{attachment.pk}/")
    entries = ModelLogEntry.objects.for_instance(application).filter(action="feedback.attachment.download")
    assert entries.count() == 2
    entry = entries.first()
    assert entry.user == officer and entry.timestamp is not None
    assert entry.data == {"attachment": attachment.pk, "label": "KTP-el"}
    with translation.override("id"):
        line = gettext("Downloaded “%(label)s” (file %(id)s)") % {"label": "KTP-el", "id": attachment.pk}
    inspect = client.get(f"/admin/submissions/inspect/{application.pk}/").content.decode()
    assert inspect.count(line) == 2 and "petugas.dukcapil" in inspect
