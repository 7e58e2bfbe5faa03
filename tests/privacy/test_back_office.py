"""The data protection officer lists and answers requests in the admin; nobody else gets in."""

import datetime

from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from privacy.models import DataRequest
from privacy.processing import open_request
from tests.privacy.conftest import closed_report, indonesian, with_authenticator

pytestmark = pytest.mark.django_db

LIST = "/admin/data_requests/"
Kind = DataRequest.Kind


def refused(response):
    """Wagtail's admin answers a denied permission by sending the user back to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


@pytest.fixture
def copy_request(catalogue):
    report = closed_report(catalogue.disdukcapil)
    return open_request(Kind.COPY, submission=report, email=report.email)[0]


@pytest.fixture
def overdue_erasure(catalogue):
    report = closed_report(catalogue.dinkes, name="Budi Santoso", email="budi@example.org")
    data_request = open_request(Kind.ERASURE, submission=report, email=report.email)[0]
    DataRequest.objects.filter(pk=data_request.pk).update(due_at=timezone.now() - datetime.timedelta(hours=1))
    return data_request


@pytest.mark.parametrize("who", ["officer", "coordinator", "editor"])
def test_back_office_staff_without_the_permission_are_refused(client, staff, copy_request, who):
    """Even the officer of the submission's own agency: requests are the city's to answer (Pasal 53)."""
    client.force_login(with_authenticator(staff[who]))
    assert LIST not in client.get("/admin/").content.decode()
    assert refused(client.get(LIST))
    assert refused(client.get(f"{LIST}inspect/{copy_request.pk}/"))
    assert refused(client.post(f"{LIST}inspect/{copy_request.pk}/", {"answer": "copy"}))
    copy_request.refresh_from_db()
    assert copy_request.status == DataRequest.Status.RECEIVED
    assert not mail.outbox


def test_the_officer_lists_and_filters_requests(client, officer_pdp, copy_request, overdue_erasure):
    client.force_login(officer_pdp)
    assert LIST in client.get("/admin/").content.decode()
    listing = client.get(LIST).content.decode()
    assert copy_request.submission.tracking_code in listing
    assert overdue_erasure.submission.tracking_code in listing
    overdue = client.get(f"{LIST}?overdue=true").content.decode()
    assert overdue_erasure.submission.tracking_code in overdue
    assert copy_request.submission.tracking_code not in overdue
    copies = client.get(f"{LIST}?kind={Kind.COPY}").content.decode()
    assert copy_request.submission.tracking_code in copies
    assert overdue_erasure.submission.tracking_code not in copies
    detail = client.get(f"{LIST}inspect/{overdue_erasure.pk}/").content.decode()
    assert "budi@example.org" in detail
    assert indonesian("Deletion of my data") in detail
    assert indonesian("overdue") in detail


def test_a_superuser_may_answer(client, copy_request, django_capture_on_commit_callbacks):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(with_authenticator(admin))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{LIST}inspect/{copy_request.pk}/", {"answer": "copy"})
    copy_request.refresh_from_db()
    assert (copy_request.status, copy_request.processed_by) == (DataRequest.Status.COMPLETED, admin)


def test_refusing_needs_a_reason_which_the_citizen_reads(
    client, officer_pdp, overdue_erasure, django_capture_on_commit_callbacks
):
    client.force_login(officer_pdp)
    url = f"{LIST}inspect/{overdue_erasure.pk}/"
    client.post(url, {"answer": "refuse", "reason": ""})
    overdue_erasure.refresh_from_db()
    assert overdue_erasure.status == DataRequest.Status.RECEIVED
    reason = "Laporan ini sedang diperiksa Inspektorat; ajukan lagi setelah 1 Juli."
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"answer": "refuse", "reason": reason})
    overdue_erasure.refresh_from_db()
    assert (overdue_erasure.status, overdue_erasure.reply) == (DataRequest.Status.REFUSED, reason)
    assert overdue_erasure.processed_by == officer_pdp
    assert mail.outbox[-1].to == ["budi@example.org"] and reason in mail.outbox[-1].body
    assert overdue_erasure.submission.name == "Budi Santoso"  # nothing deleted
    entry = ModelLogEntry.objects.for_instance(overdue_erasure).get(action="privacy.request.refused")
    assert entry.user == officer_pdp


def test_a_request_is_answered_once(client, officer_pdp, copy_request, django_capture_on_commit_callbacks):
    client.force_login(officer_pdp)
    url = f"{LIST}inspect/{copy_request.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"answer": "copy"})
        client.post(url, {"answer": "refuse", "reason": "Terlambat"})
    copy_request.refresh_from_db()
    assert copy_request.status == DataRequest.Status.COMPLETED
    assert len(mail.outbox) == 1
    actions = ModelLogEntry.objects.for_instance(copy_request).values_list("action", flat=True)
    assert "privacy.request.refused" not in actions
