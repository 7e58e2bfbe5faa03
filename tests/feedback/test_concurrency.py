"""Many residents sending at once: every report is saved once, each with its own tracking code."""

from concurrent.futures import ThreadPoolExecutor

from django.db import connection

import pytest

from feedback.models import Kecamatan, StatusChange, Submission
from tests.bench.report_client import submit_report

SUBMITTERS = 20


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers; the concurrency check runs in the PostgreSQL pass of .ci/run",
)
def test_parallel_reports_each_get_one_row_and_a_distinct_code(live_site, settings):
    settings.SUBMISSIONS_PER_HOUR = 10_000  # all from one address here
    district = Kecamatan.objects.create(name="Talawi")
    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(
            pool.map(
                lambda number: submit_report(live_site.url, f"Uji paralel {number}", district.pk),
                range(SUBMITTERS),
            )
        )
    assert len(set(codes)) == SUBMITTERS
    rows = Submission.objects.filter(subject__startswith="Uji paralel")
    assert rows.count() == SUBMITTERS
    assert set(rows.values_list("tracking_code", flat=True)) == set(codes)
    assert StatusChange.objects.filter(submission__in=rows).count() == SUBMITTERS
