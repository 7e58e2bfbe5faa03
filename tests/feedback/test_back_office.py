"""The back office in the Wagtail admin: who may list, open, download, act on and export which submission."""

import csv
import io
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.models import ModelLogEntry

import pytest
from openpyxl import load_workbook

from feedback.back_office import EXPORT_HEADINGS
from feedback.models import Attachment, StatusChange, Submission
from tests.feedback.conftest import make_submission

pytestmark = pytest.mark.django_db

LIST = "/admin/submissions/"
Status = Submission.Status


@pytest.fixture
def report(catalogue):
    """A complaint forwarded to Disdukcapil, with a file."""
    submission = make_submission(
        catalogue.disdukcapil,
        status=Status.FORWARDED,
        name="Siti Rahmawati",
        email="siti@example.org",
        phone="+6281234567890",
        subject="Antrean KTP-el terlalu lama",
        description="Saya menunggu tiga jam.",
        deadline=timezone.localdate() + timedelta(days=3),
    )
    attachment = Attachment(submission=submission, label="Foto antrean", content_type="image/jpeg", size=4)
    attachment.file.save("antrean.jpg", ContentFile(b"\xff\xd8\xff\xd9"))
    return submission


def export_rows(client, query="export=csv"):
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 200
    assert response.streaming
    header, *rows = csv.reader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert len(header) == len(EXPORT_HEADINGS)
    return [dict(zip(EXPORT_HEADINGS, row, strict=True)) for row in rows]


def indonesian(message):
    """The admin speaks the site's default language, Indonesian."""
    with translation.override("id"):
        return gettext(message)


def refused(response):
    """Wagtail's admin answers a denied permission by sending the user back to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def act(client, submission, step, **fields):
    data = {"step": step, f"{step}-seen_status": fields.pop("seen_status", submission.status)}
    data.update({f"{step}-{name}": value for name, value in fields.items()})
    return client.post(f"/admin/submissions/act/{submission.pk}/", data, follow=True)


# The permission matrix: every role against every path, for a submission of Disdukcapil.


@pytest.mark.parametrize("who", ["coordinator", "officer", "reader"])
def test_roles_that_may_see_the_submission(client, staff, report, who):
    client.force_login(staff[who])
    assert "/admin/submissions/" in client.get("/admin/").content.decode()
    listing = client.get(LIST)
    assert listing.status_code == 200
    assert report.tracking_code in listing.content.decode()
    detail = client.get(f"/admin/submissions/inspect/{report.pk}/")
    assert detail.status_code == 200
    assert "Saya menunggu tiga jam." in detail.content.decode()
    download = client.get(f"/berkas/{report.attachments.get().pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"\xff\xd8\xff\xd9"
    assert [row["tracking_code"] for row in export_rows(client)] == [report.tracking_code]


def test_an_officer_of_another_agency_gets_nowhere(client, staff, report):
    client.force_login(staff["other_officer"])
    listing = client.get(LIST)
    assert listing.status_code == 200
    assert report.tracking_code not in listing.content.decode()
    assert client.get(f"/admin/submissions/inspect/{report.pk}/").status_code == 404
    assert client.get(f"/berkas/{report.attachments.get().pk}/").status_code == 404
    assert act(client, report, "start").status_code == 404
    assert export_rows(client) == []
    assert export_rows(client, f"q={report.tracking_code}&export=csv") == []
    report.refresh_from_db()
    assert report.status == Status.FORWARDED
    assert not StatusChange.objects.filter(submission=report).exists()


def test_staff_without_a_back_office_role_are_refused(client, staff, report):
    client.force_login(staff["editor"])
    assert refused(client.get(LIST))
    assert refused(client.get(f"{LIST}?export=csv"))
    assert client.get(f"/admin/submissions/inspect/{report.pk}/").status_code == 404
    assert client.get(f"/berkas/{report.attachments.get().pk}/").status_code == 404
    assert act(client, report, "start").status_code == 404
    assert "/admin/submissions/" not in client.get("/admin/").content.decode()


def test_visitors_are_sent_to_the_login(client, report):
    for url in (LIST, f"{LIST}?export=csv", f"/admin/submissions/inspect/{report.pk}/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/akun/login/" in response["Location"]
    assert client.post(f"/admin/submissions/act/{report.pk}/", {"step": "start"}).status_code == 302
    report.refresh_from_db()
    assert report.status == Status.FORWARDED


def test_each_role_may_take_only_its_own_steps(client, staff, report, catalogue):
    client.force_login(staff["reader"])
    page = act(client, report, "start").content.decode()
    assert indonesian("Your role does not allow this step.") in page
    client.force_login(staff["coordinator"])
    assert indonesian("Your role does not allow this step.") in act(client, report, "start").content.decode()
    act(client, report, "forward", agency=catalogue.dinkes.pk)
    report.refresh_from_db()
    assert report.agency == catalogue.dinkes  # reassigned: now the Dinkes officer's, not Disdukcapil's
    client.force_login(staff["officer"])
    assert client.get(f"/admin/submissions/inspect/{report.pk}/").status_code == 404
    client.force_login(staff["other_officer"])
    act(client, report, "start")
    report.refresh_from_db()
    assert report.status == Status.IN_PROGRESS


def test_the_inspect_page_offers_only_the_allowed_steps(client, staff, report):
    client.force_login(staff["officer"])
    page = client.get(f"/admin/submissions/inspect/{report.pk}/").content.decode()
    assert 'name="step" value="start"' in page
    assert 'value="resolve"' not in page
    assert 'value="forward"' not in page
    client.force_login(staff["reader"])
    assert 'name="step"' not in client.get(f"/admin/submissions/inspect/{report.pk}/").content.decode()


# The review cycle, stale pages and crafted posts.


def test_an_officer_handles_answers_and_resolves(client, staff, report, django_capture_on_commit_callbacks):
    client.force_login(staff["officer"])
    with django_capture_on_commit_callbacks(execute=True):
        act(client, report, "start", internal_note="Cek data antrean MPP.")
        report.refresh_from_db()
        page = act(client, report, "resolve", public_note="Petugas perekaman sudah ditambah.").content
    report.refresh_from_db()
    assert report.status == Status.RESOLVED
    assert report.public_answer == "Petugas perekaman sudah ditambah."
    assert report.closed_at is not None
    assert "Petugas perekaman sudah ditambah." in page.decode()
    history = list(report.history.values_list("from_status", "to_status", "changed_by", "internal_note"))
    assert history == [
        (Status.FORWARDED, Status.IN_PROGRESS, staff["officer"].pk, "Cek data antrean MPP."),
        (Status.IN_PROGRESS, Status.RESOLVED, staff["officer"].pk, ""),
    ]
    logged = ModelLogEntry.objects.for_instance(report).values_list("action", flat=True)
    assert set(logged) == {"feedback.submission.start", "feedback.submission.resolve"}
    # The tracking page shows the answer to the citizen.
    tracking = client.get(f"/lacak/?kode={report.tracking_code}").content.decode()
    assert "Petugas perekaman sudah ditambah." in tracking


def test_a_stale_page_changes_nothing(client, staff, report):
    client.force_login(staff["officer"])
    page = act(client, report, "start", seen_status=Status.VERIFIED).content.decode()
    assert (
        indonesian(
            "Someone else has just changed this submission. Reload the page to see its current status."
        )
        in page
    )
    report.refresh_from_db()
    assert report.status == Status.FORWARDED


def test_a_crafted_step_for_the_wrong_status_is_refused(client, staff, report):
    client.force_login(staff["officer"])
    page = act(client, report, "resolve", public_note="Selesai.").content.decode()
    refusal = indonesian("This step is not possible while the submission is “%(status)s”.")
    assert refusal % {"status": indonesian("Forwarded to the agency")} in page
    assert act(client, report, "delete_everything").status_code == 404
    report.refresh_from_db()
    assert report.status == Status.FORWARDED
    assert report.public_answer == ""


def test_rejecting_needs_a_reason(client, staff, catalogue):
    received = make_submission(catalogue.disdukcapil, status=Status.RECEIVED, subject="Tes")
    client.force_login(staff["coordinator"])
    page = act(client, received, "reject", public_note="  ").content.decode()
    assert "This field is required." in page or "harus diisi" in page
    received.refresh_from_db()
    assert received.status == Status.RECEIVED
    act(client, received, "reject", public_note="Bukan kewenangan Pemerintah Kota.")
    received.refresh_from_db()
    assert received.status == Status.REJECTED


def test_notes_are_escaped_on_the_page(client, staff, report):
    client.force_login(staff["officer"])
    act(client, report, "start", internal_note="<script>alert(1)</script>")
    page = client.get(f"/admin/submissions/inspect/{report.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# Personal data.


def test_an_anonymous_reporter_is_hidden_from_all_but_the_coordinator(client, staff, catalogue):
    anonymous = make_submission(
        catalogue.disdukcapil,
        status=Status.FORWARDED,
        identity=Submission.Identity.ANONYMOUS,
        name="Budi Santoso",
        email="budi@example.org",
        subject="Pungutan liar",
    )
    client.force_login(staff["officer"])
    assert "Budi Santoso" not in client.get(f"/admin/submissions/inspect/{anonymous.pk}/").content.decode()
    (row,) = export_rows(client)
    assert "Budi" not in row["name"] and "budi@" not in row["email"]
    assert anonymous.tracking_code not in client.get(f"{LIST}?q=Budi").content.decode()
    client.force_login(staff["reader"])
    assert "Budi Santoso" not in client.get(f"/admin/submissions/inspect/{anonymous.pk}/").content.decode()
    client.force_login(staff["coordinator"])
    assert "Budi Santoso" in client.get(f"/admin/submissions/inspect/{anonymous.pk}/").content.decode()
    assert export_rows(client)[0]["name"] == "Budi Santoso"


def test_the_nik_is_masked_unless_the_user_may_see_it(client, staff, catalogue):
    from django.contrib.auth.models import Permission

    application = make_submission(
        catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, nik="1373014101900001", name="Rina"
    )
    officer = staff["officer"]
    client.force_login(officer)
    assert "1373********0001" in client.get(f"/admin/submissions/inspect/{application.pk}/").content.decode()
    assert (
        "1373014101900001" not in client.get(f"/admin/submissions/inspect/{application.pk}/").content.decode()
    )
    assert export_rows(client)[0]["nik"] == "1373********0001"
    officer.user_permissions.add(Permission.objects.get(codename="view_full_nik"))
    client.force_login(officer)
    assert "1373014101900001" in client.get(f"/admin/submissions/inspect/{application.pk}/").content.decode()
    assert export_rows(client)[0]["nik"] == "1373014101900001"


# The list: filters, search, overdue marking, exports, audit log.


def test_overdue_items_are_marked_in_words_and_can_be_filtered(client, staff, catalogue):
    late = make_submission(
        catalogue.disdukcapil, status=Status.IN_PROGRESS, deadline=timezone.localdate() - timedelta(days=2)
    )
    on_time = make_submission(
        catalogue.disdukcapil, status=Status.IN_PROGRESS, deadline=timezone.localdate() + timedelta(days=2)
    )
    done_late = make_submission(
        catalogue.disdukcapil, status=Status.RESOLVED, deadline=timezone.localdate() - timedelta(days=9)
    )
    client.force_login(staff["officer"])
    page = client.get(LIST).content.decode()
    assert page.count("Terlambat 2 hari") == 1
    assert "submission-overdue" in page
    filtered = client.get(f"{LIST}?overdue=true").content.decode()
    assert late.tracking_code in filtered
    assert on_time.tracking_code not in filtered and done_late.tracking_code not in filtered


def test_filters_and_search(client, staff, catalogue, places):
    complaint = make_submission(catalogue.disdukcapil, subject="Jalan rusak", kecamatan=places["talawi"])
    aspiration = make_submission(
        catalogue.disdukcapil, kind=Submission.Kind.ASPIRATION, subject="Taman kota", identity="rahasia"
    )
    client.force_login(staff["coordinator"])

    def codes(query):
        page = client.get(f"{LIST}?{query}").content.decode()
        return {code for code in (complaint.tracking_code, aspiration.tracking_code) if code in page}

    assert codes("kind=aspirasi") == {aspiration.tracking_code}
    assert codes(f"kecamatan={places['talawi'].pk}") == {complaint.tracking_code}
    assert codes("identity=rahasia") == {aspiration.tracking_code}
    assert codes(f"agency={catalogue.dinkes.pk}") == set()
    assert codes("q=jalan") == {complaint.tracking_code}
    assert codes(f"q={aspiration.tracking_code.lower()}") == {aspiration.tracking_code}
    today = timezone.localdate()
    assert len(codes(f"created_at_from={today}&created_at_to={today}")) == 2
    assert codes(f"created_at_to={today - timedelta(days=1)}") == set()
    assert client.get(f"{LIST}?created_at_from=bukan-tanggal&status=xyz").status_code == 200


def test_exports_follow_the_filters_and_are_logged(client, staff, catalogue):
    make_submission(catalogue.disdukcapil, subject="Satu")
    make_submission(catalogue.disdukcapil, subject="Dua", kind=Submission.Kind.ASPIRATION)
    officer = staff["officer"]
    client.force_login(officer)
    assert [row["subject"] for row in export_rows(client, "kind=aspirasi&export=csv")] == ["Dua"]
    response = client.get(f"{LIST}?export=xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert len(rows[0]) == len(EXPORT_HEADINGS)
    assert len(rows) == 3
    exports = ModelLogEntry.objects.filter(action="feedback.submissions.export", user=officer)
    assert exports.count() == 2


def test_downloads_are_recorded_in_the_audit_log(client, staff, report):
    client.force_login(staff["officer"])
    client.get(f"/berkas/{report.attachments.get().pk}/")
    entry = ModelLogEntry.objects.for_instance(report).get(action="feedback.attachment.download")
    assert entry.user == staff["officer"]
    assert entry.data["label"] == "Foto antrean"


def test_a_large_export_streams_with_few_queries(client, staff, catalogue, django_assert_max_num_queries):
    bulk_submissions(catalogue.disdukcapil, 2500)
    client.force_login(staff["officer"])
    with django_assert_max_num_queries(20):
        response = client.get(f"{LIST}?export=csv")
        lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
    assert lines == 2501


# Query budgets.


def bulk_submissions(agency, count):
    today = timezone.localdate()
    Submission.objects.bulk_create(
        Submission(
            kind=Submission.Kind.COMPLAINT,
            status=Status.IN_PROGRESS,
            agency=agency,
            subject=f"Laporan {number}",
            deadline=today + timedelta(days=number % 7 - 3),
            tracking_code=f"SWL-2611-B{number:05d}",
            submission_key=f"bulk-{number}",
            secret_hash="x",
        )
        for number in range(count)
    )


@pytest.mark.parametrize("count", [20, 2000])
def test_the_list_has_a_query_budget(client, staff, catalogue, count, django_assert_max_num_queries):
    bulk_submissions(catalogue.disdukcapil, count)
    client.force_login(staff["officer"])
    client.get(LIST)  # warm the per-process caches (content types, site settings)
    with django_assert_max_num_queries(16):  # one of them: the two-factor check (security.mfa)
        response = client.get(f"{LIST}?ordering=deadline")
    assert response.status_code == 200
    assert response.content.decode().count("SWL-2611-B") >= min(count, 50)


def test_the_inspect_page_has_a_query_budget(client, staff, report, django_assert_max_num_queries):
    client.force_login(staff["officer"])
    client.get(f"/admin/submissions/inspect/{report.pk}/")
    with django_assert_max_num_queries(20):
        assert client.get(f"/admin/submissions/inspect/{report.pk}/").status_code == 200


# The dashboard.


def test_the_dashboard_counts_the_officers_agency_only(client, staff, catalogue):
    today = timezone.localdate()
    make_submission(catalogue.disdukcapil, status=Status.FORWARDED, deadline=today + timedelta(days=30))
    make_submission(catalogue.disdukcapil, status=Status.IN_PROGRESS, deadline=today - timedelta(days=1))
    make_submission(catalogue.dinkes, status=Status.IN_PROGRESS, deadline=today - timedelta(days=1))
    client.force_login(staff["officer"])
    page = client.get("/admin/").content.decode()
    assert "Dinas Kependudukan" in page
    assert 'overdue=true">1</a>' in page
    assert "Dinas Kesehatan" not in page
    client.force_login(staff["coordinator"])
    assert 'overdue=true">2</a>' in client.get("/admin/").content.decode()
    client.force_login(staff["editor"])
    assert "submissions-summary" not in client.get("/admin/").content.decode()
