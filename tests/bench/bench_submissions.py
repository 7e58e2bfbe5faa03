"""Benchmark: 200 reports sent through the wizard by 8 concurrent clients against gunicorn.

Not part of `make test`. Needs PostgreSQL (SQLite serialises writers):

    createdb -h 127.0.0.1 -U postgres portal_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \
        .venv/bin/python tests/bench/bench_submissions.py

It migrates that database, loads the demo city if needed, starts gunicorn (2 sync workers) on a
free local port, sends the reports, then checks in the database that exactly that many
submissions exist for this run, each with its own tracking code, and prints the throughput.
deploy/scale_demo.py reuses its helpers against two nodes behind nginx.
"""

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.report_client import submit_report  # noqa: E402

ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.dev",
    "DEBUG": "false",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SUBMISSIONS_PER_HOUR": "1000000",  # every client comes from 127.0.0.1 here
    "SUBMISSIONS_PER_ADDRESS_PER_HOUR": "1000000",
}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        # Not listening yet, or still loading on its first request.
        with contextlib.suppress(requests.RequestException):
            if requests.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"{url}/healthz did not answer 200 within {seconds} s")


def send_reports(url, run, kecamatan_id, *, reports, clients, retries=0):
    """Send `reports` reports from `clients` residents at once; return the tracking codes and the errors."""

    def send(number):
        try:
            return submit_report(url, f"Bench {run} #{number}", kecamatan_id, retries=retries), None
        except Exception as error:  # counted and shown, so one failure does not hide the others
            return None, error

    pool = ThreadPoolExecutor(max_workers=clients)
    try:
        results = list(pool.map(send, range(reports)))
    finally:  # on Ctrl-C, drop the reports not yet started
        pool.shutdown(cancel_futures=True)
    return [code for code, _ in results if code], [error for _, error in results if error]


def saved_rows(run):
    """The submissions saved by a run of send_reports (their subjects start with the run's id)."""
    from feedback.models import Submission

    return Submission.objects.filter(subject__startswith=f"Bench {run} ")


def check_saved(run, codes, reports):
    """Print and check that the database holds exactly one submission per tracking code returned."""
    from django.db.models import Count

    rows = saved_rows(run)
    saved, distinct = rows.count(), rows.values("tracking_code").distinct().count()
    print(f"  rows saved: {saved}, distinct tracking codes: {distinct}, codes returned: {len(set(codes))}")
    doubled = rows.values("subject").annotate(count=Count("pk")).filter(count__gt=1)
    for row in doubled:
        print(f"  saved {row['count']} times: {row['subject']}")
    return saved == distinct == len(set(codes)) == reports


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database (it will be migrated and filled with demo data).")
    environment = os.environ | ENVIRONMENT
    os.environ.update(ENVIRONMENT)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], check=True, env=environment, cwd=ROOT)  # noqa: S603
    subprocess.run([*manage, "load_demo"], check=True, env=environment, cwd=ROOT, stdout=subprocess.DEVNULL)  # noqa: S603

    import django

    django.setup()
    from feedback.models import Kecamatan

    district = Kecamatan.objects.order_by("pk").first()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    gunicorn = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "config.wsgi", "-w", str(args.workers), "-b", f"127.0.0.1:{port}"],
        env=environment,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(url)
        run = uuid.uuid4().hex[:8]
        started = time.perf_counter()
        codes, errors = send_reports(url, run, district.pk, reports=args.reports, clients=args.clients)
        elapsed = time.perf_counter() - started
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=10)

    print(f"{args.reports} reports, {args.clients} clients, gunicorn {args.workers} sync workers")
    # Each report is 12 requests: the first step, 5 posts, and the 6 pages they redirect to.
    rate = args.reports / elapsed
    print(f"  elapsed {elapsed:.1f} s: {rate:.1f} reports/s, {rate * 12:.0f} requests/s")
    print(f"  errors: {len(errors)}" + (f" (first: {errors[0]!r})" if errors else ""))
    ok = check_saved(run, codes, args.reports) and not errors
    print("  OK" if ok else "  MISMATCH")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
