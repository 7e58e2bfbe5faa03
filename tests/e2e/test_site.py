import pytest


@pytest.mark.parametrize("path", ["/", "/tentang/", "/en/about/", "/tidak-ada/"])
def test_pages_have_no_axe_violations_on_a_phone(live_site, phone, axe_violations, path):
    phone.goto(live_site.url + path)
    assert phone.locator("h1").count() == 1
    assert axe_violations(phone) == []


def test_menu_is_reachable_without_javascript(live_site, phone_without_js):
    page = phone_without_js
    page.goto(live_site.url + "/")
    link = page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Tentang Kota Sawahlunto"
    )
    assert link.is_visible()
    link.click()
    page.wait_for_url(live_site.url + "/tentang/")
    assert page.locator("h1").inner_text() == "Tentang Kota Sawahlunto"


def test_menu_folds_behind_a_button_with_javascript(live_site, phone):
    phone.goto(live_site.url + "/")
    nav = phone.get_by_role("navigation", name="Menu utama")
    link = nav.get_by_role("link", name="Tentang Kota Sawahlunto")
    toggle = nav.get_by_role("button", name="Menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not link.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert link.is_visible()


def test_language_switch_opens_the_english_translation(live_site, phone):
    phone.goto(live_site.url + "/tentang/")
    phone.get_by_role("link", name="English").click()
    phone.wait_for_url(live_site.url + "/en/about/")
    assert phone.locator("html").get_attribute("lang") == "en"


def test_skip_link_moves_focus_to_main_content(live_site, phone):
    phone.goto(live_site.url + "/tentang/")
    phone.keyboard.press("Tab")
    skip = phone.get_by_role("link", name="Lewati ke konten utama")
    assert skip.evaluate("el => el === document.activeElement")
    phone.keyboard.press("Enter")
    assert phone.evaluate("document.activeElement.id") == "main"
