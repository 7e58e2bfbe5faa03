"""Redis out of reach: the site keeps serving pages and taking reports from the database, says it is
degraded, and is back to normal when Redis returns, without a restart (home.resilient_cache).

Each test runs a live server whose Redis is reached through a proxy the test closes and opens again
(tests/faults/conftest.py); skipped without REDIS_URL.
"""

import logging

from django.contrib.auth import get_user_model

import pytest
import requests
from allauth.account.models import EmailAddress

from feedback.models import Kecamatan, Submission
from tests.bench.report_client import submit_report
from tests.services_catalog.conftest import build_catalogue

from .conftest import needs_redis, sign_in, wait_for_health

pytestmark = needs_redis
PASSWORD = "Kopi-Tubruk-Sawahlunto-88"


def get(url):
    return requests.get(url, timeout=10, allow_redirects=False)


def test_pages_render_from_the_database_while_redis_is_down_and_come_from_the_cache_again_after(
    redis_site,
):
    catalogue = build_catalogue(redis_site)
    pages = {
        "/": "Kota Sawahlunto",
        "/tentang/": "Tentang Kota Sawahlunto",
        catalogue.birth_certificate.url: "Akta Kelahiran",
        catalogue.index.url: "Akta Kelahiran",
        "/cari/?q=akta": "Akta Kelahiran",
    }
    redis_site.proxy.cut()
    for path, text in pages.items():
        response = get(redis_site.url + path)
        assert response.status_code == 200, path
        assert text in response.text, path

    redis_site.proxy.restore()
    assert wait_for_health(redis_site.url, "ok").json()["cache"] == "ok"
    for path in pages:
        get(redis_site.url + path)
        again = get(redis_site.url + path)
        assert again.status_code == 200, path
        assert again.headers["X-Page-Cache"] == "hit", path


def test_healthz_says_degraded_with_200_while_redis_is_down_and_ok_when_it_returns(redis_site):
    assert get(f"{redis_site.url}/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok"}

    redis_site.proxy.cut()
    response = get(f"{redis_site.url}/healthz")
    # 200: Redis is shared by every node, and a 503 from each would take them all out of the balancer.
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "error"}

    redis_site.proxy.restore()
    response = wait_for_health(redis_site.url, "ok")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_a_report_sent_while_redis_is_down_is_saved_once_and_its_code_shown(redis_site):
    district = Kecamatan.objects.create(name="Talawi")
    redis_site.proxy.cut()

    code = submit_report(redis_site.url, "Lampu jalan padam saat Redis mati", district.pk)

    rows = Submission.objects.filter(subject="Lampu jalan padam saat Redis mati")
    assert list(rows.values_list("tracking_code", flat=True)) == [code]

    redis_site.proxy.restore()
    wait_for_health(redis_site.url, "ok")
    second = submit_report(redis_site.url, "Lampu jalan padam setelah Redis kembali", district.pk)
    assert second != code
    assert Submission.objects.filter(subject__startswith="Lampu jalan padam").count() == 2


def test_rate_limits_let_reports_through_while_redis_is_down_say_so_in_the_log_and_count_again_after(
    redis_site, settings, caplog
):
    settings.SUBMISSIONS_PER_ADDRESS_PER_HOUR = 1  # every browser here comes from 127.0.0.1
    district = Kecamatan.objects.create(name="Talawi")
    submit_report(redis_site.url, "Laporan pertama", district.pk)

    redis_site.proxy.cut()
    with caplog.at_level(logging.WARNING):
        submit_report(redis_site.url, "Laporan kedua, Redis mati", district.pk)
        submit_report(redis_site.url, "Laporan ketiga, Redis mati", district.pk)
    assert Submission.objects.filter(subject__contains="Redis mati").count() == 2
    not_enforced = [record.getMessage() for record in caplog.records if record.name == "home.ratelimit"]
    # Once per limit and outage, not once per report.
    assert not_enforced == [
        "Rate limit 'submission-browser' not enforced: the cache (Redis) is out of reach",
        "Rate limit 'submission-address' not enforced: the cache (Redis) is out of reach",
    ]
    outage_lines = [record for record in caplog.records if record.name == "home.resilient_cache"]
    assert len(outage_lines) == 1
    assert "out of reach" in outage_lines[0].getMessage()

    redis_site.proxy.restore()
    wait_for_health(redis_site.url, "ok")
    # Counting again (from zero: counts written during the outage were dropped, see the cache).
    submit_report(redis_site.url, "Laporan keempat", district.pk)
    with pytest.raises(RuntimeError, match="no tracking code"):
        submit_report(redis_site.url, "Laporan kelima", district.pk)
    assert not Submission.objects.filter(subject="Laporan kelima").exists()


def make_resident():
    user = get_user_model().objects.create_user(
        username="warga", email="warga@example.com", password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_residents_sign_in_and_see_their_pages_while_redis_is_down(redis_site):
    make_resident()
    redis_site.proxy.cut()

    browser, response = sign_in(redis_site.url, "warga@example.com", PASSWORD)

    assert response.status_code == 302
    page = browser.get(f"{redis_site.url}/akun/pengajuan/", timeout=10, allow_redirects=False)
    assert page.status_code == 200  # not the sign-in page: the session holds
    assert "<h1>Pengajuan saya</h1>" in page.text


def test_a_sign_out_during_the_outage_is_not_undone_by_the_stale_session_in_redis(redis_site):
    make_resident()
    browser, _ = sign_in(redis_site.url, "warga@example.com", PASSWORD)
    old_cookie = browser.cookies["sessionid"]
    assert (
        browser.get(f"{redis_site.url}/akun/pengajuan/", timeout=10, allow_redirects=False).status_code == 200
    )

    redis_site.proxy.cut()  # Redis keeps its copy of the signed-in session
    page = browser.get(f"{redis_site.url}/akun/logout/", timeout=10)
    signed_out = browser.post(
        f"{redis_site.url}/akun/logout/",
        data={"csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        headers={"Referer": page.url},
        timeout=10,
        allow_redirects=False,
    )
    assert signed_out.status_code == 302

    redis_site.proxy.restore()
    wait_for_health(redis_site.url, "ok")
    # Someone who kept the old cookie (a shared computer) is not signed in again.
    response = requests.get(
        f"{redis_site.url}/akun/pengajuan/",
        cookies={"sessionid": old_cookie},
        timeout=10,
        allow_redirects=False,
    )
    assert response.status_code == 302
    assert "/akun/login/" in response.headers["Location"]


def test_a_page_published_during_the_outage_is_not_served_stale_from_redis_after_it_returns(redis_site):
    page = redis_site.page
    get(f"{redis_site.url}/tentang/")
    assert get(f"{redis_site.url}/tentang/").headers["X-Page-Cache"] == "hit"

    redis_site.proxy.cut()  # Redis keeps the old page, and misses the purge
    page.title = "Tentang Kota Arang"
    page.save_revision().publish()
    assert "Tentang Kota Arang" in get(f"{redis_site.url}/tentang/").text

    redis_site.proxy.restore()
    wait_for_health(redis_site.url, "ok")
    response = get(f"{redis_site.url}/tentang/")
    assert "Tentang Kota Arang" in response.text
    assert "Tentang Kota Sawahlunto" not in response.text
