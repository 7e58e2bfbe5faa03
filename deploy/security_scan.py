"""Dynamic security scan: Debian's wapiti against the running site, signed in as a resident.

    make scan                                                  # what .ci/run runs
    .venv/bin/python deploy/security_scan.py --max-crawl-time 300 --max-attack-time 120   # longer

In a scratch folder it:

1. installs the production dependencies from the hash-locked requirements/production.txt into a
   new virtualenv (proving that the lock file installs), while .venv prepares a fresh SQLite
   database (migrate, load_demo, collectstatic);
2. makes a resident with a verified email address, past pre-moderation, who owns some submissions;
3. serves the site with gunicorn from that virtualenv with config.settings.production, changed only
   where a scan over plain HTTP needs it (SCAN_SETTINGS below);
4. signs the resident in and runs wapiti's crawler and the xss, permanentxss, sql, crlf, file,
   exec and redirect modules (PASSES), each bounded in time, away from the admin, the English
   copies of the pages, sign-out, password, email, two-factor and account-deletion pages;
5. fails (exit status 1) on any vulnerability and on any anomaly (a 500 is a bug an attacker can
   trigger), printing each; and fails when the scan did too little to mean anything: too few
   pages crawled or forms attacked, or the resident's own pages never reached signed in.

The JSON reports, wapiti's output and session database and the server's log are kept in var/scan/.
"""

import argparse
import base64
import json
import os
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, closing
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deploy.scale_demo import show_logs, start, stop  # noqa: E402
from tests.bench.bench_submissions import free_port, wait_until_up  # noqa: E402
from tests.bench.report_client import CSRF_RE, browser_session  # noqa: E402

REPORT_DIR = ROOT / "var" / "scan"
# Each module attacks every crawled link before the first form, until its time is up; so forms come
# first, and xss attacks the links in a second run on the same session. Path traversal and command
# injection are tried on forms only: this site's links carry only filters, search terms and pages.
PASSES = [
    ("forms", "xss:post,permanentxss,sql,crlf:get,file:post,exec:post,redirect", ["--flush-session"]),
    ("links", "xss:get", ["--skip-crawl"]),
]
MIN_PAGES_CRAWLED = 100
MIN_FORMS_ATTACKED = 10
CITIZEN_EMAIL = "pemindai@example.org"

# Production settings, except where plain HTTP on 127.0.0.1 and a scanner need otherwise.
SCAN_SETTINGS = '''"""config.settings.production for deploy/security_scan.py."""

from django.core.cache.backends.locmem import LocMemCache

from config.settings.production import *  # noqa: F403


class UncountedCache(LocMemCache):
    """A cache that keeps no counters: home.ratelimit.hit() takes every request for the first."""

    def incr(self, key, delta=1, version=None):
        raise ValueError(key)


# Plain HTTP: wapiti never sends a Secure cookie back, so the session would be lost and every
# form would fail its CSRF check instead of reaching the code under test.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
# Rate limits (forms, forum, tracking, search, sign-in) would answer the scanner's thousands of
# requests from one address with "too many requests" instead of the code under test.
CACHES = {"default": {"BACKEND": "scan_settings.UncountedCache"}}
ACCOUNT_RATE_LIMITS = False
'''

# Debian's wapiti 3.0.4 compiles each -x pattern as "…\\Z(?ms)", which Python 3.11 refuses ("global
# flags not at the start of the expression"); upstream put the flags first (wapiti PR #437). Delete
# this wrapper when Debian ships a fixed wapiti and call /usr/bin/wapiti instead.
WAPITI = """
import re, sys
from wapitiCore.net import crawler
from wapitiCore.main.wapiti import wapiti_main

def wildcard_translate(pattern):
    return re.compile("(?ms)" + ".*".join(re.escape(part) for part in pattern.split("*")) + r"\\Z")

crawler.wildcard_translate = wildcard_translate
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
"""


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--max-crawl-time", type=int, default=90, help="seconds of crawling")
    parser.add_argument("--max-attack-time", type=int, default=50, help="seconds per attack module")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # a CI timeout still cleans up
    started = time.monotonic()
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    with ExitStack() as cleanup:
        run_dir = Path(tempfile.mkdtemp(prefix="portal-scan-"))
        cleanup.callback(shutil.rmtree, run_dir, ignore_errors=True)
        cleanup.callback(keep_server_log, run_dir)
        try:
            scan(args, run_dir, cleanup)
        except BaseException:
            show_logs(run_dir)
            raise
    print(f"Scan passed in {time.monotonic() - started:.0f} s.")


def scan(args, run_dir, cleanup):
    port = free_port()
    site = f"http://127.0.0.1:{port}"
    (run_dir / "scan_settings.py").write_text(SCAN_SETTINGS)
    environment = os.environ | {
        "DJANGO_SETTINGS_MODULE": "scan_settings",
        "PYTHONPATH": str(run_dir),
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ENCRYPTION_KEYS": base64.urlsafe_b64encode(os.urandom(32)).decode(),
        "LOOKUP_HASH_KEY": base64.urlsafe_b64encode(os.urandom(32)).decode(),
        "DATABASE_URL": f"sqlite:///{run_dir / 'db.sqlite3'}",
        "REDIS_URL": "",
        "MEDIA_ROOT": str(run_dir / "media"),
        "PRIVATE_MEDIA_ROOT": str(run_dir / "private"),
        "STATIC_ROOT": str(run_dir / "static"),
        "ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": site,
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on the loopback interface
        "LOG_LEVEL": "WARNING",
    }
    environment.pop("VIRTUAL_ENV", None)

    step = time.monotonic()
    print("Installing requirements/production.txt (--require-hashes) into a new virtualenv…", flush=True)
    venv = run_dir / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)  # noqa: S603
    with (run_dir / "pip.log").open("wb") as log:
        pip = subprocess.Popen(  # noqa: S603
            [
                venv / "bin" / "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--require-hashes",
                "--no-deps",
                "-r",
                ROOT / "requirements" / "production.txt",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    cleanup.callback(lambda: pip.poll() is None and pip.kill())
    print("  meanwhile: migrate, load_demo, collectstatic with .venv", flush=True)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["load_demo"], ["collectstatic", "--noinput"]):
        command_started = time.monotonic()
        subprocess.run(  # noqa: S603
            [*manage, *command], env=environment, cwd=ROOT, check=True, stdout=subprocess.DEVNULL
        )
        print(f"  {command[0]}: {time.monotonic() - command_started:.0f} s", flush=True)
    if pip.wait():
        print((run_dir / "pip.log").read_text(), file=sys.stderr)
        sys.exit("The hash-locked install failed: run `make lock` and look at the output above.")
    subprocess.run([venv / "bin" / "pip", "check"], check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    print(f"  virtualenv ready, pip check passed, {time.monotonic() - step:.0f} s in all", flush=True)

    os.environ.update(environment)
    sys.path.insert(0, str(run_dir))
    import django

    django.setup()
    password = secrets.token_urlsafe(16)
    make_citizen(password)
    excluded, start_urls, own_page = scan_paths()

    server = start(
        "server",
        [
            venv / "bin" / "python",
            "-m",
            "gunicorn",
            "config.wsgi",
            "--workers",
            str(args.workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--no-control-socket",
            "--timeout",
            "60",
        ],
        environment | {"PATH": f"{venv / 'bin'}:{os.environ['PATH']}"},
        run_dir,
        cleanup,
    )
    wait_until_up(site)
    cookies = sign_in(site, password, own_page)
    cookie_file = run_dir / "cookies.json"
    cookie_file.write_text(json.dumps(wapiti_cookies(cookies)))

    command = [
        "/usr/bin/python3",  # Debian's Python, where Debian's wapiti is installed
        "-c",
        WAPITI,
        "--url",
        f"{site}/",
        "--scope",
        "folder",
        "--cookie",
        str(cookie_file),
        "--store-session",
        str(run_dir / "wapiti-session"),
        "--store-config",
        str(run_dir / "wapiti-config"),
        "--max-attack-time",
        str(args.max_attack_time),
        "--timeout",
        "20",
        "--no-bugreport",  # would upload tracebacks to wapiti's site
        # Django refuses a changed token before any of our code runs: attacking it only wastes time.
        "--skip",
        "csrfmiddlewaretoken",
        # ?cetak=1 only picks the print layout of the same page.
        "--remove",
        "cetak",
        # The English pages are the same views under /en/: crawling them would halve the time left
        # for the rest.
        "--exclude",
        f"{site}/en/*",
        "--verbose",
        "1",
        "--format",
        "json",
    ]
    for path in start_urls:
        command += ["--start", f"{site}{path}"]
    for path in excluded:
        command += ["--exclude", f"{site}{path}*"]
    reports = []
    for name, modules, options in PASSES:
        if name == "forms":
            options = [*options, "--max-scan-time", str(args.max_crawl_time)]
            print(f"wapiti on {site}: crawl for {args.max_crawl_time} s, then {modules}", flush=True)
        else:
            print(f"wapiti, same session: {modules}", flush=True)
        report = REPORT_DIR / f"wapiti-{name}.json"
        report.unlink(missing_ok=True)
        step = time.monotonic()
        with (REPORT_DIR / f"wapiti-{name}.log").open("w") as log:
            wapiti = subprocess.run(  # noqa: S603
                [*command, "--module", modules, *options, "--output", str(report)],
                stdout=log,
                stderr=subprocess.STDOUT,
                check=False,
                cwd=run_dir,
            )
        check(
            wapiti.returncode == 0 and report.exists(),
            f"{time.monotonic() - step:.0f} s, report in {report.relative_to(ROOT)}",
        )
        reports.append(report)

    print("Coverage")
    session = next((run_dir / "wapiti-session").glob("*.db"))
    crawled, forms, own_status = coverage(session, own_page)
    shutil.copy(session, REPORT_DIR / "wapiti-session.db")
    check(crawled >= MIN_PAGES_CRAWLED, f"{crawled} pages and forms crawled (at least {MIN_PAGES_CRAWLED})")
    for module, count in forms.items():
        print(f"  {module}: {count} forms attacked")
    for module in ("xss", "sql"):
        check(
            forms.get(module, 0) >= MIN_FORMS_ATTACKED,
            f"{module} attacked {forms.get(module, 0)} forms (at least {MIN_FORMS_ATTACKED})",
        )
    check(own_status == 200, f"the resident's own page {own_page} crawled signed in (status {own_status})")
    still_in = browser_session()
    still_in.cookies.update(cookies)
    check(
        own_page_status(site, still_in, own_page) == 200,
        "the resident is still signed in after the scan: sign-out and account pages were left alone",
    )

    print("Findings")
    findings = read_findings(reports)
    for finding in findings:
        print(
            f"  {finding['kind']}: {finding['category']} — {finding['method']} {finding['path']}"
            f" parameter {finding['parameter'] or '-'}\n    {finding['info']}\n    {finding['curl_command']}"
        )
    check(not findings, f"{len(findings)} vulnerabilities or anomalies (details above and in the report)")
    server_errors = [
        line for line in (run_dir / "server.log").read_text(errors="replace").splitlines() if "ERROR" in line
    ]
    check(not server_errors, f"{len(server_errors)} errors logged by the site (var/scan/server.log)")
    stop(server)


def make_citizen(password):
    """A verified resident past pre-moderation (forums.posting), so their posts go public at once and
    permanentxss sees them; with three demo submissions on their "my submissions" page."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from allauth.account.models import EmailAddress

    from feedback.models import Submission
    from forums.models import Post, Profile, State

    citizen = get_user_model().objects.create_user(
        "pemindai", CITIZEN_EMAIL, password, date_joined=timezone.now() - timedelta(days=60)
    )
    EmailAddress.objects.create(user=citizen, email=CITIZEN_EMAIL, verified=True, primary=True)
    Profile.objects.create(user=citizen, display_name="Warga Pemindai")
    published = Post.objects.filter(state=State.PUBLISHED, author__is_staff=False).order_by("pk")
    Post.objects.filter(pk__in=list(published.values_list("pk", flat=True)[:2])).update(author=citizen)
    mine = Submission.objects.filter(user=None).order_by("pk").values_list("pk", flat=True)[:3]
    Submission.objects.filter(pk__in=list(mine)).update(user=citizen)


def scan_paths():
    """Paths left alone (the scan would sign itself out or change the account), starting points
    the crawler might not reach from links, and a page only a signed-in resident sees."""
    from django.urls import reverse

    from forums.models import Category

    excluded = [
        "/admin/",
        reverse("account_logout"),
        reverse("account_change_password"),
        reverse("account_set_password"),
        reverse("account_email"),
        reverse("account_reauthenticate"),
        reverse("mfa_index"),
        reverse("accounts:delete"),
    ]
    category = Category.objects.filter(staff_only=False).order_by("pk").first()
    own_page = reverse("feedback:my_submissions")
    start_urls = [
        own_page,
        reverse("accounts:profile"),
        reverse("feedback:report"),
        reverse("feedback:survey"),
        reverse("feedback:track"),
        f"{reverse('search')}?q=akta",
        reverse("forums:new_topic", args=[category.slug]),
    ]
    return excluded, start_urls, own_page


def sign_in(site, password, own_page):
    """Sign the resident in through the sign-in form, as a browser does; return the cookies."""
    from django.urls import reverse

    session = browser_session()
    login_url = f"{site}{reverse('account_login')}"
    form = session.get(login_url, timeout=10)
    session.post(
        login_url,
        data={
            "csrfmiddlewaretoken": CSRF_RE.search(form.text).group(1),
            "login": CITIZEN_EMAIL,
            "password": password,
        },
        timeout=10,
    )
    check(own_page_status(site, session, own_page) == 200, f"{CITIZEN_EMAIL} signed in")
    return session.cookies.get_dict()


def own_page_status(site, session, own_page):
    return session.get(f"{site}{own_page}", allow_redirects=False, timeout=10).status_code


def wapiti_cookies(cookies):
    """wapiti's cookie file (wapitiCore.net.jsoncookie): domain, then path, then name."""
    return {
        "127.0.0.1": {
            "/": {
                name: {"value": value, "expires": None, "secure": False, "port": None, "version": 0}
                for name, value in cookies.items()
            }
        }
    }


def coverage(session_db, own_page):
    """From wapiti's session database: resources crawled (those still to visit have no headers),
    forms attacked by each module, and how the resident's own page answered."""
    with closing(sqlite3.connect(session_db)) as database:
        crawled = database.execute(
            "SELECT COUNT(*) FROM paths WHERE evil = 0 AND headers IS NOT NULL"
        ).fetchone()[0]
        forms = dict(
            database.execute(
                "SELECT module_name, COUNT(DISTINCT attack_log.path_id) FROM attack_log"
                " JOIN paths ON paths.path_id = attack_log.path_id WHERE paths.method = 'POST'"
                " GROUP BY module_name ORDER BY module_name"
            )
        )
        row = database.execute(
            "SELECT http_status FROM paths WHERE evil = 0 AND method = 'GET' AND path LIKE ?",
            [f"%{own_page}"],
        ).fetchone()
    return crawled, forms, row[0] if row else None


def read_findings(reports):
    """Every vulnerability and anomaly in wapiti's JSON reports, once each, with category and kind
    (a later pass's report repeats what the session already held)."""
    findings = {}
    for report in reports:
        data = json.loads(report.read_text())
        for kind, key in (("vulnerability", "vulnerabilities"), ("anomaly", "anomalies")):
            for category, found in data[key].items():
                for finding in found:
                    identity = (category, finding["method"], finding["path"], finding["parameter"])
                    findings.setdefault(identity, {"kind": kind, "category": category, **finding})
    return list(findings.values())


def keep_server_log(run_dir):
    log = run_dir / "server.log"
    if log.exists():
        shutil.copy(log, REPORT_DIR / "server.log")


def check(ok, message):
    """Print one check; stop the scan (exit status 1) at the first that fails."""
    print(f"  {'ok ' if ok else 'FAILED'} {message}", flush=True)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
