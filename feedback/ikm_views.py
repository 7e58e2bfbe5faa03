"""/ikm/: the published satisfaction index (IKM) per service, per agency and city-wide. Aggregates only:
no individual answer and no suggestion text (it may name people) is ever shown."""

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from services_catalog.models import Agency, ServicePage

from . import skm
from .ikm import compute_ikm, compute_ikm_by, period_range, respondent_profile
from .models import SurveyResponse

PERIODS = [
    ("year", _("Year")),
    ("semester", _("Semester")),
    ("quarter", _("Quarter")),
    ("month", _("Month")),
]
NUMBERS = {"year": 1, "semester": 2, "quarter": 4, "month": 12}
CHART_WIDTH = 300  # SVG units for the longest bar (an element mean of 4)
BAR_STEP = 32  # SVG units from one bar to the next


def _int(value, default, lowest, highest):
    return int(value) if str(value).isdigit() and lowest <= int(value) <= highest else default


def _names(model, ids):
    """{id: name in the active language, falling back to the record's own name}."""
    records = list(model.objects.filter(pk__in=ids))
    translated = {
        record.translation_key: record
        for record in model.objects.filter(
            translation_key__in=[r.translation_key for r in records], locale__language_code=get_language()
        )
    }
    return {r.pk: str(translated.get(r.translation_key, r)) for r in records}


def _chart(result):
    """Bars for the nine element means, drawn on the server: readable without JavaScript."""
    return [
        {
            "code": code,
            "label": label,
            "nrr": result.nrr[code],
            "width": round(float(result.nrr[code]) / 4 * CHART_WIDTH),
            "y": index * BAR_STEP,
        }
        for index, (code, label, _question, _answers) in enumerate(skm.ELEMENTS)
    ]


def ikm_page(request):
    today = timezone.localdate()
    kind = request.GET.get("periode") if request.GET.get("periode") in NUMBERS else "year"
    year = _int(request.GET.get("tahun"), today.year, 2000, today.year)
    number = _int(request.GET.get("nomor"), 1, 1, NUMBERS[kind])
    start, end = period_range(kind, year, number)
    responses = SurveyResponse.objects.filter(service_date__range=(start, end))
    city = compute_ikm(responses)
    by_agency = compute_ikm_by(responses, "agency") if city else []
    by_service = compute_ikm_by(responses, "service") if city else []
    agency_names = _names(Agency, [agency for agency, _result in by_agency])
    service_names = {
        page.pk: page.title
        for page in ServicePage.objects.filter(pk__in=[service for service, _result in by_service]).only(
            "title"
        )
    }
    context = {
        "periods": PERIODS,
        "kind": kind,
        "year": year,
        "number": number,
        "numbers": range(1, NUMBERS[kind] + 1),
        "years": range(today.year, today.year - 5, -1),
        "start": start,
        "end": end,
        "city": city,
        "chart": _chart(city) if city else [],
        "chart_width": CHART_WIDTH,
        "chart_height": len(skm.ELEMENTS) * BAR_STEP,
        "agencies": sorted(
            ((agency_names.get(pk, "—"), result) for pk, result in by_agency), key=lambda row: row[0]
        ),
        "services": sorted(
            ((service_names.get(pk, "—"), result) for pk, result in by_service), key=lambda row: row[0]
        ),
        "profile": respondent_profile(responses) if city else {},
        "profile_titles": {
            "gender": _("Gender"),
            "age_band": _("Age"),
            "education": _("Education"),
            "occupation": _("Occupation"),
        },
    }
    return render(request, "feedback/ikm.html", context)
