"""/cari/ in Chromium on a phone: results, no results and one kind of result pass axe (WCAG 2.2 AA)."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory
from tests.forums.conftest import build_forum, make_topic, make_user
from tests.services_catalog.conftest import build_catalogue


@pytest.fixture
def live_search(live_site):
    catalogue = build_catalogue(live_site)
    index = AnnouncementIndexPageFactory(parent=live_site.home)
    for number in range(12):
        AnnouncementPageFactory(
            parent=index,
            title=f"Pelayanan akta kelahiran keliling {number}",
            summary="Petugas <b>Disdukcapil</b> melayani akta kelahiran di kantor camat.",
        )
    forum = build_forum(live_site)
    make_topic(forum.general, make_user("Rina"), "Antrean akta kelahiran di MPP")
    SearchPromotion.objects.create(
        query=Query.get("akta kelahiran"),
        page=catalogue.birth_certificate,
        description="Syarat dan cara mengurus akta kelahiran.",
    )
    return live_site


@pytest.mark.parametrize(
    "path",
    [
        "/cari/?q=akta+kelahiran",  # every kind, with a best bet and highlighted words
        "/cari/?q=akta+kelahiran&jenis=pengumuman",  # one kind, paginated
        "/cari/?q=akta+kelahiran&jenis=pengumuman&page=2",
        "/cari/?q=zzzqqq",  # nothing found: the advice and popular services
        "/cari/",  # nothing asked
        "/en/cari/?q=birth",
    ],
)
def test_search_pages_have_no_axe_violations_on_a_phone(live_search, phone, axe_violations, path):
    phone.goto(live_search.url + path)

    assert phone.get_by_role("heading", level=1).is_visible()
    assert axe_violations(phone) == []


def test_the_query_is_shown_as_text(live_search, phone):
    phone.goto(live_search.url + "/cari/?q=%3Cscript%3Ewindow.hacked%3D1%3C%2Fscript%3E")

    assert phone.evaluate("window.hacked") is None
    assert phone.locator("#results-q").input_value() == "<script>window.hacked=1</script>"
    assert "<script>window.hacked=1</script>" in phone.title()


def test_suggestions_work_from_the_keyboard_and_pass_axe(live_search, phone, axe_violations):
    phone.goto(live_search.url + "/cari/")
    box = phone.locator("#results-q")
    box.press_sequentially("akta kel", delay=30)
    option = phone.get_by_role("option", name="Akta Kelahiran")
    option.wait_for()

    assert box.get_attribute("aria-expanded") == "true"
    assert axe_violations(phone) == []
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    assert option.get_attribute("aria-selected") == "true"
    box.press("Enter")
    phone.wait_for_url("**/layanan/akta-kelahiran/")


def test_escape_closes_the_suggestions_and_enter_still_searches(live_search, phone):
    phone.goto(live_search.url + "/cari/")
    box = phone.locator("#results-q")
    box.press_sequentially("akta", delay=30)
    phone.get_by_role("option", name="Akta Kelahiran").wait_for()

    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert phone.get_by_role("listbox").is_hidden()
    box.press("Enter")
    phone.wait_for_url("**/cari/?q=akta")
    assert phone.get_by_role("heading", name="Layanan", exact=True).is_visible()
