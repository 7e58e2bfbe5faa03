"""A resident's browser, reduced to HTTP: fills the report wizard at /aspirasi/ and returns the code.

Used by the concurrency test and by bench_submissions.py; plain `requests`, one session per resident.
"""

import re

import requests

CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CODE_RE = re.compile(r'class="tracking-code">([A-Z0-9-]+)<')
PREFIX = "report_wizard"


def submit_report(base_url: str, subject: str, kecamatan_id: int, timeout: float = 30) -> str:
    """Send one anonymous complaint through every step; return the tracking code shown at the end."""
    session = requests.Session()
    steps = [
        ("jenis", {"kind": "pengaduan"}),
        (
            "laporan",
            {
                "subject": subject,
                "description": "Laporan uji beban: lampu jalan padam di depan pasar.",
                "kecamatan": str(kecamatan_id),
            },
        ),
        ("bukti", {}),
        ("identitas", {"identity": "anonim"}),
        ("periksa", {"consent": "on"}),
    ]
    page = session.get(f"{base_url}/aspirasi/{steps[0][0]}/", timeout=timeout)
    for step, fields in steps:
        page.raise_for_status()
        url = f"{base_url}/aspirasi/{step}/"
        data = {f"{step}-{name}": value for name, value in fields.items()}
        data[f"{PREFIX}-current_step"] = step
        data["csrfmiddlewaretoken"] = CSRF_RE.search(page.text).group(1)
        # Each step redirects to the next one (the last, through "done", to the confirmation).
        page = session.post(url, data=data, headers={"Referer": url}, timeout=timeout)
    page.raise_for_status()
    match = CODE_RE.search(page.text)
    if match is None:
        raise RuntimeError(f"no tracking code after sending {subject!r}: {page.url}")
    return match.group(1)
