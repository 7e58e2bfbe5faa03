"""Scale-out demo: two app nodes behind nginx, sharing PostgreSQL, Redis and the media folders.

    make scale-demo                                        # 600 reports, 8 residents at a time
    .venv/bin/python deploy/scale_demo.py --reports 40 --clients 4    # the short form in .ci/run

It makes its own PostgreSQL database (migrated, demo city loaded), Redis database and media folders,
starts two gunicorn nodes on free loopback ports, the background task worker and nginx (round
robin, deploy/nginx-scale-demo.conf), then checks, stopping with exit status 1 at the first that
fails:

1. /healthz answers on each node and through nginx, and nginx serves public media from the shared folder;
2. a resident's wizard, with a photo, continues while consecutive requests go to different nodes;
3. a page published in the admin on node A is visible through node B within 2 seconds;
4. node B killed (SIGKILL) a third of the way through the reports: no error after retry, and
   exactly one row in the database per tracking code returned;
5. /healthz on the dead node fails while nginx still answers 200: the balancer left it out;
6. the worker ran every background task the nodes queued.

Processes, database, Redis database and files are removed at the end, also when a check fails.
"""

import argparse
import io
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import ExitStack
from html import escape
from pathlib import Path

import psycopg
import redis
import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_submissions import (  # noqa: E402
    check_saved,
    free_port,
    saved_rows,
    send_reports,
    wait_until_up,
)
from tests.bench.report_client import CSRF_RE, browser_session, submit_report  # noqa: E402

PUBLISH_VISIBLE_WITHIN = 2.0  # seconds
REQUEST_RE = re.compile(r'request: "(\S+ \S+)')  # in nginx's error log
MODERATOR = "moderator"  # demo account allowed to publish the site's pages


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=600, help="reports sent while node B is killed")
    parser.add_argument("--clients", type=int, default=8, help="residents sending at the same time")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per node")
    parser.add_argument(
        "--postgres", default="postgres://postgres@127.0.0.1:5432", help="server for the demo database"
    )
    parser.add_argument(
        "--redis", default="redis://127.0.0.1:6379/5", help="Redis database the demo may flush"
    )
    args = parser.parse_args()
    # A CI timeout or Ctrl-C still runs the clean-up below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    started = time.monotonic()
    with ExitStack() as cleanup:
        run_dir = Path(tempfile.mkdtemp(prefix="portal-scale-"))
        cleanup.callback(shutil.rmtree, run_dir, ignore_errors=True)
        try:
            demo(args, run_dir, cleanup)
        except BaseException:
            show_logs(run_dir)
            raise
    print(f"All checks passed in {time.monotonic() - started:.0f} s.")


def demo(args, run_dir, cleanup):
    database = f"portal_scale_{int(time.time())}_{os.getpid()}"
    with psycopg.connect(f"{args.postgres}/postgres", autocommit=True) as server:
        server.execute(f'CREATE DATABASE "{database}"')
    cleanup.callback(drop_database, args.postgres, database)
    redis.Redis.from_url(args.redis).flushdb()
    cleanup.callback(lambda: redis.Redis.from_url(args.redis).flushdb())

    # nginx's workers run as an unprivileged user when started as root: they must reach the media.
    run_dir.chmod(0o711)
    media, private, static = run_dir / "media", run_dir / "private", run_dir / "static"
    for folder in (media, private, static):
        folder.mkdir()
    ports = {"A": free_port(), "B": free_port(), "nginx": free_port()}
    nginx_url = f"http://127.0.0.1:{ports['nginx']}"
    node_urls = {name: f"http://127.0.0.1:{ports[name]}" for name in ("A", "B")}
    environment = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ENCRYPTION_KEYS": secrets.token_urlsafe(32),  # the NIK's keys (security.crypto)
        "LOOKUP_HASH_KEY": secrets.token_urlsafe(32),
        "DATABASE_URL": f"{args.postgres}/{database}",
        "REDIS_URL": args.redis,
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(private),
        "STATIC_ROOT": str(static),
        "ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": nginx_url,
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on the loopback interface
        "NUM_PROXIES": "1",  # nginx appends the visitor's address to X-Forwarded-For
        "SUBMISSIONS_PER_HOUR": "1000000",  # every resident here comes from 127.0.0.1
        "SUBMISSIONS_PER_ADDRESS_PER_HOUR": "1000000",
        "LOG_LEVEL": "WARNING",
    }

    print(f"Preparing database {database} (migrate, load_demo, collectstatic)…", flush=True)
    step = time.monotonic()
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["load_demo"], ["collectstatic", "--noinput"]):
        subprocess.run([*manage, *command], env=environment, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    print(f"  ready in {time.monotonic() - step:.0f} s")

    os.environ.update(environment)
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from feedback.models import Kecamatan

    password = secrets.token_urlsafe(16)  # outside DEBUG, load_demo gives staff random passwords
    moderator = get_user_model().objects.get(username=MODERATOR)
    moderator.set_password(password)
    moderator.save()
    # Staff need an authenticator app for the admin (security.mfa): the demo plays the moderator's phone.
    from security.mfa import enrol_totp

    moderator.totp_secret = enrol_totp(moderator)

    nodes = {
        name: start(
            f"node-{name}", gunicorn_command(ports[name], args.workers), environment, run_dir, cleanup
        )
        for name in ("A", "B")
    }
    start("worker", [*manage, "db_worker"], environment, run_dir, cleanup)
    for url in node_urls.values():
        wait_until_up(url)
    config = run_dir / "nginx.conf"
    template = (ROOT / "deploy" / "nginx-scale-demo.conf").read_text()
    config.write_text(
        template
        % {
            "run_dir": run_dir,
            "media_root": media,
            "port": ports["nginx"],
            "node_a_port": ports["A"],
            "node_b_port": ports["B"],
        }
    )
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    start(
        "nginx",
        [nginx, "-c", str(config), "-p", str(run_dir), "-e", str(run_dir / "nginx-error.log")],
        environment,
        run_dir,
        cleanup,
    )
    wait_until_up(nginx_url)
    print(f"nginx on {nginx_url}, node A on {node_urls['A']}, node B on {node_urls['B']}, worker running")
    names = {f"127.0.0.1:{ports[name]}": name for name in ("A", "B")}

    print("1. Health and shared media")
    for name, url in node_urls.items():
        check(health(url) == 200, f"/healthz on node {name}: 200")
    check(health(nginx_url) == 200, "/healthz through nginx: 200")
    check_public_media(nginx_url)

    run = uuid.uuid4().hex[:8]
    district = Kecamatan.objects.order_by("pk").first()
    print("2. A resident's wizard across both nodes")
    check_wizard(nginx_url, run, district.pk, names)

    print("3. Publish on node A, read through node B")
    check_publish(node_urls, moderator, password, run)

    print(
        f"4. {args.reports} reports from {args.clients} residents at a time; node B killed a third of the way"
    )
    killer = NodeKiller(nodes["B"], run, args.reports // 3)
    killer.start()
    cleanup.callback(killer.stop)  # before the database goes, when the run is interrupted
    step = time.monotonic()
    codes, errors = send_reports(
        nginx_url, run, district.pk, reports=args.reports, clients=args.clients, retries=3
    )
    elapsed = time.monotonic() - step
    killer.stop()
    check(killer.killed_at is not None, f"node B killed after {killer.killed_at} reports were saved")
    print(f"  {elapsed:.1f} s, {args.reports / elapsed:.1f} reports/s")
    errors_logged = [
        line for line in (run_dir / "nginx-error.log").read_text().splitlines() if "[error]" in line
    ]
    cut_off = [REQUEST_RE.search(line).group(1) for line in errors_logged if "Connection refused" not in line]
    print(f"  requests cut off on node B by the kill: {', '.join(cut_off) or 'none'}")
    refused = len(errors_logged) - len(cut_off)
    print(f"  requests refused by node B later (nginx tries it again every 10 s): {refused}")
    print("  nginx sent each on to node A (a GET, or a POST the node never got), or the client retried it")
    check(not errors, f"errors after retry: {len(errors)}" + (f" (first: {errors[0]!r})" if errors else ""))
    check(check_saved(run, codes, args.reports), "one submission per tracking code, none lost, none doubled")

    print("5. The balancer left the dead node out")
    check(health(node_urls["B"]) is None, "/healthz on node B: no answer")
    answers = [requests.get(f"{nginx_url}/healthz", timeout=5) for _ in range(6)]
    statuses = {answer.status_code for answer in answers}
    served = {answered_by(answer, names) for answer in answers}
    # Every fail_timeout nginx tries the dead node again, with one request, and passes it on to A.
    retried = sum("," in answer.headers["X-Upstream"] for answer in answers)
    check(
        statuses == {200} and served == {"A"},
        f"/healthz through nginx: 6 answers {sorted(statuses)}, all from node A ({retried} tried on B first)",
    )

    print("6. Background tasks")
    check_tasks_done()


def gunicorn_command(port, workers):
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi",
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        "--no-control-socket",  # gunicorn 27 opens ~/.gunicorn/gunicorn.ctl: one per host, not per node
    ]


def start(name, command, environment, run_dir, cleanup):
    """Start a process in its own process group (so a kill takes its workers too), logging to a file."""
    with (run_dir / f"{name}.log").open("wb") as log:
        process = subprocess.Popen(  # noqa: S603
            command, env=environment, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    cleanup.callback(stop, process)
    return process


def stop(process):
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except ProcessLookupError:  # already gone, like the killed node
        process.wait()
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def drop_database(postgres, database):
    with psycopg.connect(f"{postgres}/postgres", autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def show_logs(run_dir):
    for log in sorted(run_dir.glob("*.log")):
        lines = log.read_text(errors="replace").splitlines()[-20:]
        if lines:
            print(f"--- {log.name} (last lines)", *lines, sep="\n", file=sys.stderr)


def check(ok, message):
    """Print one check; stop the demo (exit status 1) at the first that fails."""
    print(f"  {'ok ' if ok else 'FAILED'} {message}", flush=True)
    if not ok:
        sys.exit(1)


def health(url):
    """The status of GET /healthz, or None when nothing answers."""
    try:
        return requests.get(f"{url}/healthz", timeout=5).status_code
    except requests.ConnectionError:
        return None


def check_public_media(nginx_url):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.order_by("pk").first()
    response = requests.get(f"{nginx_url}{document.url}", timeout=5)
    check(
        response.status_code == 200 and len(response.content) == document.file.size,
        f"{document.url} served by nginx from the shared MEDIA_ROOT",
    )


def check_wizard(nginx_url, run, kecamatan_id, names):
    """One resident through nginx, with a photo: the session, CSRF token and upload follow them."""
    from PIL import Image

    from feedback.models import Submission

    photo = io.BytesIO()
    Image.new("RGB", (160, 120), (90, 140, 60)).save(photo, "JPEG")
    session = browser_session()
    served = []
    session.hooks["response"].append(lambda response, **_: served.append(answered_by(response, names)))
    code = submit_report(nginx_url, f"Wizard {run}", kecamatan_id, session=session, evidence=photo.getvalue())
    changes = sum(before != after for before, after in zip(served, served[1:], strict=False))
    print(f"  {len(served)} requests served by {' '.join(served)}")
    check(
        set(served) == {"A", "B"} and changes > 0,
        f"the wizard changed node {changes} times and finished: {code}",
    )
    attachment = Submission.objects.get(tracking_code=code).attachments.get()
    check(
        attachment.file.storage.exists(attachment.file.name),
        "its photo was saved in the shared PRIVATE_MEDIA_ROOT",
    )


def check_publish(node_urls, moderator, password, run):
    """Save a draft with a new title, view the page on B, publish it in the admin on A, poll B."""
    from home.models import StandardPage

    page = StandardPage.objects.live().filter(locale__language_code="id").order_by("path").first()
    url = page.get_url()
    new_title = f"{page.title} {run}"
    draft = StandardPage.objects.get(pk=page.pk)
    draft.title = new_title
    draft.save_revision(user=moderator)
    for _ in range(2):  # the second time from the page cache, if there is one
        before = requests.get(f"{node_urls['B']}{url}", timeout=5)
    check(
        escape(page.title) in before.text and escape(new_title) not in before.text,
        f"{url} on node B shows “{page.title}” (page cache: {before.headers.get('X-Page-Cache', 'none')})",
    )

    admin = browser_session()
    login = admin.get(f"{node_urls['A']}/admin/login/", timeout=10)  # redirected to the site's sign-in
    password_step = admin.post(
        login.url,
        data={"csrfmiddlewaretoken": csrf_token(login), "login": moderator.username, "password": password},
        headers={"Referer": login.url},
        timeout=10,
    )
    from security.mfa import totp_code

    code = totp_code(moderator.totp_secret)
    signed_in = admin.post(
        password_step.url,
        data={"csrfmiddlewaretoken": csrf_token(password_step), "code": code},
        headers={"Referer": password_step.url},
        allow_redirects=False,
        timeout=10,
    )
    check(
        signed_in.status_code == 302 and signed_in.headers["Location"] == "/admin/",
        f"“{moderator.username}” signed in to the admin on node A (password, then the app's code)",
    )
    action = f"{node_urls['A']}/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/"
    confirm = admin.get(action, timeout=10)
    published = admin.post(
        action,
        data={"csrfmiddlewaretoken": csrf_token(confirm)},
        headers={"Referer": action},
        allow_redirects=False,
        timeout=10,
    )
    published_at = time.monotonic()
    check(published.status_code == 302, "published the draft on node A")
    while escape(new_title) not in requests.get(f"{node_urls['B']}{url}", timeout=5).text:
        if time.monotonic() - published_at > PUBLISH_VISIBLE_WITHIN:
            break
        time.sleep(0.05)
    waited = time.monotonic() - published_at
    check(
        waited <= PUBLISH_VISIBLE_WITHIN,
        f"node B shows the new title after {waited:.2f} s (limit {PUBLISH_VISIBLE_WITHIN:.0f} s)",
    )


def answered_by(response, names):
    """The node that answered: the last address in X-Upstream (nginx lists every node it tried)."""
    return names[response.headers["X-Upstream"].split(",")[-1].strip()]


def csrf_token(response):
    return CSRF_RE.search(response.text).group(1)


class NodeKiller(threading.Thread):
    """Kills a node (gunicorn master and workers at once) when the run has saved `after` reports."""

    def __init__(self, node, run, after):
        super().__init__(daemon=True)
        self.node, self.run_id, self.after = node, run, after
        self.killed_at = None
        self.done = threading.Event()

    def run(self):
        from django.db import connection

        rows = saved_rows(self.run_id)
        while not self.done.wait(0.1):
            saved = rows.count()
            if saved >= self.after:
                os.killpg(self.node.pid, signal.SIGKILL)
                self.killed_at = saved
                break
        connection.close()

    def stop(self):
        self.done.set()
        self.join()


def check_tasks_done(seconds=120):
    from django_tasks_db.models import DBTaskResult

    def waiting():
        return DBTaskResult.objects.ready().count() + DBTaskResult.objects.running().count()

    deadline = time.monotonic() + seconds
    while waiting() and time.monotonic() < deadline:
        time.sleep(0.5)
    succeeded, failed = DBTaskResult.objects.successful().count(), DBTaskResult.objects.failed().count()
    check(waiting() == failed == 0, f"the worker ran {succeeded} tasks; {failed} failed, {waiting()} waiting")


if __name__ == "__main__":
    main()
