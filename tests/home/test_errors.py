"""Health check and the 500 page: they must work when the rest of the system does not."""

from django.db import OperationalError
from django.test import RequestFactory
from django.utils import translation

import pytest

from home.views import server_error


def test_500_page_renders_without_database_access():
    """No django_db mark: any query here would fail the test."""
    request = RequestFactory().get("/en/broken/")
    with translation.override("en"):
        response = server_error(request)
    assert response.status_code == 500
    content = response.content.decode()
    assert '<html lang="en">' in content
    assert "Something went wrong" in content


def test_500_page_in_indonesian():
    with translation.override("id"):
        response = server_error(RequestFactory().get("/rusak/"))
    assert '<html lang="id">' in response.content.decode()
    assert "Terjadi kesalahan" in response.content.decode()


@pytest.mark.django_db
def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_says_degraded_but_200_when_the_cache_is_unreachable(client, settings):
    # The production cache backend pointed at a port where nothing listens. Not 503: Redis is shared
    # by every node, and a load balancer would drop them all (tests/faults test it against Redis).
    settings.CACHES = {
        "default": {
            "BACKEND": "home.resilient_cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "error"}


@pytest.mark.django_db
def test_healthz_503_when_the_database_fails(client, monkeypatch):
    # A database outage cannot be staged inside the test transaction; make the driver fail instead.
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"
