"""Benchmark: the IKM report over 10 000 survey responses for 10 services stays under a second.

Not part of `make test`: pyproject's addopts ignore tests/bench when pytest collects `tests/`,
but a path named on the command line is still collected:

    .venv/bin/pytest -q -p no:xdist -s tests/bench/test_bench_ikm.py

and against PostgreSQL (pytest-django creates test_ikmbench, and drops it afterwards):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ikmbench \\
        .venv/bin/pytest -q -p no:xdist -s --create-db tests/bench/test_bench_ikm.py

It times `compute_ikm_by(..., "service")`, `compute_ikm` and `respondent_profile` together, five
times, and prints the best run: 1 + 1 + 4 queries, whatever the number of responses.
"""

import random
import time
import uuid
from datetime import date, timedelta

from django.db import connection

import pytest

from feedback.ikm import ELEMENT_CODES, compute_ikm, compute_ikm_by, period_range, respondent_profile
from feedback.models import SurveyResponse
from feedback.skm import AGE_BANDS, EDUCATION, GENDERS, OCCUPATIONS
from services_catalog.factories import ServiceIndexPageFactory, ServicePageFactory

RESPONSES = 10_000
SERVICES = 10
BATCH = 1_000
RUNS = 5
BUDGET_SECONDS = 1.0


def fill(services, rng):
    first_day, days = date(2026, 1, 1), 365
    for start in range(0, RESPONSES, BATCH):
        batch = []
        for number in range(start, min(start + BATCH, RESPONSES)):
            service = services[number % len(services)]
            batch.append(
                SurveyResponse(
                    service=service,
                    agency_id=service.agency_id,
                    service_date=first_day + timedelta(days=rng.randrange(days)),
                    submission_key=uuid.uuid4().hex,
                    gender=rng.choice([code for code, _label in GENDERS] + [""]),
                    age_band=rng.choice([code for code, _label in AGE_BANDS]),
                    education=rng.choice([code for code, _label in EDUCATION]),
                    occupation=rng.choice([code for code, _label in OCCUPATIONS]),
                    **{code: rng.randint(1, 4) for code in ELEMENT_CODES},
                )
            )
        SurveyResponse.objects.bulk_create(batch)


@pytest.mark.django_db
def test_ikm_report_over_ten_thousand_responses(site_tree, django_assert_num_queries):
    index = ServiceIndexPageFactory(parent=site_tree.home)
    services = [ServicePageFactory(parent=index) for _ in range(SERVICES)]
    fill(services, random.Random(2017))
    responses = SurveyResponse.objects.filter(service_date__range=period_range("year", 2026))

    timings = []
    for _ in range(RUNS):
        with django_assert_num_queries(6):
            started = time.perf_counter()
            by_service = compute_ikm_by(responses, "service")
            overall = compute_ikm(responses)
            profile = respondent_profile(responses)
            timings.append(time.perf_counter() - started)

    assert overall.respondents == RESPONSES
    assert [service_id for service_id, _result in by_service] == sorted(service.pk for service in services)
    assert sum(result.respondents for _service, result in by_service) == RESPONSES
    assert sum(count for _code, _label, count in profile["gender"]) == RESPONSES
    best = min(timings)
    print(
        f"\n{connection.vendor}: {RESPONSES} responses, {SERVICES} services, IKM {overall.ikm} "
        f"({overall.grade}); best of {RUNS}: {best * 1000:.1f} ms "
        f"(all runs: {', '.join(f'{t * 1000:.1f}' for t in timings)} ms)"
    )
    assert best < BUDGET_SECONDS
