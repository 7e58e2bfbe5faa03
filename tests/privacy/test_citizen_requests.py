"""A citizen asks for a copy or the deletion of their data, by the secret link or their account."""

import json

from django.contrib.auth import get_user_model
from django.core import mail

from wagtail.models import ModelLogEntry

import pytest

from feedback.models import Attachment, Submission
from privacy.models import DataRequest
from tests.privacy.conftest import NIK, closed_report, indonesian, with_secret

pytestmark = pytest.mark.django_db

Kind = DataRequest.Kind


def page_url(submission, secret):
    return f"/lacak/{submission.tracking_code}/{secret}/data-pribadi/"


def answer(client, officer, data_request, on_commit, **data):
    """The data protection officer answers in the back office, as the browser posts it."""
    client.force_login(officer)
    with on_commit(execute=True):
        response = client.post(f"/admin/data_requests/inspect/{data_request.pk}/", data)
    client.logout()
    return response


def test_the_tracking_page_links_to_the_data_requests(client, report):
    secret = with_secret(report)
    detail = client.get(f"/lacak/{report.tracking_code}/{secret}/").content.decode()
    assert page_url(report, secret) in detail
    page = client.get(page_url(report, secret))
    assert page.status_code == 200
    assert indonesian("Request a copy of my data") in page.content.decode()
    assert indonesian("Request deletion of my data") in page.content.decode()


def test_a_copy_through_the_secret_link(client, report, officer_pdp, django_capture_on_commit_callbacks):
    secret = with_secret(report)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page_url(report, secret), {"kind": Kind.COPY}, follow=True)
    assert response.status_code == 200
    assert indonesian("We are preparing your copy.") in response.content.decode()
    data_request = DataRequest.objects.get()
    assert (data_request.kind, data_request.submission, data_request.email) == (
        Kind.COPY,
        report,
        "siti@example.org",
    )
    assert mail.outbox[-1].to == ["siti@example.org"]
    assert report.tracking_code in mail.outbox[-1].body
    download = f"{page_url(report, secret)}salinan/"
    assert client.post(download).status_code == 404  # not before the officer has sent it

    answer(client, officer_pdp, data_request, django_capture_on_commit_callbacks, answer="copy")

    data_request.refresh_from_db()
    assert data_request.status == DataRequest.Status.COMPLETED
    email = mail.outbox[-1].body
    assert "Siti Rahmawati" in email and "1373********0001" in email
    assert NIK not in email  # email is not a safe channel for the full NIK
    assert client.get(download).status_code == 405  # a link preview never fetches the file
    response = client.post(download)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="data-pribadi-')
    (copy,) = json.loads(response.content)["submissions"]
    assert copy["tracking_code"] == report.tracking_code
    assert (copy["name"], copy["nik"], copy["phone"]) == ("Siti Rahmawati", NIK, "+6281234567890")
    assert copy["attachments"][0]["document"] == "Foto antrean"
    assert copy["history"][-1]["note"] == "Loket tambahan sudah dibuka."
    assert "Pak Andi" not in response.content.decode()  # the officers' internal notes are not theirs
    actions = set(ModelLogEntry.objects.for_instance(data_request).values_list("action", flat=True))
    assert actions == {"privacy.request.received", "privacy.request.copy_sent", "privacy.copy.downloaded"}


def test_a_copy_through_the_account_covers_only_the_residents_submissions(
    client, catalogue, resident, officer_pdp, django_capture_on_commit_callbacks
):
    own = [closed_report(agency, user=resident) for agency in (catalogue.disdukcapil, catalogue.dinkes)]
    someone_else = closed_report(catalogue.dinkes, name="Budi Santoso")
    assert client.get("/akun/pengajuan/data-pribadi/").status_code == 302  # signed in only
    client.force_login(resident)
    assert "/akun/pengajuan/data-pribadi/" in client.get("/akun/pengajuan/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/akun/pengajuan/data-pribadi/", {"kind": Kind.COPY})
    data_request = DataRequest.objects.get(user=resident)
    assert mail.outbox[-1].to == ["warga@example.org"]

    answer(client, officer_pdp, data_request, django_capture_on_commit_callbacks, answer="copy")

    assert "/akun/pengajuan/data-pribadi/" in mail.outbox[-1].body
    client.force_login(resident)
    page = client.get("/akun/pengajuan/data-pribadi/").content.decode()
    assert indonesian("Download the copy of my data (JSON)") in page
    copy = json.loads(client.post("/akun/pengajuan/data-pribadi/salinan/").content)
    codes = sorted(item["tracking_code"] for item in copy["submissions"])
    assert codes == sorted(submission.tracking_code for submission in own)
    assert someone_else.tracking_code not in json.dumps(copy)
    neighbour = get_user_model().objects.create_user("tetangga", "tetangga@example.org", "x")
    client.force_login(neighbour)  # signed in, but the copy is not theirs
    assert client.post("/akun/pengajuan/data-pribadi/salinan/").status_code == 404


def test_a_wrong_secret_or_someone_elses_code_is_refused(client, catalogue, report):
    secret = with_secret(report)
    other = closed_report(catalogue.dinkes, name="Budi Santoso")
    with_secret(other)
    assert client.get(page_url(report, "salah" + secret[5:])).status_code == 404
    assert client.post(page_url(other, secret), {"kind": Kind.ERASURE, "confirm": "on"}).status_code == 404
    assert client.post(page_url(report, "x" * 32) + "salinan/").status_code == 404
    assert client.get(f"/lacak/SWL-0000-AAAAAA/{secret}/data-pribadi/").status_code == 404
    assert not DataRequest.objects.exists()


def test_asking_twice_makes_one_request(client, report, django_capture_on_commit_callbacks):
    secret = with_secret(report)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(page_url(report, secret), {"kind": Kind.ERASURE, "confirm": "on"})
        second = client.post(page_url(report, secret), {"kind": Kind.ERASURE, "confirm": "on"}, follow=True)
    assert DataRequest.objects.count() == 1
    assert len(mail.outbox) == 1
    assert indonesian("You already made this request. We are handling it.") in second.content.decode()


def test_deletion_must_be_confirmed(client, report):
    secret = with_secret(report)
    response = client.post(page_url(report, secret), {"kind": Kind.ERASURE})
    assert response.status_code == 200
    assert indonesian("Tick the box to confirm that you want your data deleted.") in response.content.decode()
    assert not DataRequest.objects.exists()


def test_deletion_of_a_closed_report(client, report, officer_pdp, django_capture_on_commit_callbacks):
    secret = with_secret(report)
    attachment = Attachment.objects.get(submission=report)
    client.post(page_url(report, secret), {"kind": Kind.ERASURE, "confirm": "on"})
    data_request = DataRequest.objects.get()

    answer(client, officer_pdp, data_request, django_capture_on_commit_callbacks, answer="erase")

    report.refresh_from_db()
    assert (report.nik, report.email, report.phone) == ("", "", "")
    assert "Siti" not in report.name and report.purged_at is not None
    assert report.public_answer == "Loket tambahan sudah dibuka."  # the agency's words stay
    assert not report.history.get().internal_note
    assert not Attachment.objects.filter(submission=report).exists()
    assert not attachment.file.storage.exists(attachment.file.name)
    data_request.refresh_from_db()
    assert data_request.status == DataRequest.Status.COMPLETED
    assert mail.outbox[-1].to == ["siti@example.org"]  # the answer still reaches the citizen
    assert report.tracking_code in mail.outbox[-1].body
    page = client.get(page_url(report, secret)).content.decode()
    assert indonesian("The personal data of this submission has already been deleted.") in page
    entry = ModelLogEntry.objects.for_instance(data_request).get(action="privacy.request.erased")
    assert entry.data["removed"] == [report.tracking_code] and entry.data["files"] == 1


def test_deletion_is_refused_while_the_submission_is_handled(
    client, catalogue, officer_pdp, django_capture_on_commit_callbacks
):
    handled = closed_report(catalogue.disdukcapil, status=Submission.Status.IN_PROGRESS, closed_at=None)
    secret = with_secret(handled)
    client.post(page_url(handled, secret), {"kind": Kind.ERASURE, "confirm": "on"})

    answer(client, officer_pdp, DataRequest.objects.get(), django_capture_on_commit_callbacks, answer="erase")

    handled.refresh_from_db()
    assert handled.name == "Siti Rahmawati" and handled.nik == NIK
    data_request = DataRequest.objects.get()
    assert data_request.status == DataRequest.Status.REFUSED
    reason = indonesian("it is still being handled, and the officers need your data to answer it")
    assert reason in data_request.reply
    assert reason in mail.outbox[-1].body
    assert reason in client.get(page_url(handled, secret)).content.decode()


def test_deletion_through_the_account_keeps_an_application_within_its_retention(
    client, catalogue, resident, officer_pdp, django_capture_on_commit_callbacks
):
    complaint = closed_report(catalogue.disdukcapil, user=resident)
    application = closed_report(catalogue.disdukcapil, user=resident, kind=Submission.Kind.APPLICATION)
    client.force_login(resident)
    client.post("/akun/pengajuan/data-pribadi/", {"kind": Kind.ERASURE, "confirm": "on"})
    data_request = DataRequest.objects.get()

    answer(client, officer_pdp, data_request, django_capture_on_commit_callbacks, answer="erase")

    complaint.refresh_from_db()
    application.refresh_from_db()
    assert complaint.purged_at is not None and complaint.nik == ""
    assert application.purged_at is None and application.nik == NIK
    data_request.refresh_from_db()
    assert data_request.status == DataRequest.Status.COMPLETED
    assert f"{application.tracking_code}: " in data_request.reply
    assert "UU 43/2009" in data_request.reply and "UU 43/2009" in mail.outbox[-1].body
