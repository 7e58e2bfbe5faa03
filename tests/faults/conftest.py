"""Fault injection: a running server whose Redis goes out of reach and comes back.

The Redis tests run when REDIS_URL is set (CI's PostgreSQL pass) and are skipped otherwise. They
never flush or stop that Redis: the server reaches it through `TcpProxy` (tests/bench), a TCP relay on a
loopback port that a test closes (the port then refuses connections, as a Redis that is down does)
and opens again; the server's keys carry a prefix of their own and are deleted at the end.
"""

import os
import time
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests
from pytest_django.live_server_helper import LiveServer

from tests.bench.report_client import CSRF_RE, browser_session
from tests.bench.tcp_proxy import TcpProxy
from tests.conftest import build_site_tree

REDIS_URL = os.environ.get("REDIS_URL", "")
needs_redis = pytest.mark.skipif(
    not REDIS_URL, reason="needs REDIS_URL (a Redis server; CI's PostgreSQL pass sets it)"
)
RETRY_SECONDS = 0.5  # the cache's circuit breaker, short here so recovery is quick to see


@pytest.fixture
def redis_proxy():
    parts = urlsplit(REDIS_URL)
    proxy = TcpProxy((parts.hostname or "127.0.0.1", parts.port or 6379))
    yield proxy
    proxy.cut()


@pytest.fixture
def redis_site(transactional_db, settings, redis_proxy):
    """A live server with the production cache setup (Redis through `redis_proxy`, `cached_db`
    sessions) and the bilingual site tree; `.proxy` cuts and restores its Redis."""
    parts = urlsplit(REDIS_URL)
    netloc = f"{parts.netloc.rpartition('@')[0]}@" if "@" in parts.netloc else ""
    location = urlunsplit(parts._replace(netloc=f"{netloc}127.0.0.1:{redis_proxy.port}"))
    prefix = f"faults-{uuid.uuid4().hex[:12]}"
    settings.CACHES = {
        "default": {
            "BACKEND": "home.resilient_cache.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0, "retry_seconds": RETRY_SECONDS},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    # The server's middleware (sessions) is built when it starts: after the settings above.
    server = LiveServer("localhost")
    settings.SITE_URL = server.url
    try:
        tree = build_site_tree()
        tree.url, tree.proxy = server.url, redis_proxy
        yield tree
    finally:
        # Not server.stop(): a browser's kept-alive connection ends its request thread later, which then
        # closes the shared in-memory SQLite connection (SQLite runs), and must still be allowed to.
        server.thread.terminate()
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)


def wait_for_health(url, status, seconds=10):
    """Poll /healthz until it reports `status` ("ok", "degraded"); return its last answer."""
    deadline = time.monotonic() + seconds
    while True:
        response = requests.get(f"{url}/healthz", timeout=10)
        if response.json()["status"] == status or time.monotonic() > deadline:
            return response
        time.sleep(0.2)


def sign_in(url, email, password):
    """A browser signed in through the sign-in form; its session cookie is `session.cookies["sessionid"]`."""
    session = browser_session()
    page = session.get(f"{url}/akun/login/", timeout=10)
    response = session.post(
        f"{url}/akun/login/",
        data={
            "login": email,
            "password": password,
            "csrfmiddlewaretoken": CSRF_RE.search(page.text).group(1),
        },
        headers={"Referer": f"{url}/akun/login/"},
        allow_redirects=False,
        timeout=10,
    )
    return session, response
