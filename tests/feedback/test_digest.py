"""The staff's daily email of submissions that are overdue or due tomorrow."""

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from feedback.digest import send_digests
from feedback.models import Submission
from feedback.tasks import send_agency_digests
from feedback.workflow import Role
from services_catalog.models import Agency

from .conftest import make_staff, make_submission

Status = Submission.Status


def due(agency, days, status=Status.IN_PROGRESS, **fields):
    """A submission whose deadline is ``days`` from today (negative: overdue)."""
    fields.setdefault("subject", f"Laporan {days}")
    deadline = timezone.localdate() + timedelta(days=days)
    return make_submission(agency, status=status, deadline=deadline, **fields)


def inspect_path(submission):
    return f"/admin/submissions/inspect/{submission.pk}/"


@pytest.fixture
def staff(catalogue):
    return {
        "disdukcapil": make_staff("petugas_dukcapil", Role.OFFICER, [catalogue.disdukcapil]),
        "dinkes": make_staff("petugas_dinkes", Role.OFFICER, [catalogue.dinkes]),
        "coordinator": make_staff("koordinator", Role.COORDINATOR),
    }


def digests_by_recipient():
    return {email.to[0]: email for email in mail.outbox}


def test_each_officer_gets_only_their_agencys_due_and_overdue_items(catalogue, staff):
    english = Agency.objects.get(
        translation_key=catalogue.disdukcapil.translation_key, locale__language_code="en"
    )
    overdue = due(catalogue.disdukcapil, -3, status=Status.FORWARDED, subject="Antrean KTP-el lama")
    tomorrow = due(catalogue.disdukcapil, 1, kind=Submission.Kind.APPLICATION)
    from_english_site = due(english, -1)
    later = due(catalogue.disdukcapil, 2)
    today = due(catalogue.disdukcapil, 0)
    waiting = due(catalogue.disdukcapil, -5, status=Status.WAITING)
    resolved = due(catalogue.disdukcapil, -5, status=Status.RESOLVED)
    rejected = due(catalogue.disdukcapil, -5, status=Status.REJECTED)
    dinkes = due(catalogue.dinkes, 1)

    result = send_digests()

    assert result == {"emails": 2, "submissions": 4, "unreached": 0}
    emails = digests_by_recipient()
    assert set(emails) == {"petugas_dukcapil@example.org", "petugas_dinkes@example.org"}
    email = emails["petugas_dukcapil@example.org"]
    html = email.alternatives[0][0]
    for listed in (overdue, tomorrow, from_english_site):
        assert listed.tracking_code in email.body and inspect_path(listed) in email.body
        assert inspect_path(listed) in html
    for unlisted in (later, today, waiting, resolved, rejected, dinkes):
        assert unlisted.tracking_code not in email.body + html
    assert email.subject == "Pengingat batas waktu: 3 pengajuan terlambat atau jatuh tempo besok"
    assert "Antrean KTP-el lama" in email.body and "terlambat 3 hari" in email.body
    # In Indonesian: the kinds and the agency's name as the back office shows them.
    assert "Pengaduan" in email.body and "Permohonan layanan" in email.body
    assert "Dinas Kependudukan dan Pencatatan Sipil" in email.body
    assert email.body.index(overdue.tracking_code) < email.body.index(tomorrow.tracking_code)
    assert dinkes.tracking_code in emails["petugas_dinkes@example.org"].body


def test_the_coordinator_gets_what_no_agency_has_yet(catalogue, staff):
    unassigned = due(None, -2, status=Status.RECEIVED)
    unassigned_tomorrow = due(None, 1, status=Status.VERIFIED)
    assigned = due(catalogue.dinkes, -2)
    send_digests()
    emails = digests_by_recipient()
    assert set(emails) == {"koordinator@example.org", "petugas_dinkes@example.org"}
    body = emails["koordinator@example.org"].body
    assert unassigned.tracking_code in body and unassigned_tomorrow.tracking_code in body
    assert assigned.tracking_code not in body
    assert unassigned.tracking_code not in emails["petugas_dinkes@example.org"].body


def test_one_email_per_person_with_a_section_per_agency(catalogue, staff):
    both = make_staff("petugas_dua", Role.OFFICER, [catalogue.disdukcapil, catalogue.dinkes])
    first, second = due(catalogue.disdukcapil, -1), due(catalogue.dinkes, -1)
    send_digests()
    emails = [email for email in mail.outbox if email.to == [both.email]]
    assert len(emails) == 1
    assert first.tracking_code in emails[0].body and second.tracking_code in emails[0].body
    assert "Dinas Kesehatan" in emails[0].body


def test_inactive_staff_and_staff_without_an_address_get_nothing(catalogue, staff):
    staff["disdukcapil"].is_active = False
    staff["disdukcapil"].save()
    without_address = make_staff("tanpa_surel", Role.OFFICER, [catalogue.disdukcapil])
    without_address.email = ""
    without_address.save()
    due(catalogue.disdukcapil, -1)
    assert send_digests() == {"emails": 0, "submissions": 0, "unreached": 1}
    assert mail.outbox == []


def test_nothing_due_sends_nothing(catalogue, staff):
    due(catalogue.disdukcapil, 3)
    due(None, 5, status=Status.RECEIVED)
    due(catalogue.dinkes, -4, status=Status.RESOLVED)
    assert send_agency_digests.call() == {"emails": 0, "submissions": 0, "unreached": 0}
    assert mail.outbox == []


def test_the_queries_do_not_grow_with_the_submissions(catalogue, staff):
    for agency in (catalogue.disdukcapil, catalogue.dinkes, None):
        for days in (-10, -3, -1, 1):
            due(agency, days, status=Status.VERIFIED)
    for number in range(5):
        make_staff(f"petugas_{number}", Role.OFFICER, [catalogue.disdukcapil, catalogue.dinkes])
    with CaptureQueriesContext(connection) as queries:
        send_digests()
    assert len(mail.outbox) == 8
    # Each email costs its own few queries in the outbox (outbox.delivery); the digest's do not grow.
    assert len([query for query in queries if "outbox_outgoingemail" not in query["sql"]]) <= 5


def test_the_daily_command_sends_the_digests(catalogue, staff):
    overdue = due(catalogue.dinkes, -1)
    output = StringIO()
    call_command("send_digest", stdout=output)
    assert "Sent 1 digest(s) listing 1 submission(s)." in output.getvalue()
    assert (
        mail.outbox[0].to == ["petugas_dinkes@example.org"] and overdue.tracking_code in mail.outbox[0].body
    )


def test_the_command_warns_about_items_nobody_was_told_about(catalogue):
    due(catalogue.dinkes, -1)
    errors = StringIO()
    call_command("send_digest", stdout=StringIO(), stderr=errors)
    assert "1 overdue or due submission(s) reached nobody" in errors.getvalue()
