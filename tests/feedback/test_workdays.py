"""Working-day arithmetic for deadlines: weekends, national holidays and cuti bersama are skipped."""

from datetime import date, timedelta

import holidays
import pytest

from feedback.workdays import (
    FOLLOW_UP_DAYS,
    INFORMATION_DAYS,
    INFORMATION_EXTENSION_DAYS,
    VERIFY_DAYS,
    add_working_days,
    is_working_day,
    working_days_between,
)

FRIDAY = date(2026, 11, 20)
INDEPENDENCE_DAY = date(2026, 8, 17)  # a Monday
WEEKDAY_HOLIDAYS_2026 = sorted(day for day in holidays.Indonesia(years=2026) if day.weekday() < 5)


def test_deadline_constants_follow_lapor_and_uu_14_2008():
    assert (VERIFY_DAYS, FOLLOW_UP_DAYS, INFORMATION_DAYS, INFORMATION_EXTENSION_DAYS) == (3, 5, 10, 7)


def test_weekdays_work_and_weekends_do_not():
    assert is_working_day(FRIDAY)
    assert not is_working_day(date(2026, 11, 21))
    assert not is_working_day(date(2026, 11, 22))


def test_deadline_skips_the_weekend():
    assert add_working_days(FRIDAY, 1) == date(2026, 11, 23)
    assert add_working_days(FRIDAY, VERIFY_DAYS) == date(2026, 11, 25)


def test_independence_day_is_no_working_day():
    assert INDEPENDENCE_DAY.weekday() == 0
    assert not is_working_day(INDEPENDENCE_DAY)
    assert add_working_days(date(2026, 8, 14), 1) == date(2026, 8, 18)


@pytest.mark.parametrize("holiday", WEEKDAY_HOLIDAYS_2026, ids=str)
def test_every_national_holiday_on_a_weekday_is_skipped(holiday):
    assert not is_working_day(holiday)
    assert working_days_between(holiday - timedelta(days=1), holiday) == 0


def test_deadline_crosses_into_next_year_past_new_year():
    # Thursday 31 December 2026; 1 January 2027 is a Friday and a national holiday.
    assert add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_cuti_bersama_passed_as_extra_holiday_is_skipped():
    cuti_bersama = date(2026, 12, 24)  # Thursday before Christmas (Friday 25 December)
    assert is_working_day(cuti_bersama)
    assert not is_working_day(cuti_bersama, extra_holidays=[cuti_bersama])
    assert add_working_days(date(2026, 12, 23), 1) == cuti_bersama
    assert add_working_days(date(2026, 12, 23), 1, extra_holidays=[cuti_bersama]) == date(2026, 12, 28)


def test_extra_holidays_may_be_any_iterable():
    cuti_bersama = date(2026, 12, 24)
    extra = (day for day in [cuti_bersama])
    assert add_working_days(date(2026, 12, 23), 2, extra_holidays=extra) == date(2026, 12, 29)


def test_zero_days_is_start_when_it_is_a_working_day():
    assert add_working_days(FRIDAY, 0) == FRIDAY


def test_zero_days_moves_to_the_next_working_day():
    assert add_working_days(date(2026, 11, 21), 0) == date(2026, 11, 23)
    # Sunday 16 August 2026, then Independence Day on Monday.
    assert add_working_days(date(2026, 8, 16), 0) == date(2026, 8, 18)


def test_negative_days_are_refused():
    with pytest.raises(ValueError):
        add_working_days(FRIDAY, -1)


def test_working_days_between():
    assert working_days_between(FRIDAY, date(2026, 11, 25)) == 3
    assert working_days_between(FRIDAY, date(2026, 11, 22)) == 0
    assert working_days_between(date(2026, 8, 14), date(2026, 8, 21)) == 4
    cuti_bersama = [date(2026, 12, 24)]
    assert working_days_between(date(2026, 12, 21), date(2026, 12, 31), extra_holidays=cuti_bersama) == 6


def test_working_days_between_is_zero_when_end_is_not_after_start():
    assert working_days_between(FRIDAY, FRIDAY) == 0
    assert working_days_between(FRIDAY, FRIDAY - timedelta(days=3)) == 0


@pytest.mark.parametrize(
    "days", [1, VERIFY_DAYS, FOLLOW_UP_DAYS, INFORMATION_DAYS + INFORMATION_EXTENSION_DAYS]
)
def test_working_days_between_undoes_add_working_days(days):
    for offset in range(0, 366, 5):
        start = date(2026, 1, 1) + timedelta(days=offset)
        assert working_days_between(start, add_working_days(start, days)) == days
