"""Tracking codes: shape, alphabet, randomness, tidying what people type, and collision retries."""

from collections import Counter
from datetime import date

from django.db import IntegrityError
from django.utils import timezone

import pytest

from feedback.tracking import (
    ALPHABET,
    TRACKING_CODE_RE,
    create_with_unique_code,
    new_tracking_code,
    normalise_tracking_code,
)

CODES = [new_tracking_code("SWL", date(2026, 11, 20)) for _ in range(2000)]


def test_code_has_prefix_year_month_and_six_characters():
    code = new_tracking_code("SWL", date(2026, 11, 20))
    match = TRACKING_CODE_RE.match(code)
    assert match
    assert match["prefix"] == "SWL"
    assert match["yymm"] == "2611"
    assert len(match["random"]) == 6


def test_code_defaults_to_this_month_in_local_time():
    before = timezone.localdate()
    code = new_tracking_code("SWL")
    months = {f"{before:%y%m}", f"{timezone.localdate():%y%m}"}
    assert code.split("-")[1] in months


def test_codes_avoid_ambiguous_characters():
    random_parts = "".join(code.rsplit("-", 1)[1] for code in CODES)
    assert all(TRACKING_CODE_RE.match(code) for code in CODES)
    assert not set(random_parts) & set("0O1IL")
    # Every character of the alphabet turns up: the codes use all of it, not a predictable subset.
    assert set(Counter(random_parts)) == set(ALPHABET)


def test_codes_are_practically_unique():
    # 31^6 ≈ 887 million codes per month: a single repeat in 2,000 happens about once in 450 runs,
    # so allow one (the database's unique constraint and the retry below handle it for real).
    assert len(set(CODES)) >= len(CODES) - 1


@pytest.mark.parametrize("prefix", ["", "S", "swl", "SAWAHL", "SW1"])
def test_a_bad_prefix_is_a_programming_error(prefix):
    with pytest.raises(ValueError):
        new_tracking_code(prefix)


@pytest.mark.parametrize(
    "typed",
    [
        "SWL-2611-7KQ4M2",
        "swl-2611-7kq4m2",
        "  SWL-2611-7KQ4M2 ",
        "SWL 2611 7KQ4M2",
        "SWL – 2611 — 7KQ4M2",
        "SWL\u22122611\u20117KQ4M2",
        "SWL26117KQ4M2",
        "SWL-2611-7KQ 4M2",
        "SWL\u00a02611\u00a07KQ4M2",
    ],
)
def test_normalise_accepts_how_people_type_a_code(typed):
    assert normalise_tracking_code(typed) == "SWL-2611-7KQ4M2"


@pytest.mark.parametrize("typed", ["", "hello", "SWL-2611-7KQ4M", "SWL-2613-7KQ4M2", "SWL-2611-0KQ4M2"])
def test_normalise_does_not_turn_garbage_into_a_code(typed):
    assert not TRACKING_CODE_RE.match(normalise_tracking_code(typed))


@pytest.mark.django_db
def test_a_collision_is_retried_with_a_fresh_code(django_user_model):
    # A real unique constraint (the user name) stands in for Submission.tracking_code.
    django_user_model.objects.create(username="SWL-2611-TAKEN")
    tried = []

    def create(code):
        tried.append(code)
        username = "SWL-2611-TAKEN" if len(tried) <= 2 else code
        return django_user_model.objects.create(username=username)

    user = create_with_unique_code(create, "SWL")

    assert len(tried) == 3
    assert len(set(tried)) == 3
    assert user.username == tried[-1]
    # The failed inserts were rolled back to their savepoints; the surrounding transaction still works.
    assert django_user_model.objects.count() == 2


@pytest.mark.django_db
def test_gives_up_after_the_given_attempts(django_user_model):
    django_user_model.objects.create(username="taken")
    tried = []

    def create(code):
        tried.append(code)
        return django_user_model.objects.create(username="taken")

    with pytest.raises(IntegrityError):
        create_with_unique_code(create, "SWL", attempts=4)
    assert len(tried) == 4
    assert django_user_model.objects.count() == 1


def test_attempts_must_be_positive():
    with pytest.raises(ValueError):
        create_with_unique_code(lambda code: code, "SWL", attempts=0)
