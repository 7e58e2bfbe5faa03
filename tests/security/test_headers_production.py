"""With config.settings.production: HTTPS-only headers (HSTS) and Django's deployment checklist."""

import base64
import os
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings as django_settings

BASE_DIR = Path(django_settings.BASE_DIR)
YEAR = 365 * 24 * 60 * 60
COOKIE_SETTINGS = ("_COOKIE_SECURE", "_COOKIE_HTTPONLY", "_COOKIE_SAMESITE")


def production_environment(tmp_path) -> dict[str, str]:
    """What an operator sets for a real deployment (README, Environment variables)."""
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "layanan.sawahluntokota.go.id",
        "ENCRYPTION_KEYS": base64.urlsafe_b64encode(os.urandom(32)).decode(),
        "LOOKUP_HASH_KEY": base64.urlsafe_b64encode(os.urandom(32)).decode(),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "WAGTAILADMIN_BASE_URL": "https://layanan.sawahluntokota.go.id",
    }


def use_production_https(settings, monkeypatch, tmp_path, **environment):
    """Apply production's HTTPS and cookie settings to this test, read from its settings module with a
    production environment (plus `environment`); the rest stays the test suite's."""
    for name, value in (production_environment(tmp_path) | environment).items():
        monkeypatch.setenv(name, value)
    production = runpy.run_module("config.settings.production")
    for name, value in production.items():
        if name.startswith("SECURE_") or name.endswith(COOKIE_SETTINGS):
            setattr(settings, name, value)


def test_hsts_is_preload_ready_by_default(client, site_tree, settings, monkeypatch, tmp_path):
    use_production_https(settings, monkeypatch, tmp_path)
    plain = client.get("/tentang/")
    assert plain.status_code == 301 and plain["Location"] == "https://testserver/tentang/"
    response = client.get("/tentang/", secure=True)
    assert response.status_code == 200
    hsts = dict(
        (part.strip().split("=") + [True])[:2] for part in response["Strict-Transport-Security"].split(";")
    )
    assert int(hsts["max-age"]) >= YEAR
    assert hsts["includeSubDomains"] is True and hsts["preload"] is True


def test_hsts_is_configurable(client, site_tree, settings, monkeypatch, tmp_path):
    use_production_https(
        settings,
        monkeypatch,
        tmp_path,
        SECURE_HSTS_SECONDS="300",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="false",
        SECURE_HSTS_PRELOAD="false",
    )
    response = client.get("/tentang/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=300"


def test_the_deployment_checklist_passes(tmp_path):
    """`manage.py check --deploy` as README says to run it, with a realistic environment."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "SECURE_", "DEBUG"))
    }
    environment |= production_environment(tmp_path) | {"DJANGO_SETTINGS_MODULE": "config.settings.production"}
    result = subprocess.run(  # noqa: S603  (our own manage.py, with this interpreter)
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
