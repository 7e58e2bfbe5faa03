"""axe on what tests/e2e/test_wizards.py does not reach: each wizard step sent empty (its error
state), every screen of the application wizard, and the tracking page's form and "not found" state.

The browser sends each step empty; the valid answers are then posted with the test client on the
browser's session (tests/e2e/test_html_validity.py's `answers`), so one walk fits all three wizards.
"""

from urllib.parse import urlparse

from django.test import Client

import pytest
from playwright.sync_api import expect

from tests.e2e.test_html_validity import ERRORS, answers
from tests.feedback.conftest import build_online_catalogue, build_places, jpeg


@pytest.fixture
def live_wizards(live_site):
    return live_site, build_online_catalogue(live_site), build_places()


def step_of(page):
    return urlparse(page.url).path.rstrip("/").rsplit("/", 1)[-1]


def walk(page, site, start, valid, check, every_step=False):
    """Through a wizard from `start`: each step sent empty and checked when it shows errors (and
    every step as first shown if `every_step`), then answered. Returns at the confirmation page."""
    client = Client()
    page.goto(site.url + start)
    for _ in range(10):
        step = step_of(page)
        if step not in valid:
            return
        if every_step:
            check(f"{start} {step}")
        with page.expect_navigation():
            page.locator(".wizard__buttons .button--primary").click()
        if step_of(page) != step:  # nothing required: the empty step was its answer
            continue
        expect(page.locator(".error-summary")).to_be_visible()
        check(f"{start} {step} sent empty")
        client.cookies["sessionid"] = next(
            cookie["value"] for cookie in page.context.cookies() if cookie["name"] == "sessionid"
        )
        data = {f"{step}-{field}": value for field, value in valid[step].items()}
        for name in page.locator("input[type=file]").evaluate_all("inputs => inputs.map(i => i.name)"):
            data[name] = jpeg()
        current_step = page.locator("input[name$='-current_step']").get_attribute("name")
        response = client.post(page.url, {current_step: step, **data})
        assert response.status_code == 302, f"{step}: {ERRORS.findall(response.content.decode())}"
        page.goto(site.url + response["Location"])
    raise AssertionError(f"{start}: the wizard never ended")


def test_wizard_error_states_and_tracking_have_no_axe_violations(live_wizards, phone, axe_violations):
    site, catalogue, places = live_wizards
    valid, found = answers(places, catalogue.birth_certificate), {}

    def check(name):
        found[name] = axe_violations(phone)

    walk(phone, site, "/ajukan/akta-kelahiran/", valid, check, every_step=True)
    expect(phone.locator(".tracking-code")).to_be_visible()
    check("confirmation")
    code = phone.locator(".tracking-code").inner_text()
    private_link = phone.get_by_role("link", name="Buka tautan pribadi saya").get_attribute("href")
    phone.goto(f"{site.url}/lacak/")
    check("tracking form")
    phone.get_by_label("Kode lacak").fill("SWL-0000-XXXXXX")
    phone.get_by_role("button", name="Tampilkan status").click()
    expect(phone.locator("#kode-error")).to_contain_text("Kami tidak menemukan pengajuan dengan kode ini.")
    check("tracking, unknown code")
    phone.goto(f"{site.url}/lacak/?kode={code}")
    expect(phone.locator("dl.facts")).to_contain_text(code)
    check("tracking")
    phone.goto(site.url + private_link)
    check("private link")

    walk(phone, site, "/aspirasi/", valid, check)
    expect(phone.locator(".tracking-code")).to_be_visible()
    walk(phone, site, "/survei/", valid, check)
    expect(phone.get_by_role("heading", name="Terima kasih atas jawaban Anda")).to_be_visible()

    assert {name: violations for name, violations in found.items() if violations} == {}
    reached = {
        *(
            f"/ajukan/akta-kelahiran/ {step} sent empty"
            for step in ("pemohon", "kontak", "dokumen", "periksa")
        ),
        *(
            f"/aspirasi/ {step} sent empty"
            for step in ("jenis", "laporan", "informasi", "identitas", "periksa")
        ),
        *(f"/survei/ {step} sent empty" for step in ("layanan", "penilaian", "profil")),
    }
    assert reached <= found.keys(), sorted(found)
