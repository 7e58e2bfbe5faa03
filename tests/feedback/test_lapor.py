"""The SP4N-LAPOR! hand-off: recording it in the back office, the tracking page, and the CSV for LAPOR!."""

import csv
import io
from datetime import date, timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.models import ModelLogEntry

import pytest

from feedback.lapor import EXPORT_HEADINGS
from feedback.models import Submission
from tests.feedback.conftest import make_staff, make_submission

pytestmark = pytest.mark.django_db

LIST = "/admin/submissions/"
EXPORT = "/admin/submissions/lapor.csv"
Direction = Submission.LaporDirection
Identity = Submission.Identity


@pytest.fixture
def report(catalogue, places):
    return make_submission(
        catalogue.disdukcapil,
        status=Submission.Status.FORWARDED,
        name="Siti Rahmawati",
        email="siti@example.org",
        phone="+6281234567890",
        subject="Jalan berlubang di Talawi",
        description="Lubang besar di depan pasar.",
        event_date=date(2026, 3, 2),
        kecamatan=places["talawi"],
        kelurahan=places["talawi_hilir"],
    )


def indonesian(message):
    """The admin and the site speak the default language, Indonesian."""
    with translation.override("id"):
        return gettext(message)


def inspect_url(submission):
    return f"/admin/submissions/inspect/{submission.pk}/"


def record(client, submission, direction, lapor_id="", lapor_date=None, follow=True):
    lapor_date = lapor_date or timezone.localdate()
    data = {"lapor-direction": direction, "lapor-lapor_id": lapor_id, "lapor-lapor_date": lapor_date}
    return client.post(inspect_url(submission), data, follow=follow)


def refused(response):
    """Wagtail's admin answers a denied permission by sending the user back to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def export(client, query=""):
    response = client.get(f"{EXPORT}?{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return b"".join(response.streaming_content)


def export_rows(client, query=""):
    header, *rows = csv.reader(io.StringIO(export(client, query).decode("utf-8-sig")))
    assert len(header) == len(EXPORT_HEADINGS)
    return [dict(zip(EXPORT_HEADINGS, row, strict=True)) for row in rows]


# Recording, correcting and removing the hand-off.


def test_the_coordinator_records_a_forward_to_lapor(client, staff, report):
    client.force_login(staff["coordinator"])
    page = record(client, report, Direction.FORWARDED, " #1916449 ", date(2026, 3, 3)).content.decode()
    report.refresh_from_db()
    assert (report.lapor_direction, report.lapor_id, report.lapor_date) == (
        Direction.FORWARDED,
        "1916449",
        date(2026, 3, 3),
    )
    assert "1916449" in page
    entry = ModelLogEntry.objects.for_instance(report).get(action="feedback.submission.lapor")
    assert entry.user == staff["coordinator"]
    assert entry.data == {
        "direction": "diteruskan",
        "lapor_id": "1916449",
        "date": "2026-03-03",
        "previous": {"direction": "", "lapor_id": "", "date": None},
    }
    # The inspect page's audit log says what was recorded.
    assert f"{indonesian('Forwarded to SP4N-LAPOR!')}: 1916449" in page


def test_the_agencys_officer_records_and_corrects_a_report_received_from_lapor(client, staff, report):
    client.force_login(staff["officer"])
    form = client.get(inspect_url(report)).content.decode()
    assert 'name="lapor-lapor_id"' in form
    record(client, report, Direction.RECEIVED, "1916449")
    record(client, report, Direction.RECEIVED, "1916494")
    report.refresh_from_db()
    assert (report.lapor_direction, report.lapor_id) == (Direction.RECEIVED, "1916494")
    entries = ModelLogEntry.objects.for_instance(report).filter(action="feedback.submission.lapor")
    assert [entry.data["previous"]["lapor_id"] for entry in entries.order_by("timestamp", "pk")] == [
        "",
        "1916449",
    ]
    record(client, report, "hapus")
    report.refresh_from_db()
    assert (report.lapor_direction, report.lapor_id, report.lapor_date) == ("", "", None)
    assert entries.count() == 3


@pytest.mark.parametrize(
    "lapor_id",
    [
        "",
        "<script>alert(1)</script>",
        "LAPOR",
        "123",
        "12 34'; DROP TABLE x;--",
        "1916449" * 2000,
        "１９１６４４９",  # full-width digits
        "-1916449",
    ],
)
def test_a_bad_tracking_id_is_refused_next_to_the_field(client, staff, report, lapor_id):
    client.force_login(staff["coordinator"])
    response = record(client, report, Direction.FORWARDED, lapor_id)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert 'id="lapor-heading"' in page and '<details class="w-mb-4" open>' in page
    assert 'aria-invalid="true"' in page
    report.refresh_from_db()
    assert report.lapor_id == ""
    assert not ModelLogEntry.objects.filter(action="feedback.submission.lapor").exists()


def test_the_messages_name_the_problem_and_keep_the_input(client, staff, report):
    client.force_login(staff["coordinator"])
    page = record(client, report, Direction.FORWARDED, "<b>x</b>").content.decode()
    bad_id = indonesian(
        "Write the tracking ID as SP4N-LAPOR! shows it: 4 to 30 letters and digits, e.g. 1916449."
    )
    assert page.count(bad_id) == 2  # in the messages at the top and next to the field
    assert 'value="&lt;b&gt;x&lt;/b&gt;"' in page
    tomorrow = timezone.localdate() + timedelta(days=1)
    page = record(client, report, Direction.FORWARDED, "1916449", tomorrow).content.decode()
    assert indonesian("The date cannot be in the future.") in page
    for direction in ("nowhere", "hapus"):  # "remove" is offered only once something is recorded
        assert 'aria-invalid="true"' in record(client, report, direction, "1916449").content.decode()
    assert not Submission.objects.exclude(lapor_direction="").exists()


def test_an_officer_of_another_agency_cannot_record_it(client, staff, report):
    client.force_login(staff["other_officer"])
    assert record(client, report, Direction.FORWARDED, "1916449").status_code == 404
    report.refresh_from_db()
    assert report.lapor_id == ""


def test_the_pimpinan_and_applications_get_no_form(client, staff, report, catalogue):
    client.force_login(staff["reader"])
    assert 'name="lapor-lapor_id"' not in client.get(inspect_url(report)).content.decode()
    assert refused(record(client, report, Direction.FORWARDED, "1916449", follow=False))
    application = make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION)
    client.force_login(staff["coordinator"])
    assert 'name="lapor-lapor_id"' not in client.get(inspect_url(application)).content.decode()
    assert refused(record(client, application, Direction.FORWARDED, "1916449", follow=False))
    assert not Submission.objects.exclude(lapor_id="").exists()


# The list filter.


def test_the_list_filters_by_hand_off_and_links_the_export(client, staff, catalogue):
    forwarded = make_submission(
        catalogue.disdukcapil, lapor_direction=Direction.FORWARDED, lapor_id="111111", lapor_date=date.today()
    )
    received = make_submission(
        catalogue.disdukcapil, lapor_direction=Direction.RECEIVED, lapor_id="222222", lapor_date=date.today()
    )
    unlinked = make_submission(catalogue.disdukcapil)
    client.force_login(staff["officer"])
    codes = {forwarded.tracking_code, received.tracking_code, unlinked.tracking_code}

    def listed(query):
        page = client.get(f"{LIST}?{query}").content.decode()
        return {code for code in codes if code in page}

    assert listed("lapor=diteruskan") == {forwarded.tracking_code}
    assert listed("lapor=diterima") == {received.tracking_code}
    assert listed("lapor=none") == {unlinked.tracking_code}
    assert listed("") == codes
    hostile = client.get(f"{LIST}?lapor=%3Cscript%3Ealert(1)%3C/script%3E")
    assert hostile.status_code == 200
    assert "<script>alert(1)</script>" not in hostile.content.decode()
    assert f'href="{EXPORT}?kind=aspirasi"' in client.get(f"{LIST}?kind=aspirasi").content.decode()
    assert f'href="{EXPORT}"' in client.get(LIST).content.decode()


def test_the_inspect_page_shows_the_tracking_id(client, staff, report):
    report.lapor_direction, report.lapor_id, report.lapor_date = Direction.RECEIVED, "1916449", date.today()
    report.save()
    client.force_login(staff["reader"])
    assert "1916449" in client.get(inspect_url(report)).content.decode()


# The citizen's tracking page.


def test_the_tracking_page_shows_the_hand_off(client, report, catalogue):
    secret = report.set_secret()
    report.save()
    other = make_submission(catalogue.disdukcapil)
    other_secret = other.set_secret()
    other.save()
    page = client.get(f"/lacak/{report.tracking_code}/{secret}/").content.decode()
    assert "SP4N-LAPOR!" not in page
    Submission.objects.filter(pk=report.pk).update(
        lapor_direction=Direction.FORWARDED, lapor_id="1916449", lapor_date=date(2026, 3, 3)
    )
    page = client.get(f"/lacak/{report.tracking_code}/{secret}/").content.decode()
    forwarded = indonesian("Forwarded to SP4N-LAPOR! with number %(number)s on %(date)s.")
    assert forwarded % {"number": "1916449", "date": "3 Maret 2026"} in page
    assert 'href="https://www.lapor.go.id/"' in page
    Submission.objects.filter(pk=report.pk).update(lapor_direction=Direction.RECEIVED)
    page = client.get(f"/lacak/{report.tracking_code}/{secret}/").content.decode()
    assert indonesian("Received from SP4N-LAPOR! (number %(number)s).") % {"number": "1916449"} in page
    assert "1916449" not in client.get(f"/lacak/{other.tracking_code}/{other_secret}/").content.decode()
    # The code alone shows no more than the status.
    assert "1916449" not in client.get(f"/lacak/?kode={report.tracking_code}").content.decode()


# The CSV for LAPOR!.


def test_the_export_is_excel_ready_csv_with_the_report(client, staff, report):
    client.force_login(staff["officer"])
    content = export(client)
    assert content.startswith(b"\xef\xbb\xbf")
    assert client.get(EXPORT)["Content-Disposition"] == 'attachment; filename="sp4n-lapor.csv"'
    header, row = csv.reader(io.StringIO(content.decode("utf-8-sig")))
    with translation.override("id"):
        assert header == [str(heading) for heading in EXPORT_HEADINGS.values()]
    values = dict(zip(EXPORT_HEADINGS, row, strict=True))
    assert values["tracking_code"] == report.tracking_code
    assert values["classification"] == indonesian("Complaint")
    assert values["title"] == "Jalan berlubang di Talawi"
    assert values["text"] == "Lubang besar di depan pasar."
    assert values["event_date"] == "2026-03-02"
    assert values["location"] == "Desa Talawi Hilir, Kecamatan Talawi"
    assert values["agency"] == report.agency.name
    assert values["confidentiality"] == indonesian("Normal")
    assert values["name"] == "Siti Rahmawati"
    assert values["email"] == "siti@example.org"
    assert values["phone"] == "'+6281234567890"  # shown as text by Excel, not taken for a formula
    exports = ModelLogEntry.objects.filter(action="feedback.submissions.export_lapor")
    assert list(exports.values_list("user", flat=True)) == [staff["officer"].pk] * 2


def test_anonymous_and_confidential_reporters_are_never_exported(client, staff, catalogue):
    for identity in (Identity.ANONYMOUS, Identity.CONFIDENTIAL):
        make_submission(
            catalogue.disdukcapil,
            identity=identity,
            name="Budi Santoso",
            email="budi@example.org",
            phone="081234567890",
            subject=f"Laporan {identity}",
        )
    for who in ("coordinator", "officer"):  # the coordinator may see an anonim identity, but not export it
        client.force_login(staff[who])
        content = export(client).decode("utf-8-sig")
        assert "Budi" not in content and "budi@" not in content and "081234567890" not in content
        assert len(export_rows(client)) == 2


def test_an_officer_exports_only_their_agencys_reports(client, staff, catalogue, report):
    make_submission(catalogue.dinkes, subject="Antrean puskesmas")
    make_submission(catalogue.disdukcapil, kind=Submission.Kind.APPLICATION, subject="Akta kelahiran")
    client.force_login(staff["other_officer"])
    assert [row["title"] for row in export_rows(client)] == ["Antrean puskesmas"]
    assert export_rows(client, f"q={report.tracking_code}") == []
    client.force_login(staff["officer"])
    assert [row["title"] for row in export_rows(client)] == ["Jalan berlubang di Talawi"]  # no application


def test_the_export_follows_the_list_filters(client, staff, catalogue, report):
    make_submission(
        catalogue.disdukcapil,
        kind=Submission.Kind.ASPIRATION,
        subject='=HYPERLINK("http://example.org")',
        lapor_direction=Direction.FORWARDED,
        lapor_id="1916449",
        lapor_date=date.today(),
    )
    client.force_login(staff["coordinator"])
    (aspiration,) = export_rows(client, "kind=aspirasi")
    assert aspiration["title"] == '\'=HYPERLINK("http://example.org")'
    assert aspiration["lapor_id"] == "1916449"
    assert [row["title"] for row in export_rows(client, "lapor=none")] == ["Jalan berlubang di Talawi"]
    assert len(export_rows(client, "lapor=<script>&created_at_from=bukan-tanggal")) == 2


def test_staff_without_a_role_and_visitors_cannot_export(client, report):
    response = client.get(EXPORT)
    assert response.status_code == 302 and "/akun/login/" in response["Location"]
    client.force_login(make_staff("editor"))  # is_staff, but no admin access: a plain 403
    assert client.get(EXPORT).status_code == 403
    assert not ModelLogEntry.objects.filter(action="feedback.submissions.export_lapor").exists()
