"""How services and agencies keep their promises: "the standard says 3 days, how long does it really take?"

Figures come from what residents sent through the portal: online applications (permohonan), complaints
(pengaduan), their status history, and the satisfaction survey (SKM). A submission points at the service
and agency in the language it was made in, so every figure groups by ``translation_key``: all language
versions of a service or agency count as one.

What is counted
---------------
Working days follow ``feedback.workdays``: weekends, national holidays and the extra non-working days
(``NonWorkingDay``, e.g. cuti bersama) do not count. A duration is the number of working days after the
day of receipt up to and including the day of the event, both days taken in the city's time zone: an
application received on Friday 14 August 2026 and completed on Tuesday 18 August took 1 working day
(Monday 17 August is Independence Day); completed on the day of receipt, 0.

Applications
    *received*: made in the period. *completed*: resolved (``selesai``) with ``closed_at`` in the period.
    *processing time*: working days from receipt to ``closed_at``. Time spent waiting for the applicant's
    documents is included: it is how long the resident waited. *within the promise*: a processing time
    of at most the service's ``processing_days`` (0 = the same day), the promise on the service page.
Complaints (SP4N-LAPOR!, PermenPANRB 62/2018)
    *received*: made in the period. *resolved*: resolved with ``closed_at`` in the period.
    *first response*: the first step out of ``diterima`` (verified, forwarded or rejected); the response
    time is the working days from receipt to it. *verified in time*: a first response within
    ``VERIFY_DAYS`` (3). *followed up in time*: the first ``ditindaklanjuti`` or ``selesai`` within
    ``FOLLOW_UP_DAYS`` (5) working days of verification (the first step to ``diverifikasi`` or
    ``didisposisikan``). A complaint still waiting for a step counts as late once its days have run out,
    and is left out before that: nobody can tell yet. A complaint rejected before any follow-up is left
    out of the follow-up share.
Satisfaction
    The IKM and grade (``feedback.ikm``, PermenPANRB 14/2017) of the SKM answers about services used in
    the period (``service_date``).

Percentiles use the nearest-rank method: the p-th percentile of n values is the value at rank
⌈p × n / 100⌉ of the values in ascending order, so it is always a duration that really occurred. The
median is the 50th percentile: the lower of the two middle values when n is even (1, 2, 4, 9 → 2). Shares
are whole percentages, rounded half up.

Privacy: a figure resting on fewer than ``MIN_DATA_POINTS`` applications, complaints or answers is None
("not enough data yet"), counts included, so that no one can be recognised in it. A hidden figure keeps no
value: callers (the pages, the open-data API) cannot leak it.

Queries: every function runs a fixed handful of aggregate queries whatever the number of services,
agencies or submissions; only the working-day arithmetic on (received, closed) dates is done in Python.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, NamedTuple
from uuid import UUID

from django.core.cache import cache
from django.db.models import Count, DateField, F, Min, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.cache import cached
from services_catalog.models import Agency

from .ikm import GRADES, IkmResult, compute_ikm, compute_ikm_by, in_active_language
from .models import NonWorkingDay, Submission, SurveyResponse
from .workdays import FOLLOW_UP_DAYS, VERIFY_DAYS, add_working_days, working_days_between

Kind = Submission.Kind
Status = Submission.Status

MIN_DATA_POINTS = 5  # fewer applications, complaints or answers than this and a figure is hidden
SERVICE_WINDOW_DAYS = 90  # service pages show the 90 days up to and including today

# Every service's figures are computed in one pass and kept under one key. It is not versioned by
# content changes (home.cache): submissions do not bump that version, and an editor publishing a page
# must not make the next service page view recompute. `refresh_performance` (cron, hourly) replaces
# the entry; it lives three hours, so a missed run or two changes nothing for residents. Change the
# key's version when ServicePerformance changes, so no old pickled shape is read back.
SERVICES_CACHE_KEY = "performance:v1:services"
SERVICES_CACHE_TIMEOUT = 3 * 60 * 60
PERIOD_CACHE_TIMEOUT = 60 * 60  # /kinerja/ and the open data: a period's figures

RESPONSES = (Status.VERIFIED, Status.FORWARDED, Status.REJECTED)  # a first step out of diterima
VERIFICATIONS = (Status.VERIFIED, Status.FORWARDED)
FOLLOW_UPS = (Status.IN_PROGRESS, Status.RESOLVED)
GRADE_LABELS = {grade.code: grade.label for grade in GRADES}


def nearest_rank(values: list[int], percent: int) -> int:
    """The nearest-rank percentile: the value at rank ⌈percent × n / 100⌉ of the sorted values.

    nearest_rank([4, 1, 9, 2], 50) == 2 and nearest_rank([4, 1, 9, 2], 90) == 9. Raises on no values.
    """
    if not values:
        raise ValueError("No values to take a percentile of.")
    rank = max(1, -(-percent * len(values) // 100))  # integer ceiling: no floating-point surprises
    return sorted(values)[rank - 1]


def _share(part: int, whole: int) -> int:
    """part / whole as a whole percentage, rounded half up (2 of 3 → 67)."""
    return (200 * part + whole) // (2 * whole)


def _enough(count: int) -> bool:
    return count >= MIN_DATA_POINTS


def _count(count: int) -> int | None:
    return count if _enough(count) else None


class _GradeLabel:
    grade: str | None

    @property
    def grade_label(self):
        """The grade's name (a lazy translation: "Good" / "Baik"), or None when the IKM is hidden."""
        return GRADE_LABELS.get(self.grade)


@dataclass(frozen=True)
class ServicePerformance(_GradeLabel):
    """A service's figures over the last SERVICE_WINDOW_DAYS days; None means not enough data yet."""

    start: date  # the window, both days included
    end: date
    computed_at: datetime
    applications_received: int | None
    applications_completed: int | None
    median_days: int | None  # working days from receipt to completion
    p90_days: int | None  # nine in ten were completed within this many working days
    within_promise_percent: int | None  # completed within the service's processing_days
    ikm: Decimal | None  # 25–100, two decimals
    grade: str | None  # A–D
    respondents: int | None  # SKM answers behind the IKM
    open_complaints: int | None  # complaints about the service not resolved or rejected, today

    @property
    def has_figures(self) -> bool:
        return any(
            value is not None
            for value in (
                self.applications_received,
                self.applications_completed,
                self.ikm,
                self.open_complaints,
            )
        )


@dataclass(frozen=True)
class Performance(_GradeLabel):
    """The figures of an agency, of the whole city or of a month; None means not enough data yet."""

    applications_received: int | None
    applications_completed: int | None
    median_days: int | None
    p90_days: int | None
    within_promise_percent: int | None
    complaints_received: int | None
    complaints_resolved: int | None
    verified_in_time_percent: int | None  # first response within VERIFY_DAYS
    followed_up_in_time_percent: int | None  # follow-up within FOLLOW_UP_DAYS of verification
    median_response_days: int | None  # working days from receipt to the first response
    ikm: Decimal | None
    grade: str | None
    respondents: int | None


@dataclass(frozen=True)
class AgencyPerformance:
    """One row of the agency table: an agency (all its language versions), or the whole city."""

    translation_key: UUID | None  # None for the city-wide row
    name: str  # in the active language, else the agency's original; "Whole city" (lazy) for the city
    slug: str  # for ?opd=; "" for the city
    figures: Performance

    @property
    def is_city(self) -> bool:
        return self.translation_key is None


@dataclass(frozen=True)
class MonthlyPerformance:
    month: date  # the first day of the month
    figures: Performance


class _WorkingDays:
    """Working-day arithmetic with the extra non-working days read once (one query)."""

    def __init__(self):
        self.extra = frozenset(NonWorkingDay.dates())
        self._between = {}

    def between(self, start: date, end: date) -> int:
        # Many submissions share their dates: count each pair of days once.
        if (start, end) not in self._between:
            self._between[start, end] = working_days_between(start, end, self.extra)
        return self._between[start, end]

    def overdue(self, start: date, days: int, today: date) -> bool:
        """Whether `days` working days after `start` had run out before `today`."""
        return today > add_working_days(start, days, self.extra)


class _ComplaintOutcome(NamedTuple):
    response_days: int | None  # None: no response yet
    verified_in_time: bool | None  # None: not due yet
    followed_up_in_time: bool | None  # None: not verified, rejected without follow-up, or not due yet


def _complaint_outcome(received, responded, verified, followed, status, today, clock) -> _ComplaintOutcome:
    """How one complaint fared; the dates are local days, None for a step not taken (yet)."""
    response_days = clock.between(received, responded) if responded else None
    if response_days is not None:
        verified_in_time = response_days <= VERIFY_DAYS
    else:
        verified_in_time = False if clock.overdue(received, VERIFY_DAYS, today) else None
    followed_up_in_time = None
    if followed and verified:
        followed_up_in_time = clock.between(verified, followed) <= FOLLOW_UP_DAYS
    elif verified and status != Status.REJECTED and clock.overdue(verified, FOLLOW_UP_DAYS, today):
        followed_up_in_time = False
    return _ComplaintOutcome(response_days, verified_in_time, followed_up_in_time)


@dataclass
class _Tally:
    """What the figures of one group (an agency, a month, a service) are made of."""

    applications_received: int = 0
    processing: list[tuple[int, int | None]] = field(default_factory=list)  # (working days, promise)
    complaints: list[_ComplaintOutcome] = field(default_factory=list)
    complaints_resolved: int = 0
    open_complaints: int = 0
    ikm: IkmResult | None = None

    def absorb(self, other: "_Tally"):
        """Add another group's submissions (not its IKM, which cannot be summed from rounded results)."""
        self.applications_received += other.applications_received
        self.processing += other.processing
        self.complaints += other.complaints
        self.complaints_resolved += other.complaints_resolved


def _processing_figures(tally: _Tally) -> dict[str, int | None]:
    days = [taken for taken, _promise in tally.processing]
    promised = [taken <= promise for taken, promise in tally.processing if promise is not None]
    enough = _enough(len(days))
    return {
        "applications_received": _count(tally.applications_received),
        "applications_completed": _count(len(days)),
        "median_days": nearest_rank(days, 50) if enough else None,
        "p90_days": nearest_rank(days, 90) if enough else None,
        "within_promise_percent": _share(sum(promised), len(promised)) if _enough(len(promised)) else None,
    }


def _ikm_figures(result: IkmResult | None) -> dict[str, Any]:
    if result is None or not _enough(result.respondents):
        return {"ikm": None, "grade": None, "respondents": None}
    return {"ikm": result.ikm, "grade": result.grade, "respondents": result.respondents}


def _in_time_share(outcomes: list[bool | None]) -> int | None:
    judged = [outcome for outcome in outcomes if outcome is not None]
    return _share(sum(judged), len(judged)) if _enough(len(judged)) else None


def _performance(tally: _Tally) -> Performance:
    complaints = tally.complaints
    response_days = [c.response_days for c in complaints if c.response_days is not None]
    return Performance(
        **_processing_figures(tally),
        complaints_received=_count(len(complaints)),
        complaints_resolved=_count(tally.complaints_resolved),
        verified_in_time_percent=_in_time_share([c.verified_in_time for c in complaints]),
        followed_up_in_time_percent=_in_time_share([c.followed_up_in_time for c in complaints]),
        median_response_days=nearest_rank(response_days, 50) if _enough(len(response_days)) else None,
        **_ikm_figures(tally.ikm),
    )


def _local_day(moment: datetime | None) -> date | None:
    return timezone.localdate(moment) if moment else None


def _moments(start: date, end: date) -> tuple[datetime, datetime]:
    """The period from the start of `start` to the end of `end` in the city's time zone, as [from, to)."""
    zone = timezone.get_current_timezone()
    return datetime.combine(start, time.min, zone), datetime.combine(end + timedelta(days=1), time.min, zone)


# How submissions are grouped: per agency (all its language versions) or per month (local time).
AGENCY, MONTH = "agency", "month"


def _group_expression(group: str, moment_field: str):
    if group == AGENCY:
        return F("agency__translation_key")
    return TruncMonth(moment_field, output_field=DateField())


def _group_of(group: str, agency_key, moment: datetime):
    return agency_key if group == AGENCY else timezone.localdate(moment).replace(day=1)


def _tallies(group: str, start: date, end: date, today: date, clock: _WorkingDays, agency_key=None):
    """{group value: _Tally} for the period, in three queries; an agency of None holds the submissions
    not forwarded to any agency yet (they count towards the city)."""
    since, until = _moments(start, end)
    submissions = Submission.objects.order_by()
    responses = SurveyResponse.objects.filter(service_date__range=(start, end))
    if agency_key is not None:
        submissions = submissions.filter(agency__translation_key=agency_key)
        responses = responses.filter(agency__translation_key=agency_key)
    received = Q(created_at__gte=since, created_at__lt=until)
    resolved = Q(status=Status.RESOLVED, closed_at__gte=since, closed_at__lt=until)
    tallies = defaultdict(_Tally)

    # Applications received and complaints resolved: counted by the database.
    counts = (
        submissions.filter(Q(kind=Kind.APPLICATION) & received | Q(kind=Kind.COMPLAINT) & resolved)
        .values(
            "kind",
            received_in=_group_expression(group, "created_at"),
            closed_in=_group_expression(group, "closed_at"),
        )
        .annotate(count=Count("pk"))
    )
    for row in counts:
        if row["kind"] == Kind.APPLICATION:
            tallies[row["received_in"]].applications_received += row["count"]
        else:
            tallies[row["closed_in"]].complaints_resolved += row["count"]

    # The submissions whose timing is measured, in one query: applications completed in the period and
    # complaints received in it, each with the day of its first steps.
    timed = (
        submissions.filter(Q(kind=Kind.APPLICATION) & resolved | Q(kind=Kind.COMPLAINT) & received)
        .values_list(
            "pk",
            "kind",
            "agency__translation_key",
            "created_at",
            "closed_at",
            "status",
            "service__processing_days",
        )
        .annotate(
            responded=Min("history__created_at", filter=Q(history__to_status__in=RESPONSES)),
            verified=Min("history__created_at", filter=Q(history__to_status__in=VERIFICATIONS)),
            followed=Min("history__created_at", filter=Q(history__to_status__in=FOLLOW_UPS)),
        )
    )
    for _pk, kind, agency, created, closed, status, promise, responded, verified, followed in timed:
        received_on = timezone.localdate(created)
        if kind == Kind.APPLICATION:
            taken = clock.between(received_on, timezone.localdate(closed))
            tallies[_group_of(group, agency, closed)].processing.append((taken, promise))
        else:
            outcome = _complaint_outcome(
                received_on,
                _local_day(responded),
                _local_day(verified),
                _local_day(followed),
                status,
                today,
                clock,
            )
            tallies[_group_of(group, agency, created)].complaints.append(outcome)

    if group == AGENCY:
        by_group = compute_ikm_by(responses, "agency__translation_key")
    else:
        by_group = compute_ikm_by(responses.annotate(month=TruncMonth("service_date")), "month")
    for value, result in by_group:
        tallies[value].ikm = result
    return tallies


def _agencies() -> list[tuple[UUID, str, str]]:
    """(translation key, name, slug) of every agency, in the active language else its original, by name."""
    language = get_language()

    def load():
        versions = Agency.objects.order_by("pk").values_list(
            "translation_key", "locale__language_code", "name", "slug"
        )
        chosen = in_active_language(versions).values()
        return sorted(((key, name, slug) for key, _language, name, slug in chosen), key=lambda a: a[1])

    return cached(f"performance-agencies:{language}", load)


def agency_performance(start: date, end: date, *, today: date | None = None) -> list[AgencyPerformance]:
    """Every agency's figures for the period from `start` to `end` (both included), then the city's.

    One row per agency, by name (agencies without data too, with their figures None); the last row is
    the whole city (``is_city``), which also counts the complaints not forwarded to an agency yet.
    `today` (default: today) decides which complaints are late and which are not due yet. Six queries.
    """
    today = today or timezone.localdate()
    tallies = _tallies(AGENCY, start, end, today, _WorkingDays())
    city = _Tally(ikm=compute_ikm(SurveyResponse.objects.filter(service_date__range=(start, end))))
    for tally in tallies.values():
        city.absorb(tally)
    rows = [
        AgencyPerformance(key, name, slug, _performance(tallies.get(key, _Tally())))
        for key, name, slug in _agencies()
    ]
    return [*rows, AgencyPerformance(None, _("Whole city"), "", _performance(city))]


def cached_agency_performance(start: date, end: date) -> list[AgencyPerformance]:
    """`agency_performance` as /kinerja/ and the open data show it: kept an hour per period and language.

    The working-day arithmetic over a year of submissions is the slow part, not worth repeating for
    every visitor; an hour-old figure is fine for a page about months.
    """
    today = timezone.localdate()
    return cache.get_or_set(
        f"performance:v1:agencies:{get_language()}:{start}:{end}:{today}",
        lambda: agency_performance(start, end, today=today),
        PERIOD_CACHE_TIMEOUT,
    )


def _month_starts(today: date, months: int) -> list[date]:
    first = today.replace(day=1)
    starts = [first]
    for _number in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
        starts.append(first)
    return starts[::-1]


def monthly_trend(agency=None, months: int = 12, *, today: date | None = None) -> list[MonthlyPerformance]:
    """The figures per calendar month for the last `months` months, the current (partial) one last.

    `agency` narrows them to one agency: an ``Agency`` in any language, or anything else with its
    ``translation_key`` (an ``AgencyPerformance`` row); None gives the whole city. Four queries.
    """
    today = today or timezone.localdate()
    starts = _month_starts(today, months)
    agency_key = agency.translation_key if agency is not None else None
    tallies = _tallies(MONTH, starts[0], today, today, _WorkingDays(), agency_key=agency_key)
    return [MonthlyPerformance(month, _performance(tallies.get(month, _Tally()))) for month in starts]


def compute_service_performance(today: date | None = None) -> dict[UUID, ServicePerformance]:
    """Every service's figures over the last SERVICE_WINDOW_DAYS days, keyed by its translation key.

    Services with nothing to count are left out. Four queries, however many services there are; the
    pages read the result from the cache (`service_performance`), this is what fills it.
    """
    today = today or timezone.localdate()
    start = today - timedelta(days=SERVICE_WINDOW_DAYS - 1)
    since, _until = _moments(start, today)
    clock = _WorkingDays()
    tallies = defaultdict(_Tally)
    counts = (
        Submission.objects.filter(service__isnull=False)
        .filter(
            Q(kind=Kind.APPLICATION, created_at__gte=since)
            | Q(kind=Kind.COMPLAINT) & ~Q(status__in=[Status.RESOLVED, Status.REJECTED])
        )
        .values("service__translation_key")
        .annotate(
            received=Count("pk", filter=Q(kind=Kind.APPLICATION)),
            open_complaints=Count("pk", filter=Q(kind=Kind.COMPLAINT)),
        )
        .order_by()
    )
    for row in counts:
        tally = tallies[row["service__translation_key"]]
        tally.applications_received, tally.open_complaints = row["received"], row["open_complaints"]
    completed = Submission.objects.filter(
        kind=Kind.APPLICATION, status=Status.RESOLVED, closed_at__gte=since, service__isnull=False
    ).values_list("service__translation_key", "created_at", "closed_at", "service__processing_days")
    for service, created, closed, promise in completed:
        taken = clock.between(timezone.localdate(created), timezone.localdate(closed))
        tallies[service].processing.append((taken, promise))
    responses = SurveyResponse.objects.filter(service_date__range=(start, today))
    for service, result in compute_ikm_by(responses, "service__translation_key"):
        tallies[service].ikm = result

    now = timezone.now()
    return {
        service: ServicePerformance(
            start=start,
            end=today,
            computed_at=now,
            **_processing_figures(tally),
            **_ikm_figures(tally.ikm),
            open_complaints=_count(tally.open_complaints),
        )
        for service, tally in tallies.items()
    }


def refresh_service_performance() -> dict[UUID, ServicePerformance]:
    """Compute every service's figures and store them for the service pages; returns them."""
    figures = compute_service_performance()
    cache.set(SERVICES_CACHE_KEY, figures, SERVICES_CACHE_TIMEOUT)
    return figures


def all_service_performance() -> dict[UUID, ServicePerformance]:
    """Every service's figures, from the cache: no query at all in the normal case.

    The hourly ``refresh_performance`` command keeps the cache filled. On a cold cache (first start, a
    cache restart, no cron yet) the first caller computes them once, in four queries, and stores them.
    """
    figures = cache.get(SERVICES_CACHE_KEY)
    if figures is None:
        figures = refresh_service_performance()
    return figures


def service_performance(service) -> ServicePerformance | None:
    """A service's figures over the last 90 days (any language version of the service), or None when
    nothing about it was counted. From the cache, see `all_service_performance`."""
    return all_service_performance().get(service.translation_key)
