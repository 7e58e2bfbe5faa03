"""Benchmark: 200 reports sent through the wizard by 8 concurrent clients against gunicorn.

Not part of `make test`. Needs PostgreSQL (SQLite serialises writers):

    createdb -h 127.0.0.1 -U postgres portal_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \
        .venv/bin/python tests/bench/bench_submissions.py

It migrates that database, loads the demo city if needed, starts gunicorn (2 sync workers) on a
free local port, sends the reports, then checks in the database that exactly that many
submissions exist for this run, each with its own tracking code, and prints the throughput.
deploy/scale_demo.py reuses its helpers against two nodes behind nginx.

With `--cut-redis SECONDS` (needs REDIS_URL) gunicorn reaches Redis through a TCP relay
(tests/bench/tcp_proxy.py) that is cut once a third of the reports are sent and restored SECONDS
later: the run must still show no error, no loss and no duplicate (home.resilient_cache). The
keys go under a prefix of the run's own, deleted at the end; Redis itself is not flushed or stopped.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench REDIS_URL=redis://127.0.0.1:6379/7 \
        .venv/bin/python tests/bench/bench_submissions.py --cut-redis 10
"""

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.report_client import submit_report  # noqa: E402
from tests.bench.tcp_proxy import TcpProxy  # noqa: E402

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


def send_reports(url, run, kecamatan_id, *, reports, clients, retries=0, progress=None):
    """Send `reports` reports from `clients` residents at once; return the tracking codes and the errors.

    `progress(done)` is called after each report with how many are done."""
    done = [0]
    lock = threading.Lock()

    def send(number):
        try:
            return submit_report(url, f"Bench {run} #{number}", kecamatan_id, retries=retries), None
        except Exception as error:  # counted and shown, so one failure does not hide the others
            return None, error
        finally:
            if progress:
                with lock:
                    done[0] += 1
                    progress(done[0])

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


class RedisCut:
    """Redis reached through a relay, cut for `seconds` once `after` reports are done (--cut-redis)."""

    def __init__(self, redis_url, run, *, seconds, after):
        parts = urlsplit(redis_url)
        self.redis_url, self.seconds, self.after = redis_url, seconds, after
        self.proxy = TcpProxy((parts.hostname or "127.0.0.1", parts.port or 6379))
        auth = f"{parts.netloc.rpartition('@')[0]}@" if "@" in parts.netloc else ""
        self.location = urlunsplit(parts._replace(netloc=f"{auth}127.0.0.1:{self.proxy.port}"))
        self.prefix = f"bench-{run}"
        self.health_during_cut = None
        self._started = False

    def progress(self, done):
        if done == self.after and not self._started:
            self._started = True
            threading.Thread(target=self._cut, daemon=True).start()

    def _cut(self):
        self.proxy.cut()
        time.sleep(self.seconds / 2)
        with contextlib.suppress(requests.RequestException):
            self.health_during_cut = requests.get(f"{self.url}/healthz", timeout=5).json()
        time.sleep(self.seconds / 2)
        self.proxy.restore()

    def forget_keys(self):
        import redis

        client = redis.Redis.from_url(self.redis_url)
        keys = list(client.scan_iter(match=f"{self.prefix}:*", count=1000))
        for start in range(0, len(keys), 1000):
            client.delete(*keys[start : start + 1000])


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--cut-redis", type=float, default=0, metavar="SECONDS", help="cut Redis this long mid-run"
    )
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database (it will be migrated and filled with demo data).")
    run = uuid.uuid4().hex[:8]
    cut = None
    if args.cut_redis:
        if not os.environ.get("REDIS_URL"):
            sys.exit("--cut-redis needs REDIS_URL (the Redis the server reaches through a relay).")
        cut = RedisCut(os.environ["REDIS_URL"], run, seconds=args.cut_redis, after=args.reports // 3)
    if cut:  # every process of the run (migrate, load_demo, gunicorn) goes through the relay
        ENVIRONMENT.update(REDIS_URL=cut.location, CACHE_KEY_PREFIX=cut.prefix)
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
    if cut:
        cut.url = url
    log = tempfile.TemporaryFile()  # noqa: SIM115  (gunicorn's output, read at the end)
    gunicorn = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "config.wsgi", "-w", str(args.workers), "-b", f"127.0.0.1:{port}"],
        env=environment,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(url)
        started = time.perf_counter()
        codes, errors = send_reports(
            url, run, district.pk, reports=args.reports, clients=args.clients, progress=cut and cut.progress
        )
        elapsed = time.perf_counter() - started
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=10)
        if cut:
            cut.proxy.cut()
            cut.forget_keys()

    print(f"{args.reports} reports, {args.clients} clients, gunicorn {args.workers} sync workers")
    # Each report is 12 requests: the first step, 5 posts, and the 6 pages they redirect to.
    rate = args.reports / elapsed
    print(f"  elapsed {elapsed:.1f} s: {rate:.1f} reports/s, {rate * 12:.0f} requests/s")
    server_errors = [e for e in errors if getattr(getattr(e, "response", None), "status_code", 0) >= 500]
    print(f"  errors: {len(errors)}, of them 5xx answers: {len(server_errors)}")
    if errors:
        print(f"  first error: {errors[0]!r}")
    if cut:
        log.seek(0)
        lines = log.read().decode(errors="replace").splitlines()
        print(
            f"  Redis cut for {args.cut_redis:g} s after {cut.after} reports; /healthz during the cut: "
            f"{cut.health_during_cut}"
        )
        print(
            f"  server log: {sum('Cache (Redis) out of reach' in line for line in lines)} outage lines, "
            f"{sum('Cache (Redis) answers again' in line for line in lines)} recovery lines, "
            f"{sum('not enforced' in line and 'Rate limit' in line for line in lines)} rate-limit lines, "
            f"{sum('Traceback' in line for line in lines)} tracebacks"
        )
    ok = check_saved(run, codes, args.reports) and not errors
    print("  OK" if ok else "  MISMATCH")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
