"""Production settings, checked in a fresh process as a deployment would load them."""

import os
import subprocess
import sys

from django.conf import settings

import pytest

# Variables of the test run itself, which a deployment would not have.
TEST_ONLY = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def clean_environment(**env):
    return {key: value for key, value in os.environ.items() if key not in TEST_ONLY} | env


def run_manage(*args, **env):
    environment = clean_environment(**env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x7!k2p-production-like-secret-key-with-enough-length-and-variety-9Qz",
    "ALLOWED_HOSTS": "portal.example.go.id",
    "DATABASE_URL": "sqlite:////tmp/portal-deploy-check.sqlite3",
    "ENCRYPTION_KEYS": "2Ul0pfnPS3bxnM7mJ8ZP0u6P6EyfmNkR4ZT9pYv2xG8",
    "LOOKUP_HASH_KEY": "mW0a3o7C1r8lKq2XkXv8qLh5WcZ3nT1dUeF6yRj9sPo",
}


def test_check_deploy_is_clean_with_the_production_environment():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    environment = {**PRODUCTION, "SECRET_KEY": ""}
    result = run_manage("check", **environment)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize("database_url", ["postgres://nobody@127.0.0.1:1/none", "not a url"])
def test_broken_database_url_gives_a_one_line_explanation(database_url):
    environment = clean_environment(DATABASE_URL=database_url)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "config.preflight"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "DATABASE_URL" in result.stderr
