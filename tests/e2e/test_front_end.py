"""The shared page frame in Chromium on a phone: nothing moves after load, breadcrumbs wrap cleanly,
the home page's first screen offers the main tasks."""

from home.factories import StandardPageFactory
from tests.services_catalog.conftest import build_catalogue

LAYOUT_SHIFT = """() => new Promise(resolve => {
    let total = 0;
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) { if (!entry.hadRecentInput) { total += entry.value; } }
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(total), 500);
})"""


def test_the_menu_does_not_move_the_page_after_load(live_site, phone):
    for path in ["/", "/tentang/"]:
        phone.goto(live_site.url + path, wait_until="load")
        assert phone.evaluate(LAYOUT_SHIFT) < 0.01, path


def test_a_breadcrumb_separator_stays_with_its_link(live_site, phone, axe_violations):
    long_title = "Persyaratan dan tata cara pengajuan surat keterangan tidak mampu untuk berobat di puskesmas"
    StandardPageFactory(parent=live_site.page, title=long_title, slug="sktm")
    phone.goto(live_site.url + "/tentang/sktm/")
    items = phone.locator(".breadcrumbs li")
    assert items.count() == 3
    for index in (1, 2):
        item, link = items.nth(index).bounding_box(), items.nth(index).locator("a").bounding_box()
        # The "›" sits on the link's first line, to its left: never on a line of its own.
        assert link["x"] > item["x"] + 5
        assert abs(link["y"] - item["y"]) < 8
    assert axe_violations(phone) == []


def test_the_phone_home_page_starts_with_the_main_tasks(live_site, phone):
    build_catalogue(live_site)
    phone.goto(live_site.url + "/")
    tasks = phone.get_by_role("navigation", name="Keperluan utama")
    for name in ["Ajukan layanan", "Sampaikan aspirasi/pengaduan", "Lacak pengajuan", "Isi survei"]:
        link = tasks.get_by_role("link", name=name)
        box = link.bounding_box()
        assert link.is_visible() and box["y"] + box["height"] <= 740, f"{name} is below the first screen"
    assert phone.get_by_role("search").count() == 1
