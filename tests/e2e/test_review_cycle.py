"""The whole review cycle in browsers: a citizen's complaint, verified and forwarded by the coordinator,
answered by the agency's officer, and the answer read back on the tracking page.

The citizen reads the Indonesian site on a phone; staff use the Wagtail admin on a desktop, each in a
browser context of their own (their own session). Workflow steps are found by their form (each step is
a ``<form>`` with a hidden ``step`` input, see templates/feedback/admin/submission_inspect.html), not by
their translated label.
"""

from django.core import mail

import pytest
from playwright.sync_api import expect

from feedback.demo import ensure_role_groups
from feedback.models import Submission
from outbox.models import OutgoingEmail
from tests.conftest import enrol_totp, totp_code
from tests.e2e.test_wizards import DESCRIPTION, fill_report, give_consent_and_send, next_step
from tests.feedback.conftest import build_places, make_staff, make_submission
from tests.services_catalog.conftest import build_catalogue

Status = Submission.Status
SENT = OutgoingEmail.Status.SENT
PASSWORD = "Rendang-Talawi-2611"  # noqa: S105  (a test account's password)
DESKTOP = {"width": 1280, "height": 900}
ANSWER = "Lampu jalan di depan SD 05 Talawi sudah diganti oleh petugas pada hari Senin."
CITIZEN_EMAIL = "rina@example.org"
DISDUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil"


@pytest.fixture
def cycle(live_site):
    """The live site with the catalogue, two districts, and a coordinator and a Disdukcapil officer."""
    catalogue = build_catalogue(live_site)
    build_places()
    ensure_role_groups()
    live_site.disdukcapil = catalogue.disdukcapil
    live_site.coordinator = staff_account("koordinator", "Koordinator Pengaduan")
    live_site.officer = staff_account("petugas.dukcapil", "Petugas OPD", [catalogue.disdukcapil])
    # Another complaint in the list, so that finding ours takes the search box.
    live_site.other = make_submission(None, subject="Jalan berlubang di Barangin", email="budi@example.org")
    return live_site


def staff_account(username, role, agencies=()):
    """A member of staff with a password and an authenticator app, as the admin requires."""
    person = make_staff(username, role, agencies)
    person.set_password(PASSWORD)
    person.save()
    person.totp_secret = enrol_totp(person)
    return person


@pytest.fixture
def desk(browser):
    """Opens a desktop browser for one member of staff; each gets their own cookies.

    The admin's Content-Security-Policy allows inline script elements (security.headers), so axe can
    be injected without bypassing it.
    """
    contexts = []

    def open_desk():
        context = browser.new_context(viewport=DESKTOP, locale="id-ID")
        contexts.append(context)
        return context.new_page()

    yield open_desk
    for context in contexts:
        context.close()


def sign_in(page, base_url, person):
    """The admin's sign-in: the site's page (username and password), then the app's code."""
    page.goto(base_url + "/admin/login/")
    page.locator("#id_login").fill(person.username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.locator("#id_code").fill(totp_code(person.totp_secret))
    page.locator("#id_code").press("Enter")
    page.wait_for_url(base_url + "/admin/")


def find_in_list(page, base_url, code, other_code):
    """Search the submissions list for the tracking code and open the item."""
    page.goto(base_url + "/admin/submissions/")
    expect(page.get_by_role("link", name=other_code)).to_be_visible()
    search = page.locator("input[name=q]").first
    search.fill(code)
    search.press("Enter")
    expect(page.get_by_role("link", name=other_code)).to_have_count(0)
    page.get_by_role("link", name=code).click()
    page.wait_for_url(f"{base_url}/admin/submissions/inspect/*/")


def open_step(page, step):
    """The form of one workflow step, opened: it may sit in a closed ``<details>`` disclosure."""
    form = page.locator(f"form:has(input[name=step][value={step}])")
    disclosure = page.locator("details").filter(has=form)
    if disclosure.count() and not disclosure.evaluate("details => details.open"):
        disclosure.locator("summary").click()
    expect(form.locator("button[type=submit]")).to_be_visible()
    return form


def take_step(page, step, **fields):
    """Fill a step's fields (named without the form's prefix), press its button and wait for the result."""
    form = open_step(page, step)
    for name, value in fields.items():
        field = form.locator(f"[name={step}-{name}]")
        if field.evaluate("element => element.tagName") == "SELECT":
            field.select_option(label=value)
        else:
            field.fill(value)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    expect(page.locator(".messages .success")).to_be_visible()


def steps_on(page):
    """The names of the steps the page offers, in order."""
    return page.locator("form input[name=step]").evaluate_all("inputs => inputs.map(i => i.value)")


def test_a_complaint_goes_from_the_citizen_to_the_agency_and_back(cycle, phone, desk, axe_violations):
    citizen, url = phone, cycle.url

    # 1. The citizen sends a complaint with their name and email, and reads the tracking code.
    citizen.goto(url + "/aspirasi/")
    citizen.get_by_label("Pengaduan: ada masalah").check()
    next_step(citizen, "Laporan Anda")
    fill_report(citizen)
    next_step(citizen, "Bukti")
    next_step(citizen, "Identitas dan kontak")
    citizen.get_by_role("textbox", name="Nama Anda").fill("Rina Marlina")
    citizen.get_by_label("Surel").fill(CITIZEN_EMAIL)
    next_step(citizen, "Periksa dan kirim")
    code = give_consent_and_send(citizen)
    submission = Submission.objects.get(tracking_code=code)
    assert (submission.status, submission.agency) == (Status.RECEIVED, None)

    # An officer sees nothing yet: the complaint belongs to no agency until it is forwarded.
    officer = desk()
    sign_in(officer, url, cycle.officer)
    officer.goto(url + "/admin/submissions/")
    expect(officer.get_by_role("link", name=code)).to_have_count(0)

    # 2. The coordinator finds it, verifies it and forwards it to Disdukcapil.
    coordinator = desk()
    sign_in(coordinator, url, cycle.coordinator)
    find_in_list(coordinator, url, code, cycle.other.tracking_code)
    expect(coordinator.get_by_role("heading", level=2, name=code)).to_be_visible()
    assert steps_on(coordinator) == ["verify", "reject"]
    take_step(coordinator, "verify")
    assert steps_on(coordinator) == ["reject", "forward"]
    take_step(coordinator, "forward", agency=DISDUKCAPIL)
    expect(coordinator.locator("#summary-heading + dl")).to_contain_text(DISDUKCAPIL)
    assert steps_on(coordinator) == ["forward"]  # only a reassignment is left to the coordinator

    # 3. The officer now finds it in their list, starts on it and answers.
    officer.goto(url + "/admin/submissions/")
    officer.get_by_role("link", name=code).click()
    officer.wait_for_url(f"{url}/admin/submissions/inspect/{submission.pk}/")
    assert steps_on(officer) == ["start"]
    take_step(officer, "start")
    assert steps_on(officer) == ["resolve"]
    # Wagtail's success message fades in for half a second, which axe may catch half-transparent:
    # check the page as the officer comes back to it, with the answer form open.
    officer.reload()
    open_step(officer, "resolve")
    assert axe_violations(officer) == []
    take_step(officer, "resolve", public_note=ANSWER)
    what_was_sent = officer.locator("section[aria-labelledby=content-heading]")
    expect(what_was_sent).to_contain_text(ANSWER)  # the public answer, not only the timeline's note
    assert steps_on(officer) == []

    # 4. The citizen tracks the code and reads the answer.
    citizen.goto(url + "/lacak/")
    citizen.get_by_label("Kode lacak").fill(code)
    citizen.get_by_role("button", name="Tampilkan status").click()
    expect(citizen.locator("dl.facts")).to_contain_text("Selesai")
    answer = citizen.get_by_role("region", name="Jawaban resmi")
    expect(answer).to_contain_text(ANSWER)
    expect(citizen.get_by_text(DESCRIPTION)).to_have_count(0)
    assert axe_violations(citizen) == []

    submission.refresh_from_db()
    assert (submission.status, submission.public_answer, submission.agency) == (
        Status.RESOLVED,
        ANSWER,
        cycle.disdukcapil,
    )
    assert submission.closed_at is not None
    columns = ("from_status", "to_status", "changed_by", "public_note", "email__status")
    history = list(submission.history.values_list(*columns))
    coordinator_pk, officer_pk = cycle.coordinator.pk, cycle.officer.pk
    assert history == [
        ("", Status.RECEIVED, None, "", None),
        (Status.RECEIVED, Status.VERIFIED, coordinator_pk, "", SENT),
        (Status.VERIFIED, Status.FORWARDED, coordinator_pk, "", SENT),
        (Status.FORWARDED, Status.IN_PROGRESS, officer_pk, "", SENT),
        (Status.IN_PROGRESS, Status.RESOLVED, officer_pk, ANSWER, SENT),
    ]
    # The live server runs in this process, so its locmem emails land in this outbox.
    assert all(message.to == [CITIZEN_EMAIL] for message in mail.outbox)
    assert [message.subject.split(":")[0] for message in mail.outbox] == [
        "Diterima",
        "Diverifikasi",
        "Didisposisikan ke perangkat daerah",
        "Sedang ditindaklanjuti",
        "Selesai",
    ]
    assert ANSWER in mail.outbox[-1].body
