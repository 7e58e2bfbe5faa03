"""The search back office: synonym groups (a snippet) and Reports → Searches without results."""

import csv
import io
from datetime import timedelta

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from openpyxl import load_workbook

from search.models import SynonymGroup, ZeroResultQuery
from tests.forums.conftest import PASSWORD, make_user, t

REPORT = "/admin/reports/pencarian-tanpa-hasil/"


def admin_user(name, *codenames):
    user = make_user(name)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="search", codename__in=codenames),
    )
    return user


@pytest.fixture
def editor(site_tree):
    """A content editor who keeps the synonym groups."""
    return admin_user("Editor", "add_synonymgroup", "change_synonymgroup", "delete_synonymgroup")


@pytest.fixture
def officer(site_tree):
    """In the back office for other work, with no say over the search."""
    return admin_user("Petugas")


@pytest.fixture
def searches(site_tree):
    """What residents asked and did not find: today, 3 days ago, 10 days ago and 40 days ago."""
    today = timezone.localdate()
    rows = [
        ("bikin skck", "id", 0, 4),
        ("bikin skck", "id", 3, 2),
        ("bikin skck", "en", 0, 1),
        ("izin keramaian", "id", 3, 5),
        ("kartu kuning", "id", 10, 9),
        ("surat pindah", "id", 40, 20),
    ]
    for query, language, days_ago, hits in rows:
        ZeroResultQuery.objects.create(
            query=query, language=language, day=today - timedelta(days=days_ago), hits=hits
        )
    return today


def table_rows(response):
    """(query, language, total) per row of the report, in the order shown."""
    return [(row["query"], row["language"], row["total"]) for row in response.context["object_list"]]


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def test_an_editor_lists_searches_and_adds_synonym_groups(client, site_tree, editor):
    english = site_tree.locale_en
    with translation.override("id"):
        english_name = str(english.get_display_name())
    SynonymGroup.objects.create(terms="KTP, KTP-el, e-KTP, kartu tanda penduduk")
    SynonymGroup.objects.create(terms="ID card, identity card", locale=english)
    login(client, editor)

    listing = client.get(reverse("search_synonyms:list"))
    searched = client.get(reverse("search_synonyms:list"), {"q": "tanda penduduk"})
    in_english = client.get(reverse("search_synonyms:list"), {"locale": "en"})

    assert listing.status_code == 200
    html = listing.content.decode()
    assert "KTP, KTP-el, e-KTP, kartu tanda penduduk" in html
    assert "identity card" in html
    assert english_name in html  # the locale column, in the admin's language
    assert "KTP-el" in searched.content.decode()
    assert "identity card" not in searched.content.decode()
    assert "identity card" in in_english.content.decode()
    assert "KTP-el" not in in_english.content.decode()

    added = client.post(reverse("search_synonyms:add") + "?locale=id", {"terms": "SKCK, surat kelakuan baik"})
    assert added.status_code == 302
    assert SynonymGroup.objects.get(terms__startswith="SKCK").locale.language_code == "id"


def test_synonym_groups_are_refused_without_permission(client, officer):
    login(client, officer)

    response = client.get(reverse("search_synonyms:list"))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_the_report_shows_the_last_week_by_default_most_asked_first(client, editor, searches):
    login(client, editor)

    response = client.get(REPORT)

    assert response.status_code == 200
    assert table_rows(response) == [
        ("bikin skck", "id", 6),
        ("izin keramaian", "id", 5),
        ("bikin skck", "en", 1),
    ]
    row = response.context["object_list"][0]
    assert row["last_seen"] == searches
    html = response.content.decode()
    assert "/cari/?q=bikin+skck" in html  # each query opens the results page residents saw
    assert "/en/cari/?q=bikin+skck" in html
    assert reverse("search_synonyms:add") in html


def test_the_report_covers_the_last_30_days_or_one_day(client, editor, searches):
    login(client, editor)

    month = client.get(REPORT, {"period": "30"})
    one_day = client.get(REPORT, {"day": str(searches - timedelta(days=3))})
    in_english = client.get(REPORT, {"period": "30", "language": "en"})
    results_only = client.get(REPORT + "results/", {"period": "30"})

    assert table_rows(month) == [
        ("kartu kuning", "id", 9),
        ("bikin skck", "id", 6),
        ("izin keramaian", "id", 5),
        ("bikin skck", "en", 1),
    ]
    assert table_rows(one_day) == [("izin keramaian", "id", 5), ("bikin skck", "id", 2)]
    assert table_rows(in_english) == [("bikin skck", "en", 1)]
    assert "kartu kuning" in results_only.content.decode()


def test_a_bad_filter_value_falls_back_to_the_last_week(client, editor, searches):
    login(client, editor)

    response = client.get(REPORT, {"period": "365", "day": "kemarin"})

    assert response.status_code == 200
    assert [query for query, _language, _total in table_rows(response)] == [
        "bikin skck",
        "izin keramaian",
        "bikin skck",
    ]


def test_the_report_exports_csv_and_xlsx(client, editor, searches):
    login(client, editor)

    as_csv = client.get(REPORT, {"period": "30", "export": "csv"})
    as_xlsx = client.get(REPORT, {"period": "30", "export": "xlsx"})

    assert as_csv.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(as_csv.streaming_content).decode())))
    assert rows[0] == [t("Query"), t("Language"), t("Times searched"), t("Last searched on")]
    assert rows[1] == ["kartu kuning", "id", "9", str(searches - timedelta(days=10))]
    assert len(rows) == 5
    sheet = load_workbook(io.BytesIO(b"".join(as_xlsx.streaming_content))).active
    values = list(sheet.values)
    assert values[1][:3] == ("kartu kuning", "id", 9)
    assert len(values) == 5


def test_the_report_is_refused_without_permission_to_edit_synonyms(client, officer, searches):
    login(client, officer)

    for url in (REPORT, REPORT + "results/", REPORT + "?export=csv"):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert REPORT not in menu


def test_the_report_and_wagtails_search_admin_are_in_the_menu(client, editor, searches):
    superuser = make_user("Admin", is_superuser=True, is_staff=True)
    login(client, editor)
    editors_menu = client.get(reverse("wagtailadmin_home")).content.decode()
    login(client, superuser)
    admins_menu = client.get(reverse("wagtailadmin_home")).content.decode()
    report = client.get(REPORT).content.decode()

    assert REPORT in editors_menu
    assert reverse("search_synonyms:list") in editors_menu
    # Wagtail's own "Search terms" report is for superusers; so is the link to it.
    assert reverse("wagtailsearchpromotions:search_terms") not in editors_menu
    for url in (
        REPORT,
        reverse("wagtailsearchpromotions:search_terms"),
        reverse("wagtailsearchpromotions:index"),
    ):
        assert url in admins_menu
    assert reverse("wagtailsearchpromotions:search_terms") in report
    assert reverse("wagtailsearchpromotions:index") in report
    assert client.get(reverse("wagtailsearchpromotions:search_terms")).status_code == 200
