"""Working days (hari kerja) in Indonesia, for counting submission deadlines.

A working day is Monday to Friday, not a national public holiday (from the ``holidays`` package) and
not a *cuti bersama* day. Cuti bersama are collective leave days the government announces each year
by joint ministerial decree (SKB); the ``holidays`` package does not list them, so callers pass them
in as ``extra_holidays`` (they are editable data, see DESIGN.md "Known pitfalls").
"""

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays

# SP4N-LAPOR! (PermenPANRB 62/2018; lapor.go.id FAQ): verify and forward a report within 3 working days,
# the agency gives its follow-up within 5.
VERIFY_DAYS = 3
FOLLOW_UP_DAYS = 5
# UU 14/2008 ps. 22(7)-(8): answer an information request within 10 working days, extendable once by 7.
INFORMATION_DAYS = 10
INFORMATION_EXTENSION_DAYS = 7

ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=32)
def national_holidays(year: int) -> frozenset[date]:
    """Indonesian national public holidays of ``year`` (cached: building the calendar is slow)."""
    return frozenset(holidays.Indonesia(years=year))


def is_working_day(day: date, extra_holidays: Iterable[date] = ()) -> bool:
    """Whether government offices are open on ``day``: a weekday that is no holiday or cuti bersama."""
    return day.weekday() < 5 and day not in national_holidays(day.year) and day not in set(extra_holidays)


def add_working_days(start: date, days: int, extra_holidays: Iterable[date] = ()) -> date:
    """The date ``days`` working days after ``start``; ``start`` itself is never counted.

    A report received on Friday 2026-11-20 with a 3-day deadline is due on Wednesday 2026-11-25.
    ``days=0`` gives ``start`` when it is a working day, else the next working day.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    extra = frozenset(extra_holidays)
    day = start
    if days == 0:
        while not is_working_day(day, extra):
            day += ONE_DAY
        return day
    while days:
        day += ONE_DAY
        if is_working_day(day, extra):
            days -= 1
    return day


def working_days_between(start: date, end: date, extra_holidays: Iterable[date] = ()) -> int:
    """How many working days lie after ``start``, up to and including ``end`` (0 if ``end <= start``).

    The inverse of ``add_working_days``: ``working_days_between(d, add_working_days(d, n)) == n`` for n >= 1.
    """
    extra = frozenset(extra_holidays)
    return sum(
        is_working_day(start + timedelta(days=offset), extra) for offset in range(1, (end - start).days + 1)
    )
