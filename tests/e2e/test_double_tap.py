"""A double tap on "Kirim" on a phone with a slow connection: one submission, and its code on screen.

The connection is slowed with Chrome's own network emulation (DevTools protocol), so the first tap's
request is still on its way when the second tap comes, as on a slow mobile network (issue 18).
"""

import pytest
from playwright.sync_api import expect

from feedback.models import Attachment, Submission
from tests.e2e.test_wizards import CODE, application_up_to_the_check_page, fill_report, next_step, photo
from tests.feedback.conftest import build_online_catalogue, build_places

# A poor mobile connection: 0.6 s before each response starts, 32 KB/s up, 64 KB/s down.
SLOW_CONNECTION = {
    "offline": False,
    "latency": 600,
    "uploadThroughput": 32 * 1024,
    "downloadThroughput": 64 * 1024,
}
TAP_INTERVAL_MS = 400


@pytest.fixture
def live_wizards(live_site):
    """The live site with the catalogue and districts test_wizards.py uses."""
    build_online_catalogue(live_site)
    build_places()
    return live_site


def slow_down(page):
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions", SLOW_CONNECTION)


def report_up_to_the_check_page(page, url):
    page.goto(url + "/aspirasi/")
    page.get_by_label("Pengaduan: ada masalah").check()
    next_step(page, "Laporan Anda")
    fill_report(page)
    next_step(page, "Bukti")
    page.get_by_label("Foto atau dokumen 1").set_input_files(files=[photo("lampu.jpg")])
    next_step(page, "Identitas dan kontak")
    page.get_by_role("textbox", name="Nama Anda").fill("Rina Marlina")
    page.get_by_label("Surel").fill("rina@example.org")
    next_step(page, "Periksa dan kirim")


JOURNEYS = {"report": (report_up_to_the_check_page, 1), "application": (application_up_to_the_check_page, 2)}


# Records the send button as it is just after the first tap; sessionStorage outlives the page.
RECORD_BUTTON = """() => {
    const form = document.querySelector("form[data-submit-once]");
    form.addEventListener("submit", () => setTimeout(() => {
        const button = form.querySelector(".button--primary");
        sessionStorage.setItem("sending", JSON.stringify([button.disabled, button.textContent]));
    }, 0));
}"""


def double_tap_send(page):
    """Two taps on "Kirim", 400 ms apart, where the first tap landed; returns the code and the number
    of times the form reached the server."""
    page.get_by_label("Saya setuju data saya dipakai").check()
    button = page.locator(".wizard__buttons .button--primary")
    expect(button).to_have_text("Kirim")
    sends = []
    page.on("request", lambda request: request.method == "POST" and sends.append(request.url))
    box = button.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.click(x, y)
    page.wait_for_timeout(TAP_INTERVAL_MS)
    page.mouse.click(x, y)
    heading = page.get_by_role("heading", name="Pengajuan Anda sudah kami terima")
    expect(heading).to_be_visible(timeout=30_000)
    return page.locator(".tracking-code").inner_text(), len(sends)


@pytest.mark.parametrize("journey", JOURNEYS)
def test_double_tap_on_send_with_javascript(live_wizards, phone, journey):
    """static/js/submit-once.js: the first tap disables the button and says it is sending."""
    fill, files = JOURNEYS[journey]
    fill(phone, live_wizards.url)
    slow_down(phone)
    phone.evaluate(RECORD_BUTTON)
    code, sends = double_tap_send(phone)
    assert CODE.match(code), code
    assert phone.evaluate("() => JSON.parse(sessionStorage.getItem('sending'))") == [True, "Mengirim…"]
    assert sends == 1  # the second tap met a disabled button
    assert list(Submission.objects.values_list("tracking_code", flat=True)) == [code]
    assert Attachment.objects.count() == files
    expect(phone.get_by_role("link", name="Buka tautan pribadi saya")).to_be_visible()


@pytest.mark.parametrize("journey", JOURNEYS)
def test_double_tap_on_send_without_javascript(live_wizards, phone_without_js, journey):
    """Both taps reach the server: it saves once and the page shows that submission's code."""
    page = phone_without_js
    fill, files = JOURNEYS[journey]
    fill(page, live_wizards.url)
    slow_down(page)
    code, sends = double_tap_send(page)
    assert CODE.match(code), code
    assert sends == 2
    assert list(Submission.objects.values_list("tracking_code", flat=True)) == [code]
    assert Attachment.objects.count() == files
