"""The admin IKM report (Reports → IKM) and its XLSX export, seen by the back office and by those refused."""

import datetime
import io
import re
from decimal import Decimal

from django.contrib.auth.models import Permission
from django.utils import translation
from django.utils.formats import localize
from django.utils.translation import gettext

import pytest
from openpyxl import load_workbook

from feedback.ikm import compute_ikm, krejcie_morgan, period_population
from feedback.models import SurveyResponse
from services_catalog.factories import AgencyFactory, ServicePageFactory
from services_catalog.models import ServicePage
from tests.feedback.conftest import make_staff
from tests.feedback.test_ikm import FOUR_RESPONDENTS, respond

pytestmark = pytest.mark.django_db

URL = "/admin/reports/ikm/"
FIRST_SEMESTER_2026 = {"periode": "semester", "tahun": "2026", "nomor": "1"}
IN_PERIOD = datetime.date(2026, 3, 2)


def back_office(client, username, role=None):
    """`client` logged in as a staff member who may open the Wagtail admin, in the group `role`."""
    person = make_staff(username, role)
    person.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(person)
    return client


def survey(catalogue):
    """Five answers about Akta Kelahiran (one in English), one about the practice licence, one too late."""
    for answers in FOUR_RESPONDENTS:
        respond(catalogue.birth_certificate, answers, gender="P", age_band="30-39")
    respond(catalogue.birth_certificate_en, (4,) * 9, gender="L")
    respond(catalogue.practice_licence, (2,) * 9, education="SMA")
    respond(catalogue.practice_licence, (1,) * 9, service_date=datetime.date(2026, 7, 1))


def cells(html, name):
    """The cells of the table row headed `name`, as text."""
    row = re.search(rf'<th scope="row">{re.escape(name)}</th>(.*?)</tr>', html, re.S)
    assert row, f"no row for {name}"
    return [" ".join(cell.split()) for cell in re.findall(r"<td>(.*?)</td>", row.group(1), re.S)]


def sample(population, minimum=None, enough=False):
    """The population and minimum-sample cells as the admin (in Indonesian) shows them."""
    with translation.override("id"):
        if population is None:
            return [gettext("unknown"), gettext("unknown")]
        return [str(population), f"{minimum} ({gettext('enough answers' if enough else 'too few answers')})"]


def expected_cells(result):
    """The cells of a row for `result` when no service has a known number of users."""
    with translation.override("id"):
        return [
            str(result.respondents),
            *sample(None),
            *(localize(value) for value in result.nrr.values()),
            localize(result.ikm),
            f"{result.grade} ({result.grade_label})",
        ]


@pytest.mark.parametrize("role", ["Koordinator Pengaduan", "Petugas OPD", "Pimpinan"])
def test_back_office_roles_open_the_report_from_the_reports_menu(client, catalogue, role):
    survey(catalogue)
    response = back_office(client, "staf", role).get(URL, FIRST_SEMESTER_2026)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Akta Kelahiran" in content and "<svg" in content
    assert f'"{URL}"' in content or f"&quot;{URL}&quot;" in content  # the menu item in the sidebar


def test_superusers_open_the_report(admin_client, catalogue):
    assert admin_client.get(URL).status_code == 200


def test_staff_without_a_back_office_role_are_refused_and_see_no_menu_item(client, catalogue):
    survey(catalogue)
    editor = back_office(client, "editor")
    assert editor.get(URL, FIRST_SEMESTER_2026).status_code == 403
    assert editor.get(URL, {**FIRST_SEMESTER_2026, "export": "xlsx"}).status_code == 403
    other_report = editor.get("/admin/reports/katalog-layanan/")
    assert other_report.status_code == 200 and URL not in other_report.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, catalogue):
    for query in (FIRST_SEMESTER_2026, {"export": "xlsx"}):
        response = client.get(URL, query)
        assert response.status_code == 302 and response["Location"].startswith("/akun/login/")


def test_numbers_match_compute_ikm_for_city_agency_and_service(client, catalogue):
    survey(catalogue)
    content = back_office(client, "koordinator", "Koordinator Pengaduan").get(URL, FIRST_SEMESTER_2026)
    content = content.content.decode()

    in_period = SurveyResponse.objects.filter(service_date__range=(IN_PERIOD, datetime.date(2026, 6, 30)))
    birth = in_period.filter(service__translation_key=catalogue.birth_certificate.translation_key)
    licence = in_period.filter(service=catalogue.practice_licence)
    assert birth.count() == 5  # the English answer counts for the same service
    assert cells(content, "Seluruh kota") == expected_cells(compute_ikm(in_period))
    assert cells(content, "Akta Kelahiran") == expected_cells(compute_ikm(birth))
    assert cells(content, "Dinas Kependudukan dan Pencatatan Sipil") == expected_cells(compute_ikm(birth))
    assert cells(content, "Surat Izin Praktik Tenaga Kesehatan") == expected_cells(compute_ikm(licence))
    assert cells(content, "Dinas Kesehatan") == expected_cells(compute_ikm(licence))
    assert "Birth Certificate" not in content  # one row per service, whatever the language
    assert '<th scope="row">Perempuan</th><td>4</td>' in content  # respondent profile


def test_charts_for_the_chosen_agency_and_service_come_with_their_table(client, catalogue):
    survey(catalogue)
    response = back_office(client, "pimpinan", "Pimpinan").get(
        URL, {**FIRST_SEMESTER_2026, "opd": str(catalogue.dinkes.translation_key)}
    )
    content = response.content.decode()
    assert content.count('<svg class="chart"') == 2  # the city and Dinas Kesehatan
    assert 'id="chart-agency-title">' in content and 'aria-labelledby="chart-agency-title' in content
    assert content.count('<th scope="row">U1 Persyaratan</th><td>2,00</td>') == 1  # Dinkes: all 2s


def test_minimum_sample_from_the_yearly_users(client, catalogue):
    survey(catalogue)
    ServicePage.objects.filter(pk=catalogue.birth_certificate.pk).update(annual_users=1200)
    ServicePage.objects.filter(pk=catalogue.practice_licence.pk).update(annual_users=2)
    coordinator = back_office(client, "koordinator", "Koordinator Pengaduan")

    content = coordinator.get(URL, FIRST_SEMESTER_2026).content.decode()
    # Half a year of 1 200 users is 600, and Krejcie–Morgan's table gives 234 for 600.
    assert krejcie_morgan(600) == 234
    assert cells(content, "Akta Kelahiran")[1:3] == sample(600, 234)
    assert cells(content, "Dinas Kependudukan dan Pencatatan Sipil")[1:3] == sample(600, 234)
    assert cells(content, "Surat Izin Praktik Tenaga Kesehatan")[1:3] == sample(1, 1, enough=True)
    assert cells(content, "Seluruh kota")[1:3] == sample(601, krejcie_morgan(601))

    march = coordinator.get(URL, {"periode": "month", "tahun": "2026", "nomor": "3"}).content.decode()
    assert cells(march, "Akta Kelahiran")[1:3] == sample(100, 80)


def test_agency_without_any_known_users_says_unknown(client, catalogue):
    survey(catalogue)
    ServicePage.objects.filter(pk=catalogue.practice_licence.pk).update(annual_users=4)
    content = back_office(client, "koordinator", "Koordinator Pengaduan").get(URL, FIRST_SEMESTER_2026)
    assert cells(content.content.decode(), "Dinas Kependudukan dan Pencatatan Sipil")[1:3] == sample(None)


def test_users_in_a_period_are_rounded_half_up():
    assert period_population(1100, 1) == 92  # 91.67
    assert period_population(150, 3) == 38  # 37.5
    assert period_population(1200, 12) == 1200
    assert period_population(None, 6) is None


def test_xlsx_export_has_the_summary_and_the_profile(client, catalogue):
    survey(catalogue)
    ServicePage.objects.filter(pk=catalogue.birth_certificate.pk).update(annual_users=1200)
    response = back_office(client, "petugas", "Petugas OPD").get(
        URL, {**FIRST_SEMESTER_2026, "export": "xlsx"}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == 'attachment; filename="ikm-2026-semester-1.xlsx"'

    summary, profile = load_workbook(io.BytesIO(response.content)).worksheets
    rows = list(summary.iter_rows(values_only=True))
    assert len(rows[0]) == 2 + 3 + 9 + 3  # level, name; respondents, users, sample; NRR u1–u9; IKM, grade ×2
    by_name = {row[1]: row for row in rows[1:]}
    assert len(rows) == 1 + 5  # the city, two agencies, two services
    birth = compute_ikm(
        SurveyResponse.objects.filter(
            service__translation_key=catalogue.birth_certificate.translation_key,
            service_date__lte=datetime.date(2026, 6, 30),
        )
    )
    row = by_name["Akta Kelahiran"]
    assert row[2:5] == (5, 600, 234)
    assert [Decimal(str(value)) for value in row[5:14]] == list(birth.nrr.values())
    assert Decimal(str(row[14])) == birth.ikm and row[15] == birth.grade
    assert by_name["Dinas Kesehatan"][3:5] == (None, None)  # unknown: empty cells
    city = by_name["Seluruh kota"]
    assert (
        city[2] == 6
        and Decimal(str(city[14]))
        == compute_ikm(SurveyResponse.objects.filter(service_date__lte=datetime.date(2026, 6, 30))).ikm
    )

    profile_rows = list(profile.iter_rows(values_only=True))[1:]
    genders = [row for row in profile_rows if row[0] == "Jenis kelamin"]
    assert [(answer, count) for _question, answer, count in genders] == [
        ("Laki-laki", 1),
        ("Perempuan", 4),
        ("Tidak diisi", 1),
    ]


def test_period_without_answers(client, catalogue):
    coordinator = back_office(client, "koordinator", "Koordinator Pengaduan")
    response = coordinator.get(URL, {"periode": "month", "tahun": "2026", "nomor": "1"})
    assert response.status_code == 200 and '<svg class="chart"' not in response.content.decode()
    export = coordinator.get(URL, {"periode": "<x>", "tahun": "1800", "nomor": "99", "export": "xlsx"})
    assert export.status_code == 200 and 'filename="ikm-' in export["Content-Disposition"]


def services_with_answers(catalogue, count):
    """`count` services across three agencies, each with yearly users and two answers."""
    agencies = [catalogue.disdukcapil, catalogue.dinkes, AgencyFactory()]
    for number in range(count):
        service = ServicePageFactory(
            parent=catalogue.index, agency=agencies[number % 3], annual_users=100 * (number + 1)
        )
        respond(service, (3,) * 9, gender="L")
        respond(service, (4,) * 9, occupation="PNS")


@pytest.mark.parametrize("count", [3, 12])
def test_query_count_does_not_grow_with_the_number_of_services(
    client, catalogue, django_assert_max_num_queries, count
):
    services_with_answers(catalogue, count)
    coordinator = back_office(client, "koordinator", "Koordinator Pengaduan")
    query = {**FIRST_SEMESTER_2026, "opd": str(catalogue.dinkes.translation_key)}
    with django_assert_max_num_queries(20):  # one of them: the two-factor check (security.mfa)
        content = coordinator.get(URL, query).content.decode()
    assert content.count(sample(10, 10)[1].removeprefix("10 ")) == count + 3 + 1  # every row: too few
    with django_assert_max_num_queries(16):
        assert coordinator.get(URL, {**query, "export": "xlsx"}).status_code == 200
