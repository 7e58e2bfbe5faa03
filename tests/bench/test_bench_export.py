"""Benchmark: exporting 20 000 submissions streams, with memory that does not grow with the rows.

Not part of `make test` (see test_bench_ikm.py for how tests/bench is run):

    .venv/bin/pytest -q -p no:xdist -s tests/bench/test_bench_export.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/exportbench \\
        .venv/bin/pytest -q -p no:xdist -s --create-db tests/bench/test_bench_export.py

It exports the officer's whole list as CSV and as XLSX and prints the time and the peak of Python
memory allocated while the response is produced and read (tracemalloc), next to the size of the file.
"""

import time
import tracemalloc
from datetime import timedelta

from django.utils import timezone

import pytest

from feedback.demo import ensure_role_groups
from feedback.models import Submission
from tests.feedback.conftest import make_staff

ROWS = 20_000
BATCH = 2_000
# Well below what holding 20 000 model instances (and the whole file) would take.
MEMORY_BUDGET = 40 * 1024 * 1024


def fill(agency):
    today = timezone.localdate()
    for start in range(0, ROWS, BATCH):
        Submission.objects.bulk_create(
            Submission(
                kind=Submission.Kind.COMPLAINT,
                status=Submission.Status.IN_PROGRESS,
                agency=agency,
                name=f"Warga {number}",
                subject=f"Laporan nomor {number} tentang jalan dan saluran air",
                description="Uraian laporan warga yang cukup panjang untuk mengisi kolom. " * 4,
                deadline=today + timedelta(days=number % 9 - 4),
                tracking_code=f"SWL-2611-{number:06d}",
                submission_key=f"bench-{number}",
                secret_hash="x",
            )
            for number in range(start, min(start + BATCH, ROWS))
        )


def export(client, export_format):
    response = client.get(f"/admin/submissions/?export={export_format}")
    assert response.status_code == 200
    return sum(len(chunk) for chunk in response.streaming_content)


def measure(client, export_format):
    """The time of one export, then the memory peak of another (tracemalloc slows Python down)."""
    started = time.perf_counter()
    size = export(client, export_format)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    export(client, export_format)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return size, seconds, peak


@pytest.mark.django_db
def test_exporting_20000_submissions_streams(client, site_tree):
    from services_catalog.factories import AgencyFactory

    agency = AgencyFactory(name="Dinas Pekerjaan Umum", short_name="DPUPR", slug="dpupr")
    fill(agency)
    ensure_role_groups()
    client.force_login(make_staff("petugas.pu", "Petugas OPD", [agency]))
    for export_format in ("csv", "xlsx"):
        size, seconds, peak = measure(client, export_format)
        print(
            f"\n{export_format}: {ROWS} rows, {size / 1e6:.1f} MB in {seconds:.2f} s, "
            f"peak Python memory {peak / 1e6:.1f} MB"
        )
        assert peak < MEMORY_BUDGET
