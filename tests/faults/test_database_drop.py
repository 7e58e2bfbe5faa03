"""The database connection dropped between requests or in the middle of one (a PostgreSQL restart, a
failover, pg_terminate_backend): the next request works, and a report is saved exactly once.

Runs gunicorn (one sync worker keeping its connection, CONN_MAX_AGE as in production) against the
test database, and cuts that worker's connection from PostgreSQL's side. PostgreSQL only.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.db import connection

import pytest
import requests

from feedback.models import Kecamatan, Submission
from tests.bench.bench_submissions import free_port, wait_until_up
from tests.bench.report_client import CODE_RE, CSRF_RE, PREFIX, browser_session
from tests.conftest import build_site_tree

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs DATABASE_URL pointing at PostgreSQL (pg_terminate_backend)",
)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def gunicorn_site(transactional_db):
    """The site tree served by gunicorn from the test database; `.drop()` cuts its connections."""
    tree = build_site_tree()
    name = f"portal-faults-{uuid.uuid4().hex[:8]}"
    database = connection.settings_dict
    password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "-w",
            "1",
            "-b",
            f"127.0.0.1:{port}",
            "--no-control-socket",
        ],
        env=os.environ
        | {
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"postgres://{database['USER']}{password}@{database['HOST'] or '127.0.0.1'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}?application_name={name}",
            "CONN_MAX_AGE": "600",  # a kept connection, as production may keep
            "PAGE_CACHE_SECONDS": "0",  # every page from the database
        },
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        tree.url = f"http://127.0.0.1:{port}"
        wait_until_up(tree.url)

        def drop():
            """Terminate the server's database connections; return how many there were."""
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = %s",
                    [name],
                )
                return cursor.fetchone()[0]

        tree.drop = drop
        yield tree
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def drop_at_first_insert(gunicorn_site):
    """The first submission row inserted terminates its own connection, mid-request (a trigger)."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE SEQUENCE fault_drop_once")
        cursor.execute(
            """CREATE FUNCTION fault_drop_connection() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF nextval('fault_drop_once') = 1 THEN
                    PERFORM pg_terminate_backend(pg_backend_pid());
                END IF;
                RETURN NEW;
            END $$"""
        )
        cursor.execute(
            "CREATE TRIGGER fault_drop_connection BEFORE INSERT ON feedback_submission "
            "FOR EACH ROW EXECUTE FUNCTION fault_drop_connection()"
        )
    yield
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER fault_drop_connection ON feedback_submission")
        cursor.execute("DROP FUNCTION fault_drop_connection()")
        cursor.execute("DROP SEQUENCE fault_drop_once")


def test_the_next_request_works_after_the_kept_connection_was_dropped(gunicorn_site):
    assert requests.get(f"{gunicorn_site.url}/tentang/", timeout=10).status_code == 200
    assert gunicorn_site.drop() == 1  # the worker kept its connection

    for path in ["/tentang/", "/", "/healthz"]:
        response = requests.get(f"{gunicorn_site.url}{path}", timeout=10)
        assert response.status_code == 200, path


def post_step(session, url, step, fields, page):
    data = {f"{step}-{name}": value for name, value in fields.items()}
    data[f"{PREFIX}-current_step"] = step
    data["csrfmiddlewaretoken"] = CSRF_RE.search(page.text).group(1)
    return session.post(
        f"{url}/aspirasi/{step}/", data=data, headers={"Referer": f"{url}/aspirasi/{step}/"}, timeout=10
    )


def test_a_report_whose_last_step_lost_the_connection_is_saved_once_when_sent_again(
    gunicorn_site, drop_at_first_insert
):
    url = gunicorn_site.url
    district = Kecamatan.objects.create(name="Talawi")
    browser = browser_session()
    page = browser.get(f"{url}/aspirasi/jenis/", timeout=10)
    for step, fields in [
        ("jenis", {"kind": "pengaduan"}),
        (
            "laporan",
            {"subject": "Jalan berlubang", "description": "Di depan pasar.", "kecamatan": district.pk},
        ),
        ("bukti", {}),
        ("identitas", {"identity": "anonim"}),
    ]:
        page = post_step(browser, url, step, fields, page)
        assert page.status_code == 200, step

    lost = post_step(browser, url, "periksa", {"consent": "on"}, page)
    assert lost.status_code == 500  # the connection died while saving: nothing was saved
    assert not Submission.objects.exists()

    # The resident sends the last step again from the same page.
    sent = post_step(browser, url, "periksa", {"consent": "on"}, page)
    assert sent.status_code == 200
    code = CODE_RE.search(sent.text).group(1)
    assert list(Submission.objects.values_list("tracking_code", flat=True)) == [code]
