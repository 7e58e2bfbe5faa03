"""The site's public address, from the one `SITE_URL` setting.

Absolute links (canonical and hreflang links, page URLs in the sitemap, RSS and JSON-LD, the print
checklist, API links, robots.txt) are built from it rather than from the request's Host header or the
Wagtail Site record, so they are right behind a proxy and after the address changes.
"""

from urllib.parse import urlsplit

from django.conf import settings


def site_root_url() -> str:
    """'https://portal.example.go.id' (no trailing slash)."""
    return settings.SITE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """'/layanan/' -> 'https://portal.example.go.id/layanan/'."""
    return site_root_url() + path


def site_hostname_and_port() -> tuple[str, int]:
    """Host name and port for the Wagtail Site record, e.g. ('portal.example.go.id', 443)."""
    parts = urlsplit(settings.SITE_URL)
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)
