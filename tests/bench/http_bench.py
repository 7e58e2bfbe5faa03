"""Benchmark: requests per second and latency of the public pages under gunicorn, on the scale data.

Not part of `make test`; `make bench` installs wrk (Debian package) and runs it. It needs PostgreSQL and
Redis, and talks to nothing but them and 127.0.0.1:

    .venv/bin/python tests/bench/http_bench.py

1. Creates the database of BENCH_DATABASE_URL if missing, migrates it and runs `load_demo --scale`
   (the demo city, then the scale data of home/demo/scale.py: minutes the first time, seconds after).
2. VACUUM ANALYZE (as autovacuum keeps a running database), collectstatic into a temporary
   STATIC_ROOT, empties the Redis database of BENCH_REDIS_URL and runs `refresh_performance` (the
   hourly cron job), all with production settings.
3. Counts the SQL queries of an anonymous request to each page in this process (Django's test client,
   same database, cache and settings): the first request after the cache was emptied, and the next.
4. Starts gunicorn (production settings, 2 sync workers) on a free port of 127.0.0.1; per page, a
   request that must answer 200, 2 seconds of wrk to warm both workers up, then the measure:
   `wrk -t2 -c8 -d<BENCH_SECONDS>s --latency`.
5. Prints the table and writes it as JSON to BENCH_JSON, so that runs can be compared.

Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/portal_bench), BENCH_REDIS_URL
(redis://127.0.0.1:6379/3: emptied on every run), BENCH_SECONDS (10 per page), BENCH_JSON
(var/bench.json). Other deployment variables (e.g. CONN_MAX_AGE) pass through to gunicorn.
"""

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import redis
import requests
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_submissions import free_port, wait_until_up  # noqa: E402

DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
WARM_UP_SECONDS = 2
JSON_PATH = Path(os.environ.get("BENCH_JSON", ROOT / "var" / "bench.json"))
WORKERS, THREADS, CONNECTIONS = 2, 2, 8
SERVICE_SLUG = "akta-kelahiran"  # the service page measured, if the demo has it
SEARCH_QUERY = "akta lahir"
LATENCY_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("Stopped."))  # so that gunicorn is stopped too
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: install it with 'sudo apt-get install wrk' (make bench does as root).")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="portal-bench-") as static_root:
        environment = os.environ | {
            "DATABASE_URL": DATABASE_URL,
            "REDIS_URL": REDIS_URL,
            "SECRET_KEY": secrets.token_urlsafe(40),
            # The NIK's keys (security.crypto): fixed, since the bench database and its encrypted
            # demo NIKs are kept between runs; not secret, as the data is made up.
            "ENCRYPTION_KEYS": "8Zc0YqS1p1b2GmJ7m9Jx0Vd3u3T6Qy9m3r7q0b3t5cY",
            "LOOKUP_HASH_KEY": "m2Vf7kWcLr9h0XqB4sN8tJ1yP6dA3eG5uZ0oK7iQ2wE",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",  # plain HTTP on the loopback
            "STATIC_ROOT": static_root,
            "LOG_LEVEL": "WARNING",
        }
        prepare(environment)
        os.environ.update(environment | {"DJANGO_SETTINGS_MODULE": "config.settings.production"})
        import django

        django.setup()
        pages = pages_to_measure()
        queries = {url: count_queries(url) for _label, url in pages}
        rows = measure(pages, environment)
    for row in rows:
        row["queries_first"], row["queries_warm"] = queries[row["url"]]
    report(rows)
    print(f"Total time: {time.monotonic() - started:.0f} s")


def manage(*args, environment, settings="config.settings.production"):
    subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=environment | {"DJANGO_SETTINGS_MODULE": settings},
        cwd=ROOT,
        check=True,
    )


def prepare(environment):
    create_database()
    # Development settings with DEBUG off: with production's database task queue, pages saved by the
    # demo loaders would wait for a worker to be indexed for search.
    development = environment | {"DEBUG": "false"}
    manage("migrate", "--noinput", "-v0", environment=development, settings="config.settings.dev")
    started = time.monotonic()
    manage("load_demo", "--scale", environment=development, settings="config.settings.dev")
    print(f"load_demo --scale: {time.monotonic() - started:.0f} s")
    with psycopg.connect(DATABASE_URL, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    manage("collectstatic", "--noinput", "-v0", environment=environment)
    redis.Redis.from_url(REDIS_URL).flushdb()
    manage("refresh_performance", environment=environment)


def create_database():
    name = conninfo_to_dict(DATABASE_URL)["dbname"]
    with psycopg.connect(make_conninfo(DATABASE_URL, dbname="postgres"), autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"Created the database {name}.")


def pages_to_measure():
    """(label, URL path) of every page measured; the static file first, as the yardstick."""
    from django.templatetags.static import static

    from wagtail.models import Locale

    from forums.models import State, Topic
    from forums.threads import topic_url
    from home.models import AnnouncementIndexPage
    from services_catalog.models import ServiceIndexPage, ServicePage

    locale = Locale.get_default()
    services = ServicePage.objects.live().filter(locale=locale).order_by("pk")
    service = services.filter(slug=SERVICE_SLUG).first() or services.first()
    catalogue = ServiceIndexPage.objects.get(locale=locale)
    topic = (
        Topic.objects.filter(state=State.PUBLISHED, category__locale=locale)
        .order_by("-last_activity_at")
        .first()
    )
    return [
        ("static CSS file", static("css/site.css")),
        ("home", "/"),
        ("service page", service.url),
        ("announcement index", AnnouncementIndexPage.objects.get(locale=locale).url),
        ("service index, filtered", f"{catalogue.url}?kategori={service.category.slug}&daring=1"),
        ("forum topic", topic_url(topic)),
        ("search results", f"/cari/?q={SEARCH_QUERY.replace(' ', '+')}"),
        ("IKM", "/ikm/"),
        ("performance", "/kinerja/"),
        ("we answered", "/kami-menjawab/"),
        ("forum categories", "/forum/"),
    ]


def count_queries(url):
    """SQL queries of two anonymous requests in a row (no cookies, as wrk); each must answer 200."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = Client(HTTP_HOST="127.0.0.1").get(url)
        if response.status_code != 200:
            sys.exit(f"{url} answered {response.status_code}, not 200.")
        counts.append(len(queries))
    return counts


def measure(pages, environment):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    gunicorn = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "--no-control-socket",  # another gunicorn on this machine may be using the default one
        ],
        env=environment | {"DJANGO_SETTINGS_MODULE": "config.settings.production"},
        cwd=ROOT,
    )
    try:
        wait_until_up(base)
        rows = []
        for label, url in pages:
            response = requests.get(base + url, allow_redirects=False, timeout=60)
            if response.status_code != 200:
                sys.exit(f"{url} answered {response.status_code} under gunicorn, not 200.")
            print(f"wrk {url} …", flush=True)
            wrk(base + url, WARM_UP_SECONDS)  # unmeasured: both workers render the page once
            rows.append({"page": label, "url": url, **wrk(base + url, SECONDS)})
        return rows
    finally:
        gunicorn.terminate()
        try:
            gunicorn.wait(timeout=15)
        except subprocess.TimeoutExpired:
            gunicorn.kill()


def wrk(url, seconds):
    """Requests per second, median and 99th-percentile latency (ms), and failed requests."""
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "10s", "--latency"]
    # Browsers ask for compressed files; WhiteNoise then serves the static file gzipped.
    command += ["-H", "Accept-Encoding: gzip", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 30).stdout  # noqa: S603
    latency = {
        percent: float(value) * LATENCY_UNITS[unit]
        for percent, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    }
    if set(latency) != {"50", "99"}:
        sys.exit(f"Could not read wrk's output:\n{output}")
    failed = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    failed += sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
    return {
        "requests_per_second": float(re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE).group(1)),
        "p50_ms": latency["50"],
        "p99_ms": latency["99"],
        "failed": failed,
    }


def report(rows):
    from django.conf import settings

    static_rate = rows[0]["requests_per_second"]
    for row in rows:
        row["ratio_to_static"] = round(row["requests_per_second"] / static_rate, 3)
    header = f"{'page':<24} {'URL':<44} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'× static':>8} {'SQL':>9}"
    print(f"\ngunicorn {WORKERS} sync workers, wrk {THREADS} threads {CONNECTIONS} connections {SECONDS} s")
    print(header)
    print("-" * len(header))
    for row in rows:
        url = row["url"] if len(row["url"]) <= 44 else row["url"][:43] + "…"
        print(
            f"{row['page']:<24} {url:<44} {row['requests_per_second']:>8.1f} {row['p50_ms']:>8.1f} "
            f"{row['p99_ms']:>8.1f} {row['ratio_to_static']:>8.3f} "
            f"{row['queries_first']:>4}/{row['queries_warm']:<4}"
            + (f"  {row['failed']} FAILED" if row["failed"] else "")
        )
    print("SQL: queries of the first request after the cache was emptied / of the next one (warm).")
    JSON_PATH.parent.mkdir(parents=True, exist_ok=True)
    JSON_PATH.write_text(
        json.dumps(
            {
                "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "workers": WORKERS,
                "threads": THREADS,
                "connections": CONNECTIONS,
                "seconds": SECONDS,
                "conn_max_age": settings.DATABASES["default"]["CONN_MAX_AGE"],
                "rows": rows,
            },
            indent=2,
        )
    )
    print(f"Written to {JSON_PATH}.")
    if any(row["failed"] for row in rows):
        sys.exit("Some requests failed or timed out: see the table.")


if __name__ == "__main__":
    main()
