"""No export of the site hands an officer a formula (CSV injection), whoever typed the text (issue 19, 6).

The exports are found, not listed: every URL pattern whose view has Wagtail's CSV/XLSX export (ours and
Wagtail's own reports), and every module of ours that writes a CSV or a workbook by hand must use
home.spreadsheet. Each export is then downloaded with formula payloads in the residents' free text
(a "helpful?" comment, a search query, a subject, a consultation comment and display name) and the
editors' names (services and agencies in the IKM report), and every cell is read back: as a CSV the
way a spreadsheet splits it with "," and, as Excel set to Indonesian does, with ";"; as an XLSX.
"""

import csv
import datetime
import io
import pathlib
import re

from django.contrib.auth import get_user_model
from django.urls import URLResolver, get_resolver

from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.search_promotions.models import Query

import pytest
from openpyxl import load_workbook

from forums.models import ConsultationComment, State
from opendata.registry import DATASETS
from search.models import ZeroResultQuery
from services_catalog.models import Agency, HelpfulVote, ServicePage
from tests.feedback.conftest import make_submission
from tests.feedback.test_ikm import respond
from tests.forums.conftest import make_user
from tests.forums.test_moderation import make_consultation
from tests.security import test_url_access
from tests.security.test_url_access import sample

pytestmark = pytest.mark.django_db
city = test_url_access.city  # a fixture: a submission, a forum, the groups

PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",  # full-width, as an East Asian input method types it
    'Rina;=HYPERLINK("http://contoh.test")',  # a cell of its own where Excel splits at ";"
]
# What a spreadsheet runs as a formula at the start of a cell (OWASP "CSV injection"), checked here
# without the helper's own list.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
ROOT = pathlib.Path(__file__).resolve().parents[2]
FIRST_PARTY = [
    "config",
    "feedback",
    "forums",
    "home",
    "opendata",
    "privacy",
    "search",
    "security",
    "services_catalog",
]
WRITES_A_SPREADSHEET = re.compile(r"^\s*(import csv|from openpyxl|import openpyxl)\b", re.M)
# Exports written by hand (not Wagtail's export): URL and query.
HAND_WRITTEN = {
    "admin/reports/ikm/": "/admin/reports/ikm/?periode=semester&tahun=2026&nomor=1&export=xlsx",
    **{f"data-terbuka/{slug}.csv": f"/data-terbuka/{slug}.csv" for slug in DATASETS},
}
# Wagtail's own reports of what editors did to pages: no resident's text reaches them.
EDITORS_ONLY = {
    "admin/redirects/",
    "admin/reports/aging-pages/",
    "admin/reports/locked/",
    "admin/reports/site-history/",
    "admin/reports/workflow/",
    "admin/reports/workflow_tasks/",
}


def wagtail_exports() -> list[str]:
    """Every URL pattern whose view exports with Wagtail's SpreadsheetExportMixin (its "results/"
    twin is the same view, for the list's live updates)."""

    def walk(entries, prefix):
        for entry in entries:
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + str(entry.pattern))
            else:
                yield prefix + str(entry.pattern), entry.callback

    found = []
    for pattern, view in walk(get_resolver().url_patterns, ""):
        view_class = getattr(view, "view_class", None)
        if not (view_class and issubclass(view_class, SpreadsheetExportMixin)):
            continue
        list_export = getattr(view, "view_initkwargs", {}).get("list_export", view_class.list_export)
        if list_export and not pattern.endswith("results/"):
            found.append(pattern)
    return sorted(found)


@pytest.fixture
def hostile(city, site_tree):
    """The payloads wherever a resident's or an editor's text reaches an export."""
    catalogue = city["catalogue"]
    service = catalogue.practice_licence
    ServicePage.objects.filter(pk=service.pk).update(title=PAYLOADS[0], summary=PAYLOADS[1])
    Agency.objects.filter(pk=service.agency_id).update(name=PAYLOADS[3])
    consultation = make_consultation(site_tree)
    for number, payload in enumerate(PAYLOADS):
        make_submission(catalogue.disdukcapil, subject=payload, description=payload, name=payload)
        HelpfulVote.objects.create(page=service, helpful=False, comment=payload, language="id")
        ZeroResultQuery.objects.create(query=payload, language="id", day=datetime.date.today(), hits=2)
        Query.get(payload).add_hit()
        ConsultationComment.objects.create(
            page=consultation, author=make_user(f"{payload}{number}"), body=payload, state=State.PUBLISHED
        )
    respond(service, (4,) * 9, service_date=datetime.date(2026, 3, 2))
    return city


def csv_cells(content: bytes) -> list[str]:
    text = content.decode("utf-8-sig")
    return [
        cell
        for delimiter in (",", ";")
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for cell in row
    ]


def is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def assert_csv_is_safe(name, content, *, carries_payloads=True):
    cells = csv_cells(content)
    formulas = [cell for cell in cells if cell.startswith(FORMULA_STARTS) and not is_number(cell)]
    assert formulas == [], name
    if carries_payloads:
        assert any(cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) for cell in cells), name


def assert_xlsx_is_safe(name, content, *, carries_payloads=True):
    sheets = load_workbook(io.BytesIO(content)).worksheets
    cells = [cell for sheet in sheets for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == [], name
    text = [cell for cell in cells if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS)]
    # Stored as text, and marked so that editing the cell in Excel keeps it text.
    assert [cell.value for cell in text if not cell.quotePrefix] == [], name
    if carries_payloads:
        assert text, name


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_exports_are_found():
    exports = wagtail_exports()
    for ours in [
        "admin/submissions/",
        "admin/submissions/lapor.csv",
        "admin/consultation_comments/",
        "admin/helpful_votes/",
        "admin/reports/katalog-layanan/",
        "admin/reports/kegunaan-layanan/",
        "admin/reports/pencarian-tanpa-hasil/",
        "admin/searchpicks/reports/search-terms/",
    ]:
        assert ours in exports


def test_every_module_writing_a_spreadsheet_uses_the_helper():
    writers = [
        path.relative_to(ROOT)
        for app in FIRST_PARTY
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and WRITES_A_SPREADSHEET.search(path.read_text())
    ]
    assert writers  # the scan sees the exports written by hand
    without_helper = [
        str(path)
        for path in writers
        if str(path) != "home/spreadsheet.py"
        and "from home.spreadsheet import" not in (ROOT / path).read_text()
    ]
    assert without_helper == [], "Route these exports through home.spreadsheet (csv_cell, xlsx_row)"


def test_no_export_hands_out_a_formula(client, hostile):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "sandi-123"))
    for pattern in wagtail_exports():
        path = sample(pattern)
        carries = pattern not in EDITORS_ONLY
        assert_csv_is_safe(pattern, download(client, f"{path}?export=csv"), carries_payloads=carries)
        if not pattern.endswith(".csv"):
            assert_xlsx_is_safe(pattern, download(client, f"{path}?export=xlsx"), carries_payloads=carries)
    for pattern, url in HAND_WRITTEN.items():
        content = download(client, url)
        if url.endswith(".csv"):
            assert_csv_is_safe(pattern, content, carries_payloads=False)  # numbers and agency codes
        else:
            assert_xlsx_is_safe(pattern, content)
