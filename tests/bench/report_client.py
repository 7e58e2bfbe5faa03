"""A resident's browser, reduced to HTTP: fills the report wizard at /aspirasi/ and returns the code.

Used by the concurrency test, bench_submissions.py and deploy/scale_demo.py; plain `requests`, one
session per resident.
"""

import re
import time
from urllib.parse import urljoin

import requests

CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CODE_RE = re.compile(r'class="tracking-code">([A-Z0-9-]+)<')
PREFIX = "report_wizard"
# What a load balancer answers when a node is gone or failing: worth sending the request again.
RETRY_STATUSES = {502, 503, 504}


class LoopbackCookieJar(requests.cookies.RequestsCookieJar):
    """Sends Secure cookies over plain HTTP, as browsers do to 127.0.0.1 and localhost.

    Production marks the session and CSRF cookies Secure; requests would keep them to itself when
    the site is reached over HTTP on the loopback interface.
    """

    def set_cookie(self, cookie, *args, **kwargs):
        cookie.secure = False
        return super().set_cookie(cookie, *args, **kwargs)


def browser_session() -> requests.Session:
    session = requests.Session()
    session.cookies = LoopbackCookieJar()
    return session


def evidence_files(evidence):
    if isinstance(evidence, bytes):
        evidence = [("bukti.jpg", evidence, "image/jpeg")]
    return {f"bukti-file_{number}": file for number, file in enumerate(evidence or (), 1)} or None


def submit_report(
    base_url: str,
    subject: str,
    kecamatan_id: int,
    *,
    session: requests.Session | None = None,
    evidence: bytes | list[tuple[str, bytes, str]] | None = None,
    retries: int = 0,
    timeout: float = 30,
) -> str:
    """Send one anonymous complaint through every step; return the tracking code shown at the end.

    `evidence` is a JPEG attached on the "bukti" step, or a list of up to three (name, content,
    content type). With `retries`, a request that fails on the way (no connection, or 502/503/504
    from a balancer) is sent again as it was. Redirects are followed one by one, so only the
    failed request is repeated: a step's POST only rewrites the session, and the done step saves
    at most one submission per wizard run (its submission key).
    """
    session = session or browser_session()

    def send(method, url, **kwargs):
        for attempt in range(retries + 1):
            try:
                response = session.request(method, url, allow_redirects=False, timeout=timeout, **kwargs)
            except (requests.ConnectionError, requests.Timeout):
                if attempt == retries:
                    raise
            else:
                if response.status_code not in RETRY_STATUSES or attempt == retries:
                    response.raise_for_status()
                    return response
            time.sleep(0.2 * (attempt + 1))

    def follow(response):
        while response.is_redirect:
            response = send("GET", urljoin(response.url, response.headers["Location"]))
        return response

    steps = [
        ("jenis", {"kind": "pengaduan"}, None),
        (
            "laporan",
            {
                "subject": subject,
                "description": "Laporan uji beban: lampu jalan padam di depan pasar.",
                "kecamatan": str(kecamatan_id),
            },
            None,
        ),
        ("bukti", {}, evidence_files(evidence)),
        ("identitas", {"identity": "anonim"}, None),
        ("periksa", {"consent": "on"}, None),
    ]
    page = follow(send("GET", f"{base_url}/aspirasi/{steps[0][0]}/"))
    for step, fields, files in steps:
        url = f"{base_url}/aspirasi/{step}/"
        data = {f"{step}-{name}": value for name, value in fields.items()}
        data[f"{PREFIX}-current_step"] = step
        data["csrfmiddlewaretoken"] = CSRF_RE.search(page.text).group(1)
        # Each step redirects to the next one (the last, through "done", to the confirmation).
        page = follow(send("POST", url, data=data, files=files, headers={"Referer": url}))
    match = CODE_RE.search(page.text)
    if match is None:
        raise RuntimeError(f"no tracking code after sending {subject!r}: {page.url}")
    return match.group(1)
