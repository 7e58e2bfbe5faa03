"""deploy/crontab, the operator's schedule: every command in it exists, and the retention purge runs daily."""

import re
from pathlib import Path

from django.conf import settings
from django.core.management import get_commands

CRONTAB = Path(settings.BASE_DIR) / "deploy" / "crontab"
ENVIRONMENT_LINE = re.compile(r"^[A-Z_]+=")


def scheduled_jobs():
    """(the five time fields, the management command) of each job line."""
    for line in CRONTAB.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ENVIRONMENT_LINE.match(line):
            continue
        fields = line.split(None, 5)
        command = re.search(r"manage\.py (\w+)", fields[5])
        assert command, f"not a manage.py command: {line}"
        yield tuple(fields[:5]), command.group(1)


def test_every_scheduled_command_exists():
    jobs = list(scheduled_jobs())
    assert jobs
    missing = {command for _times, command in jobs} - set(get_commands())
    assert not missing


def test_the_documented_jobs_are_scheduled_and_the_purge_runs_daily():
    schedule = {command: times for times, command in scheduled_jobs()}
    assert {
        "clean_wizard_uploads",
        "send_digest",
        "send_queued_email",
        "purge_personal_data",
        "publish_scheduled",
        "send_forum_notifications",
        "refresh_performance",
        "backup",
    } <= set(schedule)
    minute, hour, *rest = schedule["purge_personal_data"]
    assert minute.isdigit() and hour.isdigit() and rest == ["*", "*", "*"]
