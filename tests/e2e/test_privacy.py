"""Personal-data pages in a phone browser: residents' data requests and two-factor settings, checked
with axe, and a request made without JavaScript."""

import pytest

from privacy.models import DataRequest
from tests.e2e.test_forum import sign_in
from tests.feedback.conftest import build_online_catalogue
from tests.forums.conftest import make_user
from tests.privacy.conftest import closed_report, with_secret


@pytest.fixture
def report_link(live_site):
    submission = closed_report(build_online_catalogue(live_site).disdukcapil)
    secret = with_secret(submission)
    return submission, f"{live_site.url}/lacak/{submission.tracking_code}/{secret}/data-pribadi/"


def test_the_data_request_page_of_a_secret_link_has_no_axe_violations(report_link, phone, axe_violations):
    _submission, url = report_link
    phone.goto(url)
    assert phone.locator("h1").count() == 1
    assert axe_violations(phone) == []


def test_a_copy_is_requested_without_javascript(report_link, phone_without_js):
    submission, url = report_link
    phone_without_js.goto(url)
    phone_without_js.get_by_role("button", name="Minta salinan data saya").click()
    phone_without_js.wait_for_url(url)
    assert "Permintaan Anda sudah kami terima." in phone_without_js.locator("main").inner_text()
    assert DataRequest.objects.get(submission=submission).kind == DataRequest.Kind.COPY


@pytest.mark.parametrize("path", ["/akun/pengajuan/data-pribadi/", "/akun/2fa/"])
def test_a_residents_data_and_two_factor_pages_have_no_axe_violations(live_site, phone, axe_violations, path):
    sign_in(phone, live_site, make_user("Rina"))
    phone.goto(live_site.url + path)
    assert phone.locator("h1").count() == 1
    assert axe_violations(phone) == []
