"""The satisfaction index (IKM) and SKM sample sizes, PermenPANRB 14/2017."""

import uuid
from datetime import date
from decimal import Decimal

from django.utils import translation

import pytest

from feedback.ikm import (
    ELEMENT_CODES,
    compute_ikm,
    compute_ikm_by,
    grade,
    krejcie_morgan,
    period_range,
    respondent_profile,
)
from feedback.models import SurveyResponse
from feedback.skm import AGE_BANDS, EDUCATION, GENDERS, OCCUPATIONS
from services_catalog.factories import AgencyFactory, ServiceIndexPageFactory, ServicePageFactory

# The worked example: four respondents, answers to u1..u9.
FOUR_RESPONDENTS = [
    (3, 3, 3, 4, 3, 3, 4, 3, 2),
    (4, 3, 3, 4, 3, 4, 4, 3, 3),
    (3, 2, 3, 4, 3, 3, 3, 3, 2),
    (3, 3, 2, 4, 4, 3, 4, 3, 3),
]
# Seven respondents whose grade depends on rounding only at the end.
SEVEN_RESPONDENTS = [(2, 3, 3, 3, 3, 3, 3, 3, 3)] * 5 + [(1, 2, 2, 2, 2, 2, 2, 2, 2)] * 2


def respond(service, answers, service_date=date(2026, 3, 2), **profile):
    return SurveyResponse.objects.create(
        service=service,
        agency_id=service.agency_id,
        service_date=service_date,
        submission_key=uuid.uuid4().hex,
        **dict(zip(ELEMENT_CODES, answers, strict=True)),
        **profile,
    )


@pytest.fixture
def services(site_tree):
    index = ServiceIndexPageFactory(parent=site_tree.home)
    disdukcapil = AgencyFactory(short_name="Disdukcapil")
    return {
        "birth": ServicePageFactory(parent=index, title="Akta Kelahiran", agency=disdukcapil),
        "family": ServicePageFactory(parent=index, title="Kartu Keluarga", agency=disdukcapil),
        "licence": ServicePageFactory(parent=index, title="Izin Praktik", agency=AgencyFactory()),
    }


@pytest.mark.django_db
def test_worked_example_of_four_respondents(services):
    """Worked by hand from FOUR_RESPONDENTS:

    element      u1    u2    u3    u4    u5    u6    u7    u8    u9
    respondent1   3     3     3     4     3     3     4     3     2
    respondent2   4     3     3     4     3     4     4     3     3
    respondent3   3     2     3     4     3     3     3     3     2
    respondent4   3     3     2     4     4     3     4     3     3
    Σ            13    11    11    16    13    13    15    12    10    (all answers: 114)
    NRR = Σ/4  3.25  2.75  2.75  4.00  3.25  3.25  3.75  3.00  2.50

    Σ NRR = 28.50; index = 28.50 / 9 = 3.16666… → 3.1667 (= 114 / 36)
    IKM = 3.16666… × 25 = 79.1666… → 79.17, in 76.61–88.30: B, "Good" (Baik)
    """
    for answers in FOUR_RESPONDENTS:
        respond(services["birth"], answers)

    result = compute_ikm(SurveyResponse.objects.all())

    assert result.respondents == 4
    assert result.nrr == {
        "u1": Decimal("3.25"),
        "u2": Decimal("2.75"),
        "u3": Decimal("2.75"),
        "u4": Decimal("4.00"),
        "u5": Decimal("3.25"),
        "u6": Decimal("3.25"),
        "u7": Decimal("3.75"),
        "u8": Decimal("3.00"),
        "u9": Decimal("2.50"),
    }
    assert result.index == Decimal("3.1667")
    assert result.ikm == Decimal("79.17")
    assert (result.grade, result.grade_label) == grade(Decimal("79.17"))
    assert result.grade == "B"


@pytest.mark.django_db
def test_rounding_happens_only_at_the_end(services):
    """Worked by hand from SEVEN_RESPONDENTS (five answer 2,3,3,…; two answer 1,2,2,…):

        u1: Σ = 5×2 + 2×1 = 12, NRR = 12/7 = 1.714… (shown 1.71)
        u2..u9: Σ = 5×3 + 2×2 = 19, NRR = 19/7 = 2.714… (shown 2.71)
        index = (12 + 8×19) / (9×7) = 164/63 = 2.60317… → 2.6032
        IKM = 164 × 25 / 63 = 65.079… → 65.08: C, "Less than good" (Kurang Baik)

    Averaging the displayed NRRs instead would give (1.71 + 8×2.71) / 9 × 25 = 64.97: grade D.
    """
    for answers in SEVEN_RESPONDENTS:
        respond(services["birth"], answers)

    result = compute_ikm(SurveyResponse.objects.all())

    assert result.nrr["u1"] == Decimal("1.71")
    assert set(list(result.nrr.values())[1:]) == {Decimal("2.71")}
    assert (result.respondents, result.index, result.ikm, result.grade) == (
        7,
        Decimal("2.6032"),
        Decimal("65.08"),
        "C",
    )
    rounded_first = sum(result.nrr.values()) / 9 * 25
    assert rounded_first.quantize(Decimal("0.01")) == Decimal("64.97")
    assert grade(rounded_first)[0] == "D"


@pytest.mark.parametrize(
    ("ikm", "expected"),
    [
        (Decimal("25.00"), "D"),
        (Decimal("64.99"), "D"),
        (Decimal("65.00"), "C"),
        (Decimal("76.60"), "C"),
        (Decimal("76.61"), "B"),
        (Decimal("88.30"), "B"),
        (Decimal("88.31"), "A"),
        (Decimal("100"), "A"),
        (25, "D"),
        (76.605, "B"),  # rounded half up to 76.61
        (Decimal("76.6049"), "C"),
        (88.3049, "B"),
        (64.995, "C"),
    ],
)
def test_grade_boundaries_follow_the_table(ikm, expected):
    assert grade(ikm)[0] == expected


def test_grade_labels_are_the_official_terms():
    values = (100, 80, 70, 50)
    with translation.override("en"):
        assert [str(grade(value)[1]) for value in values] == [
            "Very good",
            "Good",
            "Less than good",
            "Not good",
        ]
    with translation.override("id"):
        assert [str(grade(value)[1]) for value in values][:2] == ["Sangat baik", "Baik"]


@pytest.mark.parametrize("ikm", [Decimal("3.12"), Decimal("24.99"), 100.01])
def test_grade_refuses_a_value_that_is_not_a_converted_ikm(ikm):
    with pytest.raises(ValueError, match="converted"):
        grade(ikm)


KREJCIE_MORGAN_TABLE = {
    10: 10,
    50: 44,
    100: 80,
    200: 132,
    300: 169,
    500: 217,
    1000: 278,
    2000: 322,
    5000: 357,
    10000: 370,
    100000: 384,
    1000000: 384,
}


@pytest.mark.parametrize(("population", "sample"), KREJCIE_MORGAN_TABLE.items())
def test_krejcie_morgan_matches_the_published_table(population, sample):
    assert krejcie_morgan(population) == sample


def test_krejcie_morgan_never_asks_for_more_than_everyone_and_grows_with_the_population():
    sizes = [krejcie_morgan(population) for population in range(0, 120_000, 37)]
    assert sizes[0] == 0
    assert krejcie_morgan(1) == 1
    assert all(size <= population for size, population in zip(sizes, range(0, 120_000, 37), strict=True))
    assert sizes == sorted(sizes)
    with pytest.raises(ValueError):
        krejcie_morgan(-1)


@pytest.mark.django_db
def test_each_service_gets_its_own_result_in_one_query(services, django_assert_num_queries):
    for answers in FOUR_RESPONDENTS:
        respond(services["birth"], answers)
    for answers in SEVEN_RESPONDENTS:
        respond(services["licence"], answers)
    responses = SurveyResponse.objects.all()

    with django_assert_num_queries(1):
        by_service = compute_ikm_by(responses, "service")

    assert [
        (service_id, result.respondents, result.ikm, result.grade) for service_id, result in by_service
    ] == [
        (services["birth"].pk, 4, Decimal("79.17"), "B"),
        (services["licence"].pk, 7, Decimal("65.08"), "C"),
    ]
    for service_id, result in by_service:
        assert result == compute_ikm(responses.filter(service_id=service_id))


@pytest.mark.django_db
def test_ikm_by_agency_pools_its_services(services):
    for answers in FOUR_RESPONDENTS[:2]:
        respond(services["birth"], answers)
    for answers in FOUR_RESPONDENTS[2:]:
        respond(services["family"], answers)
    respond(services["licence"], (4,) * 9)

    by_agency = compute_ikm_by(SurveyResponse.objects.all(), "agency")

    assert [(agency_id, result.ikm) for agency_id, result in by_agency] == sorted(
        [(services["birth"].agency_id, Decimal("79.17")), (services["licence"].agency_id, Decimal("100.00"))]
    )


@pytest.mark.django_db
def test_compute_ikm_uses_one_query(services, django_assert_num_queries):
    for answers in FOUR_RESPONDENTS:
        respond(services["birth"], answers)

    with django_assert_num_queries(1):
        compute_ikm(SurveyResponse.objects.filter(service=services["birth"]))


@pytest.mark.django_db
def test_no_responses_means_no_result(services):
    respond(services["birth"], (4,) * 9)
    nobody = SurveyResponse.objects.filter(service=services["licence"])

    assert compute_ikm(nobody) is None
    assert compute_ikm_by(nobody, "service") == []


@pytest.mark.django_db
def test_a_period_selects_the_responses_by_service_date(services):
    respond(services["birth"], (4,) * 9, service_date=date(2024, 1, 31))
    respond(services["birth"], (2,) * 9, service_date=date(2024, 2, 1))
    respond(services["birth"], (3,) * 9, service_date=date(2024, 2, 29))

    february = compute_ikm(SurveyResponse.objects.filter(service_date__range=period_range("month", 2024, 2)))

    assert (february.respondents, february.ikm) == (2, Decimal("62.50"))


@pytest.mark.django_db
def test_respondent_profile_counts_every_answer(services, django_assert_num_queries):
    birth = services["birth"]
    respond(birth, (3,) * 9, gender="L", age_band="20-29", education="SMA", occupation="PNS")
    respond(birth, (3,) * 9, gender="L", age_band="20-29", education="D4-S1", occupation="WIRAUSAHA")
    respond(birth, (3,) * 9, gender="P", age_band="60+", education="SMA", occupation="NELAYAN")
    respond(birth, (3,) * 9)
    respond(services["licence"], (3,) * 9, gender="P", age_band="<20", education="SD", occupation="TNI")

    with django_assert_num_queries(4):
        profile = respondent_profile(SurveyResponse.objects.filter(service=birth))

    assert {field: [(code, count) for code, _label, count in rows] for field, rows in profile.items()} == {
        "gender": [("L", 2), ("P", 1), ("", 1)],
        "age_band": [("<20", 0), ("20-29", 2), ("30-39", 0), ("40-49", 0), ("50-59", 0), ("60+", 1), ("", 1)],
        "education": [("SD", 0), ("SMP", 0), ("SMA", 2), ("D1-D3", 0), ("D4-S1", 1), ("S2+", 0), ("", 1)],
        "occupation": [
            ("PNS", 1),
            ("TNI", 0),
            ("POLRI", 0),
            ("SWASTA", 0),
            ("WIRAUSAHA", 1),
            ("LAINNYA", 0),
            ("NELAYAN", 1),  # no longer on the questionnaire: kept, labelled with its code
            ("", 1),
        ],
    }
    labels = {field: [label for _code, label, _count in rows] for field, rows in profile.items()}
    with translation.override("en"):
        assert labels["gender"] == [label for _code, label in GENDERS] + ["Not stated"]
    assert labels["age_band"][:-1] == [label for _code, label in AGE_BANDS]
    assert labels["education"][:-1] == [label for _code, label in EDUCATION]
    assert labels["occupation"][:-2] == [label for _code, label in OCCUPATIONS]
    assert labels["occupation"][-2] == "NELAYAN"


@pytest.mark.parametrize(
    ("kind", "year", "number", "first", "last"),
    [
        ("month", 2024, 2, date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        ("month", 2026, 2, date(2026, 2, 1), date(2026, 2, 28)),
        ("month", 2026, 12, date(2026, 12, 1), date(2026, 12, 31)),
        ("quarter", 2024, 1, date(2024, 1, 1), date(2024, 3, 31)),
        ("quarter", 2026, 2, date(2026, 4, 1), date(2026, 6, 30)),
        ("quarter", 2026, 4, date(2026, 10, 1), date(2026, 12, 31)),
        ("semester", 2026, 1, date(2026, 1, 1), date(2026, 6, 30)),
        ("semester", 2026, 2, date(2026, 7, 1), date(2026, 12, 31)),
        ("year", 2024, 1, date(2024, 1, 1), date(2024, 12, 31)),
        ("year", 2026, 7, date(2026, 1, 1), date(2026, 12, 31)),  # the number is ignored
    ],
)
def test_period_range_gives_inclusive_first_and_last_days(kind, year, number, first, last):
    assert period_range(kind, year, number) == (first, last)


@pytest.mark.parametrize(
    ("kind", "number"), [("month", 0), ("month", 13), ("quarter", 5), ("semester", 3), ("week", 1)]
)
def test_period_range_refuses_a_period_that_does_not_exist(kind, number):
    with pytest.raises(ValueError):
        period_range(kind, 2026, number)
