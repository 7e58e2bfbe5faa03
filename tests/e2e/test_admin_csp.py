"""The Wagtail admin works under its Content-Security-Policy (security.headers): editors open the usual
screens and the browser refuses nothing.

The page reports each refused script, style, image or connection as a `securitypolicyviolation` event;
the test collects them while an editor goes through the dashboard, the page tree, the page editor
(StreamField, Draftail, the image chooser), the image library, snippets, users, reports and the
back office's submission list.
"""

from django.test import Client

import pytest
from wagtail_factories import ImageFactory

from feedback.demo import ensure_role_groups
from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory
from tests.feedback.conftest import make_submission
from tests.services_catalog.conftest import build_catalogue

DESKTOP = {"width": 1280, "height": 900}
# Runs before the page's own scripts (Playwright adds it through the DevTools protocol, outside the
# policy) and turns every violation the document sees into a console message the test can collect.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP: ${event.effectiveDirective} refused ${event.blockedURI} ${event.sample}`);
});
"""


@pytest.fixture
def editor_page(browser, live_site, django_user_model):
    """A desktop browser signed in as a superuser: the session cookie of a signed-in test client (which
    tests/conftest.py gives the authenticator app every member of staff needs)."""
    admin = django_user_model.objects.create_superuser("redaktur", "redaktur@example.org", "x")
    client = Client()
    client.force_login(admin)
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    cookies = [{"name": name, "value": c.value, "url": live_site.url} for name, c in client.cookies.items()]
    context.add_cookies(cookies)
    page = context.new_page()
    page.add_init_script(REPORT_VIOLATIONS)
    refused = []
    page.on("console", lambda message: message.text.startswith("CSP:") and refused.append(message.text))
    page.refused = refused
    yield page
    context.close()


def test_admin_screens_run_under_the_admin_policy(live_site, editor_page):
    build_catalogue(live_site)
    ensure_role_groups()
    make_submission(None, subject="Lampu jalan mati di Talawi", email="rina@example.org")
    index = AnnouncementIndexPageFactory(parent=live_site.home)
    announcement = AnnouncementPageFactory(parent=index)
    ImageFactory(title="Museum Goedang Ransoem")  # something for the image chooser to list
    page, url = editor_page, live_site.url

    for path in [
        "/admin/",
        f"/admin/pages/{live_site.home.pk}/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/snippets/",
        "/admin/users/",
        "/admin/reports/site-history/",
        "/admin/submissions/",
    ]:
        page.goto(url + path)
        page.wait_for_load_state("networkidle")
        assert page.refused == [], path

    page.goto(f"{url}/admin/pages/{announcement.pk}/edit/")
    page.wait_for_load_state("networkidle")
    page.locator(".Draftail-Editor [contenteditable=true]").locator("visible=true").first.click()
    page.keyboard.type(" Tambahan untuk warga.")
    page.locator("#id_image-chooser button[data-chooser-action-choose]").click()
    page.locator(".modal-dialog").wait_for()
    page.wait_for_load_state("networkidle")
    assert page.refused == []
