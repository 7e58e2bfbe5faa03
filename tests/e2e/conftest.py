"""Browser tests: Playwright for Python driving Debian's Chromium against the live test server."""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop; Django refuses ORM calls from it unless told.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_JS = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",  # Chromium refuses to start as root with its sandbox on
    "--disable-gpu",
    "--disable-background-networking",  # no calls to outside hosts: the network is closed
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
# WCAG 2.2 AA, plus axe's best practices (landmarks, unique landmark names, one main, headings order).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"Chromium not found at {CHROMIUM}: install Debian's chromium package (make test does as root)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A phone-sized page with JavaScript on. CSP is bypassed only so axe can be injected."""
    context = browser.new_context(viewport=PHONE, bypass_csp=True, locale="id-ID")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone_without_js(browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False, locale="id-ID")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def html_errors():
    """The Nu HTML checker over a batch of pages {name: html} (tests/e2e/vnu.py): {name: [error, …]}."""
    from tests.e2e import vnu

    if reason := vnu.missing():
        pytest.skip(reason)
    return vnu.html_errors


@pytest.fixture
def axe_violations():
    """Run axe-core on a page and return its WCAG 2.2 AA and best-practice violations as readable strings."""
    if not AXE_JS.exists():
        pytest.skip("axe-core not installed: run `npm install --prefix tests/e2e` (make test does)")
    source = AXE_JS.read_text()

    def run(page):
        page.add_script_tag(content=source)
        result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
        return [
            f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
            for v in result["violations"]
        ]

    return run
