"""Service and agency performance (feedback.performance) against hand-computed figures.

The fixture is August 2026 in Kota Sawahlunto: Monday 17 August is Independence Day, Monday 1 June is
Pancasila Day, and Friday 21 August is made a cuti bersama day (an extra non-working day) here. The
working days of each item are worked out by hand in the comments.
"""

import io
import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext as _

import pytest

from feedback.models import NonWorkingDay, StatusChange, Submission, SurveyResponse
from feedback.performance import (
    SERVICES_CACHE_KEY,
    agency_performance,
    compute_service_performance,
    monthly_trend,
    nearest_rank,
    service_performance,
)
from home.cache import bump_content_version
from services_catalog.models import Agency
from tests.feedback.conftest import make_submission

pytestmark = pytest.mark.django_db

WIB = ZoneInfo("Asia/Jakarta")
S = Submission.Status
APPLICATION, COMPLAINT = Submission.Kind.APPLICATION, Submission.Kind.COMPLAINT
verified, forwarded, handled, resolved, rejected = (
    S.VERIFIED,
    S.FORWARDED,
    S.IN_PROGRESS,
    S.RESOLVED,
    S.REJECTED,
)
END_OF_AUGUST = date(2026, 8, 31)  # a Monday; the 90-day window starts on Wednesday 3 June


def at(day, hour=10):
    return datetime.combine(day, time(hour), WIB)


def aug(day, hour=10):
    return at(date(2026, 8, day), hour)


def submit(kind, received, steps=(), *, service=None, agency=None):
    """A submission received at `received` that then went through `steps`, (status, moment) pairs."""
    item = make_submission(agency or (service.agency if service else None), kind=kind, service=service)
    changes = [StatusChange(submission=item, to_status=S.RECEIVED)]
    previous, closed = S.RECEIVED, None
    for status, moment in steps:
        changes.append(StatusChange(submission=item, from_status=previous, to_status=status))
        previous = status
        closed = moment if status in (S.RESOLVED, S.REJECTED) else None
    for change, moment in zip(changes, [received, *(moment for _status, moment in steps)], strict=True):
        change.save()
        StatusChange.objects.filter(pk=change.pk).update(created_at=moment)
    Submission.objects.filter(pk=item.pk).update(created_at=received, status=previous, closed_at=closed)
    return item


def completed(service, received, closed):
    return submit(APPLICATION, received, [(verified, received), (resolved, closed)], service=service)


def rate(service, day, score):
    return SurveyResponse.objects.create(
        service=service,
        agency=service.agency,
        service_date=day,
        submission_key=uuid.uuid4().hex,
        **{f"u{n}": score for n in range(1, 10)},
    )


def build_august(catalogue):
    """Applications, complaints and survey answers, with the figures they give in the tests below."""
    NonWorkingDay.objects.create(date=date(2026, 8, 21), description="Cuti bersama (contoh)")
    birth, birth_en = catalogue.birth_certificate, catalogue.birth_certificate_en  # promise: 1 day
    disdukcapil, dinkes = catalogue.disdukcapil, catalogue.dinkes

    # Akta Kelahiran: eight completed applications, working days to completion:
    completed(birth, aug(14), aug(18))  # Fri → Tue, Mon 17 is Independence Day: 1
    completed(birth, aug(14), aug(19))  # Fri → Wed: 2
    completed(birth, aug(10, 8), aug(10, 14))  # the same Monday: 0
    completed(birth, aug(11), aug(12))  # Tue → Wed: 1
    completed(birth, aug(20), aug(26))  # Thu → Wed, Fri 21 is cuti bersama: Mon, Tue, Wed = 3
    completed(birth_en, aug(22), aug(24))  # Sat → Mon, in English: 1
    completed(birth, at(date(2026, 5, 29)), at(date(2026, 6, 5)))  # Fri → Fri, Mon 1 June off: 4
    # Thursday 13 August 20:00 UTC is already Friday 14 August 03:00 in Sawahlunto: Fri → Tue = 1.
    completed(birth, datetime(2026, 8, 13, 20, tzinfo=UTC), aug(18))
    submit(APPLICATION, aug(24), [(verified, aug(25))], service=birth)  # still open
    submit(APPLICATION, aug(25), service=birth)  # still open
    completed(birth, at(date(2026, 5, 4)), at(date(2026, 5, 5)))  # before the window: not counted
    # KTP-el Hilang: four completed applications, too few to show anything.
    for day in (3, 4, 5, 6):
        completed(catalogue.lost_id_card, aug(day), aug(day + 1))

    # Survey answers: five in August about Akta Kelahiran (one in English), IKM (2 × 4 + 3 × 3) / 5 × 25
    # = 85.00, grade B; the June answer is outside the window and the month.
    for score in (4, 4, 3, 3):
        rate(birth, date(2026, 8, 12), score)
    rate(birth_en, date(2026, 8, 13), 3)
    rate(birth, date(2026, 6, 1), 1)
    for _number in range(4):
        rate(catalogue.lost_id_card, date(2026, 8, 12), 4)

    # Complaints about Disdukcapil received in August, with the working days of each step. Today is
    # Monday 31 August: what is still waiting is late once its time has run out, and left out before.
    # C1 verified Fri 14 → Tue 18 = 1 (in time); handled Tue 18 → Wed 26 = 5 (19, 20, 24, 25, 26: in time).
    submit(
        COMPLAINT, aug(14), [(verified, aug(18)), (handled, aug(26)), (resolved, aug(27))], agency=disdukcapil
    )
    # C2 verified Fri 14 → Thu 20 = 3 (in time); handled Thu 20 → Fri 28 = 5 (24, 25, 26, 27, 28: in time).
    submit(COMPLAINT, aug(14), [(verified, aug(20)), (handled, aug(28))], agency=disdukcapil)
    # C3 rejected Mon 3 → Fri 7 = 4 (late); rejected, so no follow-up is due.
    submit(COMPLAINT, aug(3), [(rejected, aug(7))], agency=disdukcapil)
    # C4 verified Tue 4 → Fri 7 = 3 (in time); handled Fri 7 → Tue 18 = 6 (late).
    submit(
        COMPLAINT, aug(4), [(verified, aug(7)), (forwarded, aug(10)), (handled, aug(18))], agency=disdukcapil
    )
    # C5 received Wed 26, nothing yet: due Mon 31, not late yet: left out.
    submit(COMPLAINT, aug(26), agency=disdukcapil)
    # C6 received Mon 10, nothing yet: due Thu 13: late.
    submit(COMPLAINT, aug(10), agency=disdukcapil)
    # C7 verified Tue 11 → Wed 12 = 1 (in time); not handled, due Thu 20: late.
    submit(COMPLAINT, aug(11), [(verified, aug(12))], agency=disdukcapil)
    # C8 verified Tue 25 → Fri 28 = 3 (in time); not handled, due Fri 4 September: left out.
    submit(COMPLAINT, aug(25), [(verified, aug(28))], agency=disdukcapil)
    # C9 verified Wed 12 → Thu 13 = 1 (in time); handled Thu 13 → Fri 14 = 1 (in time).
    submit(
        COMPLAINT, aug(12), [(verified, aug(13)), (handled, aug(14)), (resolved, aug(18))], agency=disdukcapil
    )
    # C10 received in July, resolved in August: resolved in the period, not received in it.
    july = [(verified, at(date(2026, 7, 30))), (handled, at(date(2026, 7, 31))), (resolved, aug(3))]
    submit(COMPLAINT, at(date(2026, 7, 29)), july, agency=disdukcapil)
    # Dinkes: one complaint, due Thu 6 August, never answered: late.
    submit(COMPLAINT, aug(3), agency=dinkes)
    # Not forwarded to any agency: rejected Tue 4 → Wed 5 = 1 (in time). Counts for the city only.
    submit(COMPLAINT, aug(4), [(rejected, aug(5))])


@pytest.fixture
def august(catalogue):
    build_august(catalogue)
    return catalogue


def test_nearest_rank_percentiles():
    assert nearest_rank([4, 1, 9, 2], 50) == 2  # the lower middle value of an even count
    assert nearest_rank([4, 1, 9, 2], 90) == 9
    assert nearest_rank([7], 50) == nearest_rank([7], 90) == 7
    assert nearest_rank(list(range(1, 11)), 90) == 9  # rank ⌈9.0⌉
    assert nearest_rank(list(range(1, 12)), 90) == 10  # rank ⌈9.9⌉
    with pytest.raises(ValueError):
        nearest_rank([], 50)


def test_service_figures_across_weekends_and_holidays(august, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        figures = compute_service_performance(today=END_OF_AUGUST)
    birth = figures[august.birth_certificate.translation_key]
    assert (birth.start, birth.end) == (date(2026, 6, 3), END_OF_AUGUST)
    # Working days 0, 1, 1, 1, 1, 2, 3, 4: median at rank ⌈8 × 0.5⌉ = 4 → 1, p90 at rank ⌈7.2⌉ = 8 → 4;
    # five of eight within 1 day = 62.5 % → 63 %.
    assert (birth.applications_completed, birth.median_days, birth.p90_days) == (8, 1, 4)
    assert birth.within_promise_percent == 63
    assert birth.applications_received == 9  # seven completed in the window and two still open
    assert (birth.ikm, birth.grade, birth.respondents) == (Decimal("85.00"), "B", 5)
    with translation.override("en"):
        assert str(birth.grade_label) == "Good"
    assert birth.open_complaints is None  # none about the service
    assert august.practice_licence.translation_key not in figures  # nothing to count at all


def test_fewer_than_five_data_points_hide_the_figure(august):
    lost = compute_service_performance(today=END_OF_AUGUST)[august.lost_id_card.translation_key]
    # Four applications and four answers: nothing is shown, and no value is kept.
    assert lost.applications_received is None and lost.applications_completed is None
    assert lost.median_days is None and lost.p90_days is None and lost.within_promise_percent is None
    assert lost.ikm is None and lost.grade is None and lost.grade_label is None and lost.respondents is None
    assert not lost.has_figures


def test_open_complaints_about_a_service(catalogue):
    birth = catalogue.birth_certificate
    for status in (S.RECEIVED, S.VERIFIED, S.FORWARDED, S.IN_PROGRESS):
        make_submission(catalogue.disdukcapil, kind=COMPLAINT, service=birth, status=status)
    make_submission(catalogue.disdukcapil, kind=COMPLAINT, service=catalogue.birth_certificate_en)
    for status in (S.RESOLVED, S.REJECTED):
        make_submission(catalogue.disdukcapil, kind=COMPLAINT, service=birth, status=status)
    make_submission(catalogue.disdukcapil, kind=COMPLAINT, service=catalogue.lost_id_card)
    figures = compute_service_performance()
    assert figures[birth.translation_key].open_complaints == 5
    assert figures[catalogue.lost_id_card.translation_key].open_complaints is None  # only one


def test_agency_figures_for_a_period(august, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        rows = agency_performance(date(2026, 8, 1), END_OF_AUGUST, today=END_OF_AUGUST)
    *agencies, city = rows
    assert city.is_city and city.name == _("Whole city")
    assert [row.slug for row in agencies] == ["disdukcapil", "dinkes"]  # every agency, by name
    disdukcapil = agencies[0].figures
    # Completed in August: Akta Kelahiran 1, 2, 0, 1, 3, 1, 1 working days (promise 1; the June one is
    # not in it) and KTP-el Hilang 1, 1, 1, 1 (promise 3). Sorted 0, 1 × 8, 2, 3: the median at rank 6
    # is 1, the 90th percentile at rank ⌈9.9⌉ = 10 is 2; 5 + 4 of 11 within the promise = 82 %.
    assert (disdukcapil.applications_received, disdukcapil.applications_completed) == (13, 11)
    assert (disdukcapil.median_days, disdukcapil.p90_days, disdukcapil.within_promise_percent) == (1, 2, 82)
    assert disdukcapil.complaints_received == 9
    assert disdukcapil.complaints_resolved is None  # C1, C9 and C10: three
    # Verification judged for C1–C4 and C6–C9: six of eight in time; follow-up for C1, C2, C4, C7, C9.
    assert disdukcapil.verified_in_time_percent == 75
    assert disdukcapil.followed_up_in_time_percent == 60
    assert disdukcapil.median_response_days == 3  # 1, 1, 1, 3, 3, 3, 4
    # Answers 4, 4, 3, 3, 3 and 4, 4, 4, 4: 33 / 9 × 25 = 91.67, grade A.
    assert (disdukcapil.ikm, disdukcapil.grade, disdukcapil.respondents) == (Decimal("91.67"), "A", 9)
    dinkes = agencies[1].figures
    assert dinkes.complaints_received is None and dinkes.verified_in_time_percent is None
    # The city adds Dinkes' late complaint and the one not forwarded (answered in 1 day).
    assert city.figures.complaints_received == 11
    assert city.figures.verified_in_time_percent == 70  # 7 of 10
    assert city.figures.median_response_days == 1  # 1, 1, 1, 1, 3, 3, 3, 4
    assert city.figures.ikm == Decimal("91.67")


def test_a_complaint_not_due_yet_is_left_out_until_its_time_runs_out(august):
    def disdukcapil(today):
        return agency_performance(date(2026, 8, 1), END_OF_AUGUST, today=today)[0].figures

    later = disdukcapil(date(2026, 9, 30))
    # C5 (no answer) is now late too: six of nine; C8 (not handled) joins the follow-up: three of six.
    assert later.verified_in_time_percent == 67
    assert later.followed_up_in_time_percent == 50


def test_agency_names_follow_the_language(august):
    with translation.override("en"):
        rows = agency_performance(date(2026, 8, 1), END_OF_AUGUST, today=END_OF_AUGUST)
    assert [row.name for row in rows[:-1]] == ["Civil Registration Office", "Dinas Kesehatan"]


def test_monthly_trend(august, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        trend = monthly_trend(months=3, today=END_OF_AUGUST)
    assert [entry.month for entry in trend] == [date(2026, 6, 1), date(2026, 7, 1), date(2026, 8, 1)]
    june, july, august_figures = (entry.figures for entry in trend)
    assert june.applications_completed is None  # one application
    assert july.complaints_received is None  # one complaint
    assert august_figures.applications_completed == 11 and august_figures.within_promise_percent == 82
    assert august_figures.complaints_received == 11 and august_figures.verified_in_time_percent == 70
    assert august_figures.ikm == Decimal("91.67")


def test_monthly_trend_of_one_agency_in_any_language(august):
    english = Agency.objects.get(
        translation_key=august.disdukcapil.translation_key, locale__language_code="en"
    )
    trend = monthly_trend(english, months=1, today=END_OF_AUGUST)
    assert trend[0].figures.complaints_received == 9
    assert trend[0].figures.verified_in_time_percent == 75
    assert monthly_trend(august.dinkes, months=1, today=END_OF_AUGUST)[0].figures.complaints_received is None


def recent_applications(service, count):
    today = datetime.now(WIB).replace(hour=10, minute=0)
    for _number in range(count):
        completed(service, today, today)


def test_service_figures_come_from_the_cache(catalogue, django_assert_num_queries):
    birth = catalogue.birth_certificate
    recent_applications(birth, 5)
    assert service_performance(birth).applications_completed == 5  # cold cache: computed once
    with django_assert_num_queries(0):
        assert service_performance(catalogue.birth_certificate_en).applications_completed == 5
    recent_applications(birth, 1)
    bump_content_version()  # editors publishing does not make the next page view recompute
    with django_assert_num_queries(0):
        assert service_performance(birth).applications_completed == 5
    call_command("refresh_performance", stdout=io.StringIO())
    with django_assert_num_queries(0):
        assert service_performance(birth).applications_completed == 6


def test_an_expired_cache_is_computed_again(catalogue):
    recent_applications(catalogue.birth_certificate, 5)
    assert service_performance(catalogue.lost_id_card) is None
    cache.delete(SERVICES_CACHE_KEY)
    recent_applications(catalogue.lost_id_card, 5)
    assert service_performance(catalogue.lost_id_card).applications_completed == 5
