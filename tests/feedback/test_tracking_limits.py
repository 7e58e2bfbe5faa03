"""Tracking limits per secret link, not per address (issue 19, item 13).

Many residents share one address (a carrier's NAT, a kelurahan's Wi-Fi): one of them guessing links or
looking up codes must not keep the others from their own private pages.
"""

from django.test import Client

import pytest

from tests.feedback.test_survey_and_tracking import make_submission

pytestmark = pytest.mark.django_db
SHARED = "36.68.10.20"  # one carrier-grade NAT address


def resident_at(address=SHARED):
    return Client(REMOTE_ADDR=address)


def test_a_resident_opens_their_private_link_as_often_as_they_like(catalogue):
    submission, secret = make_submission(catalogue)
    link = f"/lacak/{submission.tracking_code}/{secret}/"
    resident = resident_at()
    for _ in range(30):
        assert resident.get(link).status_code == 200
    # …and the openings did not use up the address's public look-ups.
    page = resident.get("/lacak/", {"kode": submission.tracking_code})
    assert page.status_code == 200 and "Petugas ditambah" in page.content.decode()


def test_an_abuser_behind_the_same_address_does_not_block_a_private_link(catalogue):
    submission, secret = make_submission(catalogue)
    abuser = resident_at()
    for _ in range(25):
        abuser.get("/lacak/", {"kode": "SWL-2611-ZZZZZZ"})
    for number in range(70):
        abuser.get(f"/lacak/SWL-2611-{number:06d}/tebakan/")
    assert abuser.get("/lacak/", {"kode": "SWL-2611-ZZZZZZ"}).status_code == 429
    assert abuser.get("/lacak/SWL-2611-ABCDEF/tebakan/").status_code == 403
    page = resident_at().get(f"/lacak/{submission.tracking_code}/{secret}/")
    assert page.status_code == 200 and "Menunggu tiga jam di loket." in page.content.decode()


def test_guessing_one_codes_secret_is_limited_per_code(catalogue):
    """Wrong secrets for one code, from many addresses: refused after ten, while the owner's link works."""
    submission, secret = make_submission(catalogue)
    code = submission.tracking_code
    answers = [resident_at(f"10.0.{n}.1").get(f"/lacak/{code}/tebakan-{n}/").status_code for n in range(12)]
    assert answers == [404] * 10 + [403] * 2
    assert resident_at("10.9.9.9").get(f"/lacak/{code}/{secret}/").status_code == 200
    # Another code is not affected.
    assert resident_at("10.9.9.9").get("/lacak/SWL-2611-ABCDEF/tebakan/").status_code == 404
