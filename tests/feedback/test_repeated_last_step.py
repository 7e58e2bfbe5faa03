"""A repeated last step shows the same code and the same working private link (issue 19, item 1).

The secret of the private link is stored only as its hash: the session that ran the wizard is the one
place it can come back from, so every repeat from that session (a double tap, a resubmit after a
dropped connection, another tab) must show the link, and the link must open the submission.
"""

import re
import threading
from importlib import import_module

from django.conf import settings
from django.db import connection

import pytest

from feedback.models import Submission
from tests.feedback.conftest import Wizard, jpeg, tracking_code
from tests.feedback.test_wizard_resilience import KEY_RE, fill_report, fill_survey, last_step_form, send

LINK_RE = re.compile(r'href="(/lacak/[A-Z0-9-]+/[^/"]+/)"')


def private_link(html):
    match = LINK_RE.search(html)
    assert match, "the confirmation shows the private link"
    return match.group(1)


def opens_the_submission(client, link):
    """The private link as the resident opens it: their own page, with what they sent."""
    page = client.get(link)
    assert page.status_code == 200
    assert "Jalan berlubang di Talawi" in page.content.decode()


@pytest.mark.django_db
def test_a_resubmit_after_a_dropped_connection_shows_the_same_code_and_link(client, places, catalogue):
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places)
    form = last_step_form(client, "report")
    client.post("/aspirasi/periksa/", form)  # saved, but the answer never reached the phone
    again = send(client, "report", form).content.decode()
    assert tracking_code(again) == Submission.objects.get().tracking_code
    opens_the_submission(client, private_link(again))


@pytest.mark.django_db
def test_another_tab_of_the_same_session_shows_the_same_link_after_other_forms(client, places, catalogue):
    """The review page left open in a second tab is sent after the first tab sent it and the resident
    filled in the survey (whose thank-you page replaced the confirmation)."""
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places)
    second_tab = last_step_form(client, "report")
    first = send(client, "report", last_step_form(client, "report")).content.decode()
    fill_survey(Wizard(client, "/survei/", "survey_wizard"), catalogue)
    survey = send(client, "survey", last_step_form(client, "survey")).content.decode()
    assert "Terima kasih atas jawaban Anda" in survey
    again = send(client, "report", second_tab).content.decode()
    assert tracking_code(again) == tracking_code(first) == Submission.objects.get().tracking_code
    assert private_link(again) == private_link(first)
    opens_the_submission(client, private_link(again))


@pytest.mark.django_db
def test_the_session_keeps_no_readable_secret(client, places, catalogue):
    """Sessions live in the database: what is kept there to show the link again is encrypted."""
    fill_report(Wizard(client, "/aspirasi/", "report_wizard"), places)
    link = private_link(send(client, "report", last_step_form(client, "report")).content.decode())
    secret = link.rstrip("/").rsplit("/", 1)[1]
    store = import_module(settings.SESSION_ENGINE).SessionStore
    session = store(client.cookies[settings.SESSION_COOKIE_NAME].value)
    assert secret not in str(session.load())
    assert private_link(client.get("/terkirim/").content.decode()) == link


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers; the concurrency check runs in the PostgreSQL pass of .ci/run",
)
@pytest.mark.django_db(transaction=True)
def test_two_final_posts_at_once_show_the_same_code_and_the_same_working_link(live_site, settings):
    """Two threads tap "Kirim" together on the live server (one session): one row, and both pages show
    its code and the same private link, which opens the submission."""
    from tests.bench.report_client import CSRF_RE, browser_session
    from tests.feedback.conftest import build_online_catalogue, build_places

    build_online_catalogue(live_site)
    district = build_places()["talawi"]
    browser = browser_session()
    base = live_site.url

    def post(step, data, files=None):
        page = browser.get(f"{base}/aspirasi/{step}/")
        payload = {f"{step}-{field}": value for field, value in data.items()}
        payload |= {
            "report_wizard-current_step": step,
            "csrfmiddlewaretoken": CSRF_RE.search(page.text).group(1),
        }
        return browser.post(f"{base}/aspirasi/{step}/", data=payload, files=files)

    post("jenis", {"kind": "pengaduan"})
    post(
        "laporan",
        {"subject": "Jalan berlubang di Talawi", "description": "Lubang besar.", "kecamatan": district.pk},
    )
    post("bukti", {}, files={"bukti-file_1": ("bukti.jpg", jpeg().getvalue(), "image/jpeg")})
    post("identitas", {"identity": "anonim"})
    review = browser.get(f"{base}/aspirasi/periksa/").text
    form = {
        "report_wizard-current_step": "periksa",
        "periksa-consent": "on",
        "submission_key": KEY_RE.search(review).group(1),
        "csrfmiddlewaretoken": CSRF_RE.search(review).group(1),
    }
    pages, barrier = [], threading.Barrier(2)

    def tap():
        barrier.wait()
        pages.append(browser.post(f"{base}/aspirasi/periksa/", data=form, timeout=30))

    taps = [threading.Thread(target=tap) for _ in range(2)]
    for thread in taps:
        thread.start()
    for thread in taps:
        thread.join()
    assert [page.status_code for page in pages] == [200, 200]
    code = Submission.objects.get().tracking_code
    assert [tracking_code(page.text) for page in pages] == [code, code]
    links = {private_link(page.text) for page in pages}
    assert len(links) == 1
    opened = browser.get(f"{base}{links.pop()}")
    assert opened.status_code == 200 and "Jalan berlubang di Talawi" in opened.text
