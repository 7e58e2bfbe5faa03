"""The satisfaction index (IKM, Indeks Kepuasan Masyarakat) from SKM answers, PermenPANRB 14/2017.

For each of the nine elements (unsur) the average score NRR_u = Σ scores / n. The index is
Σ NRR_u × 1/9, i.e. the mean of the nine NRRs (1–4), and the published IKM is that index × 25
(25–100), graded A–D with the table below.

Rounding: everything is computed from the exact integer sums, and rounded (half up) only when a
number is shown: NRR to 2 decimals, the index to 4, the IKM to 2. The grade is read from the
IKM rounded to 2 decimals, as the table's bounds (64.99/65.00, 76.60/76.61, 88.30/88.31) imply.
Rounding the NRRs first and averaging them afterwards can move the IKM by a few hundredths.

The functions take a SurveyResponse queryset, already filtered by the caller (service, agency,
`period_range(...)`), and let the database do the counting: one aggregate query per result.
`ikm_report()` puts them together for a period, as the public /ikm/ page and the admin report show it.
"""

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, QuerySet, Sum
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from services_catalog.models import Agency, ServicePage

from .models import SurveyResponse
from .skm import AGE_BANDS, EDUCATION, ELEMENTS, GENDERS, OCCUPATIONS

ELEMENT_CODES = [code for code, *_ in ELEMENTS]  # u1..u9
CONVERSION = 25  # PermenPANRB 14/2017: IKM konversi = index × 25
TWO_PLACES = Decimal("0.01")
FOUR_PLACES = Decimal("0.0001")


class Grade(NamedTuple):
    code: str
    lowest: Decimal  # converted IKM, inclusive, two decimals
    highest: Decimal
    label: str  # lazy translation


# PermenPANRB 14/2017 (mutu pelayanan / kinerja unit pelayanan), best first. The Indonesian terms
# are the official ones; the English labels are msgids translated back to them in locale/id.
GRADES = [
    Grade("A", Decimal("88.31"), Decimal("100.00"), _("Very good")),  # Sangat Baik
    Grade("B", Decimal("76.61"), Decimal("88.30"), _("Good")),  # Baik
    Grade("C", Decimal("65.00"), Decimal("76.60"), _("Less than good")),  # Kurang Baik
    Grade("D", Decimal("25.00"), Decimal("64.99"), _("Not good")),  # Tidak Baik
]


def grade(ikm: Decimal | float) -> tuple[str, str]:
    """The grade letter and label for a CONVERTED IKM (25–100), rounded half up to 2 decimals first.

    A value outside 25–100 raises ValueError: it is most likely the unconverted index (1–4).
    """
    value = (ikm if isinstance(ikm, Decimal) else Decimal(str(ikm))).quantize(TWO_PLACES, ROUND_HALF_UP)
    if not GRADES[-1].lowest <= value <= GRADES[0].highest:
        raise ValueError(f"IKM {value} is outside 25–100; pass the converted value (index × 25).")
    return next((g.code, g.label) for g in GRADES if value >= g.lowest)


# Krejcie & Morgan (1970), the sample-size table used for SKM: s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P))
# with χ² = 3.841 (1 degree of freedom, 95 %), P = 0.5 and d = 0.05.
CHI_SQUARE = Decimal("3.841")
PROPORTION = Decimal("0.5")
MARGIN = Decimal("0.05")
# The table's last column reads "≥ 100 000 → 384": the size for an infinite population.
LARGE_POPULATION = 100_000


def krejcie_morgan(population: int) -> int:
    """The minimum number of SKM respondents for `population` service users in the period.

    Matches the published table (10→10, 50→44, 100→80, …, 10 000→370, ≥100 000→384). The table
    rounds to the NEAREST whole number with the exact χ²·P(1−P) = 0.96025, so this does too.
    Rounding up, or using 0.961 (0.96025 rounded), would disagree with it: ceil gives 45 for 50,
    218 for 500 and 323 for 2 000; 0.961 with nearest rounding gives 79 for 100. From 100 000 on
    the table gives the infinite-population size χ²·P(1−P) / d² = 384.1 → 384, where the formula
    would give 383 for exactly 100 000.
    """
    if population < 0:
        raise ValueError("A population cannot be negative.")
    spread = CHI_SQUARE * PROPORTION * (1 - PROPORTION)  # 0.96025
    if population >= LARGE_POPULATION:
        size = spread / MARGIN**2
    else:
        size = spread * population / (MARGIN**2 * (population - 1) + spread)
    return min(population, int(size.quantize(Decimal(1), ROUND_HALF_UP)))


@dataclass(frozen=True)
class IkmResult:
    """The IKM of a set of responses; every number is rounded for display from exact sums."""

    respondents: int
    nrr: dict[str, Decimal]  # u1..u9 → average score 1–4, 2 decimals
    index: Decimal  # mean of the NRRs, 1–4, 4 decimals (the interval table uses 4)
    ikm: Decimal  # index × 25, 25–100, 2 decimals
    grade: str  # A–D
    grade_label: str  # lazy translation


def _aggregates() -> dict[str, Any]:
    # Integer sums rather than AVG: exact on every database (SQLite's AVG is a float, PostgreSQL's
    # a numeric), so both give the same IKM to the last digit.
    return {"respondents": Count("pk"), **{f"sum_{code}": Sum(code) for code in ELEMENT_CODES}}


def _result(row: dict[str, Any]) -> IkmResult | None:
    respondents = row["respondents"]
    if not respondents:
        return None
    sums = {code: Decimal(row[f"sum_{code}"]) for code in ELEMENT_CODES}
    all_answers, answers = sum(sums.values()), respondents * len(ELEMENT_CODES)
    ikm = (all_answers * CONVERSION / answers).quantize(TWO_PLACES, ROUND_HALF_UP)
    grade_code, grade_label = grade(ikm)
    return IkmResult(
        respondents=respondents,
        nrr={code: (total / respondents).quantize(TWO_PLACES, ROUND_HALF_UP) for code, total in sums.items()},
        index=(all_answers / answers).quantize(FOUR_PLACES, ROUND_HALF_UP),
        ikm=ikm,
        grade=grade_code,
        grade_label=grade_label,
    )


def compute_ikm(responses: QuerySet[SurveyResponse]) -> IkmResult | None:
    """The IKM of these responses in one aggregate query; None when there are none."""
    return _result(responses.aggregate(**_aggregates()))


def _group_ordering(field: str) -> str:
    # Ordering by a foreign key's name would sort by the related model's default ordering (a join
    # to the page tree for `service`); the group is the key's value, so sort by its column.
    try:
        model_field = SurveyResponse._meta.get_field(field)
    except FieldDoesNotExist:  # a lookup such as "service_date__year"
        return field
    return model_field.attname if model_field.many_to_one else field


def compute_ikm_by(responses: QuerySet[SurveyResponse], field: str) -> list[tuple[Any, IkmResult]]:
    """The IKM per value of `field` ("service", "agency", "service_date__year", …), in one query.

    Returns (group value, result) pairs ordered by the group value; for a foreign key the value
    is the related row's primary key. Groups without responses do not appear.
    """
    rows = responses.values(field).annotate(**_aggregates()).order_by(_group_ordering(field))
    return [(row[field], _result(row)) for row in rows]


PROFILE_DIMENSIONS = {
    "gender": GENDERS,
    "age_band": AGE_BANDS,
    "education": EDUCATION,
    "occupation": OCCUPATIONS,
}
PROFILE_TITLES = {
    "gender": _("Gender"),
    "age_band": _("Age"),
    "education": _("Education"),
    "occupation": _("Occupation"),
}


def respondent_profile(responses: QuerySet[SurveyResponse]) -> dict[str, list[tuple[str, str, int]]]:
    """How many respondents gave each answer of the profile questions, one grouped query each.

    Every listed answer appears, in questionnaire order, with 0 when nobody chose it. The questions
    are optional: blank answers come last as "Not stated", and a code that is no longer listed
    keeps its own row (labelled with the code) so the counts always add up to the respondents.
    """
    profile = {}
    for field, choices in PROFILE_DIMENSIONS.items():
        counts = dict(responses.order_by().values_list(field).annotate(count=Count("pk")))
        rows = [(code, label, counts.pop(code, 0)) for code, label in choices]
        blank = counts.pop("", 0)
        rows += [(code, code, count) for code, count in sorted(counts.items())]
        if blank:
            rows.append(("", _("Not stated"), blank))
        profile[field] = rows
    return profile


MONTHS_PER_PERIOD = {"month": 1, "quarter": 3, "semester": 6, "year": 12}


def period_range(kind: str, year: int, number: int = 1) -> tuple[date, date]:
    """The first and last day (both inclusive) of a reporting period, for `service_date__range`.

    `kind` is "month" (number 1–12), "quarter" (1–4), "semester" (1–2, the usual SKM cadence)
    or "year" (number ignored).
    """
    if kind not in MONTHS_PER_PERIOD:
        raise ValueError(f"Unknown period kind {kind!r}; use one of {', '.join(MONTHS_PER_PERIOD)}.")
    months = MONTHS_PER_PERIOD[kind]
    if kind == "year":
        number = 1
    if not 1 <= number <= 12 // months:
        raise ValueError(f"A {kind} number must be between 1 and {12 // months}, not {number}.")
    first_month = (number - 1) * months + 1
    last_month = first_month + months - 1
    return date(year, first_month, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])


def period_population(annual_users: int | None, months: int) -> int | None:
    """How many people use a service in a period of `months` months, from its yearly number of users
    (rounded half up); None when the yearly number is unknown."""
    if annual_users is None:
        return None
    return int((Decimal(annual_users) * months / 12).quantize(Decimal(1), ROUND_HALF_UP))


@dataclass(frozen=True)
class IkmRow:
    """One line of the IKM report: the whole city, an agency or a service."""

    key: Any  # the agency's or service's translation key (all its language versions); None for the city
    name: str  # or a lazy translation
    result: IkmResult
    population: int | None = None  # service users in the period, when known

    @property
    def minimum_sample(self) -> int | None:
        return None if self.population is None else krejcie_morgan(self.population)

    @property
    def sample_is_enough(self) -> bool | None:
        return None if self.population is None else self.result.respondents >= self.minimum_sample


@dataclass(frozen=True)
class IkmReport:
    start: date
    end: date
    city: IkmRow | None  # None: no answers in the period, and then no other rows either
    agencies: list[IkmRow]
    services: list[IkmRow]
    profile: dict[str, list[tuple[str, str, int]]]

    @property
    def profile_sections(self) -> list[tuple[str, list[tuple[str, str, int]]]]:
        return [(PROFILE_TITLES[field], rows) for field, rows in self.profile.items()]


def in_active_language(versions):
    """{translation key: version}: each record in the active language, else its original (the oldest).

    `versions` are (translation key, language code, …) tuples in primary-key order.
    """
    language, chosen = get_language(), {}
    for version in versions:
        key, version_language = version[0], version[1]
        if key not in chosen or (version_language == language and chosen[key][1] != language):
            chosen[key] = version
    return chosen


def _sum_known(populations) -> int | None:
    known = [population for population in populations if population is not None]
    return sum(known) if known else None


def ikm_report(kind: str, year: int, number: int = 1) -> IkmReport:
    """The IKM of a period city-wide, per agency and per service, with the respondents' profile.

    An agency or a service is one row over all its language versions: a resident answering in English
    rates the same service. A service's population is its yearly users scaled to the period; an
    agency's and the city's are the sums of the known populations of their services that are live or
    were rated in the period. The number of queries is fixed, however many services there are.
    """
    start, end = period_range(kind, year, number)
    responses = SurveyResponse.objects.filter(service_date__range=(start, end))
    city = compute_ikm(responses)
    if city is None:
        return IkmReport(start, end, None, [], [], {})
    by_agency = compute_ikm_by(responses, "agency__translation_key")
    by_service = dict(compute_ikm_by(responses, "service__translation_key"))

    months = MONTHS_PER_PERIOD[kind]
    versions = list(
        ServicePage.objects.order_by("pk").values_list(
            "translation_key",
            "locale__language_code",
            "title",
            "agency__translation_key",
            "live",
            "annual_users",
        )
    )
    services = in_active_language(versions)
    populations, service_agency = {}, {}  # of the services that count towards the population
    for key, _language, _title, agency_key, live, annual_users in versions:
        if live or key in by_service:
            if populations.get(key) is None:  # language versions share the number; take a known one
                populations[key] = period_population(annual_users, months)
            service_agency.setdefault(key, agency_key)
    agencies = in_active_language(
        Agency.objects.filter(translation_key__in=[key for key, _result in by_agency])
        .order_by("pk")
        .values_list("translation_key", "locale__language_code", "name")
    )

    def agency_population(agency_key):
        return _sum_known(
            population for key, population in populations.items() if service_agency[key] == agency_key
        )

    return IkmReport(
        start=start,
        end=end,
        city=IkmRow(None, _("Whole city"), city, _sum_known(populations.values())),
        agencies=sorted(
            (
                IkmRow(key, agencies[key][2] if key in agencies else "—", result, agency_population(key))
                for key, result in by_agency
            ),
            key=lambda row: row.name,
        ),
        services=sorted(
            (
                IkmRow(key, services[key][2] if key in services else "—", result, populations.get(key))
                for key, result in by_service.items()
            ),
            key=lambda row: row.name,
        ),
        profile=respondent_profile(responses),
    )
