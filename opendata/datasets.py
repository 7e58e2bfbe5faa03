"""The datasets published as open data. Aggregates and public content only: no personal data.

`layanan` reuses the catalogue export (services_catalog.export), `ikm` the IKM report behind the
/ikm/ page (feedback.ikm), `jawaban` the “Kami menjawab” selection (feedback.answers), and `kinerja`
and `kinerja-layanan` the figures of /kinerja/ and of the service pages (feedback.performance), so the
open data always agree with what the site shows.
"""

import re

from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from feedback.answers import published_answers
from feedback.ikm import ikm_report, period_range
from feedback.ikm_views import FIRST_YEAR, NUMBERS
from feedback.models import Submission
from feedback.performance import all_service_performance, cached_agency_performance
from feedback.skm import ELEMENTS
from services_catalog.export import export_row
from services_catalog.models import Agency, ServicePage

from .registry import Dataset, Field, InvalidParameter, Parameter, register

# Service catalogue: field name → services_catalog.export key, where the two differ.
SERVICE_EXPORT_KEYS = {
    "agency": "agency_name",
    "category": "category_name",
    "requirements": "requirements_text",
    "procedure": "procedure_text",
    "legal_basis": "legal_basis_text",
    "locations": "locations_text",
    "opening_hours": "hours_text",
}
SERVICE_FIELDS = (
    Field("id", _("Number of the service page; its details are at /api/v2/services/<id>/."), "integer"),
    Field("slug", _("The service's part of its web address.")),
    Field("title", _("Name of the service.")),
    Field("agency", _("The agency (OPD) responsible for the service.")),
    Field("category", _("Category of the service.")),
    Field("summary", _("What the service is for.")),
    Field("eligibility", _("Who can apply.")),
    Field("requirements", _("Requirements (persyaratan), one numbered line each.")),
    Field("procedure", _("Procedure (sistem, mekanisme dan prosedur), one numbered step per line.")),
    Field("processing_days", _("Processing time in working days once the file is complete."), "integer"),
    Field("processing_note", _("Note on the processing time.")),
    Field("cost", _("Cost in rupiah; 0 means free."), "integer"),
    Field("cost_basis", _("The regulation that sets the cost or makes it free.")),
    Field("product", _("What the resident receives (produk layanan).")),
    Field("complaint_channel", _("Where and how to complain about the service.")),
    Field("legal_basis", _("Legal basis (dasar hukum), one regulation per line.")),
    Field("locations", _("Where the service is given.")),
    Field("opening_hours", _("When the service is given.")),
    Field(
        "online_application", _("Whether the service can be applied for online on this portal."), "boolean"
    ),
    Field("last_reviewed", _("When the agency last checked the information."), format="date", nullable=True),
    Field("url", _("The service's page on this portal."), format="uri"),
)


def service_rows():
    services = (
        ServicePage.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .select_related("agency", "category")
        .order_by("title", "pk")
    )
    rows = []
    for service in services:
        exported = export_row(service) | {"id": service.pk, "slug": service.slug}
        rows.append(
            {
                field.name: exported[SERVICE_EXPORT_KEYS.get(field.name, field.name)]
                for field in SERVICE_FIELDS
            }
        )
    return rows


register(
    Dataset(
        slug="layanan",
        title=_("Service catalogue"),
        description=_(
            "Every public service with its service standard (Standar Pelayanan, PermenPANRB 15/2014): "
            "agency, requirements, procedure, processing time, cost, product, complaints and legal basis."
        ),
        fields=SERVICE_FIELDS,
        rows=service_rows,
    )
)

# Satisfaction index (IKM), with the same period parameters as the /ikm/ page.
IKM_FIELDS = (
    Field("period_start", _("First day of the period."), format="date"),
    Field("period_end", _("Last day of the period."), format="date"),
    Field("level", _("What the row is about: city (the whole city), agency or service.")),
    Field("unit", _("Name of the agency or service; for the city row, “Whole city”.")),
    Field("respondents", _("Number of survey answers."), "integer"),
    Field("ikm", _("Satisfaction index, 25–100 (index × 25), 2 decimals."), "number"),
    Field("index", _("Mean of the nine element averages, 1–4, 4 decimals."), "number"),
    Field("grade", _("Grade A–D (PermenPANRB 14/2017).")),
    Field("grade_label", _("The grade in words.")),
    *(
        Field(
            f"nrr_{code}",
            format_lazy(_("Average score (NRR) of the element “{element}”, 1–4."), element=label),
            "number",
        )
        for code, label, _question, _answers in ELEMENTS
    ),
    Field("population", _("Service users in the period, when known."), "integer", nullable=True),
    Field(
        "minimum_sample",
        _("Smallest number of answers needed for that population (Krejcie–Morgan), when known."),
        "integer",
        nullable=True,
    ),
)


def _year_schema():
    # The years with answers: none before FIRST_YEAR, none after this one.
    this_year = timezone.localdate().year
    return {"type": "integer", "minimum": FIRST_YEAR, "maximum": this_year, "default": this_year}


PERIOD_PARAMETERS = (
    Parameter(
        "periode",
        _("Kind of period: year (default), semester, quarter or month."),
        {"type": "string", "enum": list(NUMBERS), "default": "year"},
    ),
    Parameter(
        "tahun",
        format_lazy(_("Year, from {first} to this year; this year by default."), first=FIRST_YEAR),
        _year_schema,
    ),
    Parameter(
        "nomor",
        _(
            "Number of the semester (1–2), quarter (1–4) or month (1–12); 1 by default. A number the "
            "kind of period does not have (a third semester) answers 404."
        ),
        {"type": "integer", "minimum": 1, "maximum": 12, "default": 1},
    ),
)
WHOLE_NUMBER = re.compile(r"[0-9]{1,4}")  # ASCII digits only: int() would also read "٣" and " 3"


def _whole_number(query, name, default, lowest, highest):
    value = query.get(name)
    if value is None:
        return default
    if WHOLE_NUMBER.fullmatch(value) and lowest <= int(value) <= highest:
        return int(value)
    raise InvalidParameter(
        name,
        gettext("%(name)s must be a whole number from %(lowest)d to %(highest)d.")
        % {"name": name, "lowest": lowest, "highest": highest},
    )


def period_options(query):
    """The period of ?periode=&tahun=&nomor=, as the /ikm/ and /kinerja/ pages choose it. Unlike
    those pages, which fall back to this year, a value outside the documented schema is an error: a
    script must not receive another period's figures than the one it asked for."""
    kind = query.get("periode", "year")
    if kind not in NUMBERS:
        raise InvalidParameter(
            "periode", gettext("periode must be one of: %(kinds)s.") % {"kinds": ", ".join(NUMBERS)}
        )
    year = _whole_number(query, "tahun", timezone.localdate().year, FIRST_YEAR, timezone.localdate().year)
    number = _whole_number(query, "nomor", 1, 1, max(NUMBERS.values()))
    if number > NUMBERS[kind]:
        raise InvalidParameter(
            "nomor",
            gettext("With periode=%(kind)s, nomor goes from 1 to %(count)d: there is no period %(number)d.")
            % {"kind": kind, "number": number, "count": NUMBERS[kind]},
            status=404,
        )
    return {"periode": kind, "tahun": year, "nomor": number}


def ikm_rows(periode, tahun, nomor):
    report = ikm_report(periode, tahun, nomor)
    levels = {
        "city": [report.city] if report.city else [],
        "agency": report.agencies,
        "service": report.services,
    }
    return [
        {
            "period_start": report.start,
            "period_end": report.end,
            "level": level,
            "unit": str(row.name),
            "respondents": row.result.respondents,
            "ikm": row.result.ikm,
            "index": row.result.index,
            "grade": row.result.grade,
            "grade_label": str(row.result.grade_label),
            **{f"nrr_{code}": value for code, value in row.result.nrr.items()},
            "population": row.population,
            "minimum_sample": row.minimum_sample,
        }
        for level, rows in levels.items()
        for row in rows
    ]


register(
    Dataset(
        slug="ikm",
        title=_("Satisfaction index (IKM)"),
        description=_(
            "Results of the satisfaction survey (SKM, PermenPANRB 14/2017) for a period: the whole city, "
            "each agency and each service. Aggregates only; no single answer is published."
        ),
        fields=IKM_FIELDS,
        rows=ikm_rows,
        parameters=PERIOD_PARAMETERS,
        read_options=period_options,
    )
)

# “Kami menjawab”: resolved reports published with the reporter's agreement.
ANSWER_FIELDS = (
    Field("id", _("Number of the answer, as on the “We answered” page."), "integer"),
    Field("date", _("Date of the answer."), format="date"),
    Field("kind", _("Kind of report: pengaduan (complaint) or aspirasi (aspiration).")),
    Field("kind_label", _("The kind of report in words.")),
    Field("subject", _("Subject of the report.")),
    Field("agency", _("The agency that answered."), nullable=True),
    Field("kecamatan", _("District (kecamatan) the report is about."), nullable=True),
    Field("answer", _("The official answer.")),
)


def answer_rows():
    # Reports point at the agency version of the language they were sent in: name it in this one.
    agency_names = dict(
        Agency.objects.filter(locale__language_code=get_language()).values_list("translation_key", "name")
    )
    answers = published_answers().values(
        "pk",
        "updated_at",
        "kind",
        "subject",
        "agency__translation_key",
        "agency__name",
        "kecamatan__name",
        "public_answer",
    )
    return [
        {
            "id": answer["pk"],
            "date": timezone.localdate(answer["updated_at"]),
            "kind": answer["kind"],
            "kind_label": str(Submission.Kind(answer["kind"]).label),
            "subject": answer["subject"],
            "agency": agency_names.get(answer["agency__translation_key"], answer["agency__name"]),
            "kecamatan": answer["kecamatan__name"],
            "answer": answer["public_answer"],
        }
        for answer in answers
    ]


register(
    Dataset(
        slug="jawaban",
        title=_("We answered"),
        description=_(
            "Complaints and aspirations resolved and published with the official answer, when the "
            "reporter agreed. Without the reporter's name, contact details or the text of the report."
        ),
        fields=ANSWER_FIELDS,
        rows=answer_rows,
    )
)

# Performance (feedback.performance): the figures of /kinerja/ and of the service pages' block. A
# figure resting on fewer than five cases is null there already, so no one can be recognised.
PERFORMANCE_FIGURES = (
    Field("applications_received", _("Online applications received."), "integer", nullable=True),
    Field("applications_completed", _("Online applications completed."), "integer", nullable=True),
    Field("median_days", _("Half were completed within this many working days."), "integer", nullable=True),
    Field(
        "p90_days", _("Nine in ten were completed within this many working days."), "integer", nullable=True
    ),
    Field(
        "within_promise_percent",
        _("Share completed within the promised processing time, in per cent."),
        "integer",
        nullable=True,
    ),
)
SATISFACTION_FIGURES = (
    Field("ikm", _("Satisfaction index, 25–100."), "number", nullable=True),
    Field("grade", _("Grade A–D (PermenPANRB 14/2017)."), nullable=True),
    Field("respondents", _("Number of survey answers."), "integer", nullable=True),
)
NULL_NOTE = _("Null: fewer than five cases, not enough to publish.")
AGENCY_FIGURES = (
    *PERFORMANCE_FIGURES,
    Field("complaints_received", _("Complaints received."), "integer", nullable=True),
    Field("complaints_resolved", _("Complaints resolved."), "integer", nullable=True),
    Field(
        "verified_in_time_percent",
        _("Share of complaints verified within 3 working days (SP4N-LAPOR!), in per cent."),
        "integer",
        nullable=True,
    ),
    Field(
        "followed_up_in_time_percent",
        _("Share of verified complaints followed up within 5 working days, in per cent."),
        "integer",
        nullable=True,
    ),
    Field(
        "median_response_days",
        _("Half of the complaints had a first response within this many working days."),
        "integer",
        nullable=True,
    ),
    *SATISFACTION_FIGURES,
)
AGENCY_PERFORMANCE_FIELDS = (
    Field("period_start", _("First day of the period."), format="date"),
    Field("period_end", _("Last day of the period."), format="date"),
    Field("level", _("What the row is about: city (the whole city) or agency.")),
    Field("unit", _("Name of the agency; for the city row, “Whole city”.")),
    *AGENCY_FIGURES,
)


def agency_performance_rows(periode, tahun, nomor):
    start, end = period_range(periode, tahun, nomor)
    return [
        {
            "period_start": start,
            "period_end": end,
            "level": "city" if row.is_city else "agency",
            "unit": str(row.name),
            **{field.name: getattr(row.figures, field.name) for field in AGENCY_FIGURES},
        }
        for row in cached_agency_performance(start, end)
    ]


register(
    Dataset(
        slug="kinerja",
        title=_("Agency performance"),
        description=format_lazy(
            "{} {}",
            _(
                "How quickly each agency and the whole city complete online applications and answer "
                "complaints compared with their promises, and the satisfaction index, for a period."
            ),
            NULL_NOTE,
        ),
        fields=AGENCY_PERFORMANCE_FIELDS,
        rows=agency_performance_rows,
        parameters=PERIOD_PARAMETERS,
        read_options=period_options,
    )
)

SERVICE_FIGURES = (
    *PERFORMANCE_FIGURES,
    *SATISFACTION_FIGURES,
    Field("open_complaints", _("Complaints about the service not yet resolved."), "integer", nullable=True),
)
SERVICE_PERFORMANCE_FIELDS = (
    Field("id", _("Number of the service page; its details are at /api/v2/services/<id>/."), "integer"),
    Field("title", _("Name of the service.")),
    Field("agency", _("The agency (OPD) responsible for the service.")),
    Field("processing_days", _("Promised processing time in working days."), "integer"),
    Field("period_start", _("First day of the last 90 days."), format="date"),
    Field("period_end", _("Last day of the last 90 days: the day of the figures."), format="date"),
    *PERFORMANCE_FIGURES,
    *SATISFACTION_FIGURES,
    Field("open_complaints", _("Complaints about the service not yet resolved."), "integer", nullable=True),
)


def service_performance_rows():
    figures = all_service_performance()
    services = (
        ServicePage.objects.live()
        .public()
        .filter(locale=Locale.get_active(), show_performance=True)
        .select_related("agency")
        .order_by("title", "pk")
    )
    return [
        {
            "id": service.pk,
            "title": service.title,
            "agency": service.agency.name,
            "processing_days": service.processing_days,
            "period_start": performance.start,
            "period_end": performance.end,
            **{field.name: getattr(performance, field.name) for field in SERVICE_FIGURES},
        }
        for service in services
        if (performance := figures.get(service.translation_key))
    ]


register(
    Dataset(
        slug="kinerja-layanan",
        title=_("Service performance"),
        description=format_lazy(
            "{} {}",
            _(
                "For each service, over the last 90 days: online applications, how long they took against "
                "the promised time, the satisfaction index and open complaints, as on the service pages."
            ),
            NULL_NOTE,
        ),
        fields=SERVICE_PERFORMANCE_FIELDS,
        rows=service_performance_rows,
    )
)
