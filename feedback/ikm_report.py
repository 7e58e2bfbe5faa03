"""The admin IKM report (Reports → IKM): per city, agency and service for a chosen period, with XLSX.

Beyond the public /ikm/ page it shows what the SKM coordinator needs to judge the survey: the service
users in the period, the Krejcie–Morgan minimum sample and whether it was reached, and the NRR of each
element. Both pages share the period chooser, the chart and `feedback.ikm.ikm_report()`.
"""

from django.http import HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from openpyxl import Workbook

from home.spreadsheet import xlsx_row
from home.views import permission_denied

from . import skm
from .ikm import ELEMENT_CODES, ikm_report
from .ikm_views import Period, element_chart
from .workflow import role_for

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET_TITLE_LENGTH = 31  # Excel's limit


def may_see_report(user) -> bool:
    """Every back-office role (coordinator, agency officer, Pimpinan) may read the whole report."""
    return role_for(user) is not None


def _summary_rows(report):
    levels = [
        (_("City"), [report.city] if report.city else []),
        (_("Agency"), report.agencies),
        (_("Service"), report.services),
    ]
    for level, rows in levels:
        for row in rows:
            result = row.result
            yield [
                str(level),
                str(row.name),
                result.respondents,
                row.population,
                row.minimum_sample,
                *(result.nrr[code] for code in ELEMENT_CODES),
                result.ikm,
                result.grade,
                str(result.grade_label),
            ]


def xlsx_response(report, period) -> HttpResponse:
    """The report as a workbook: a summary row per city, agency and service, and the profile counts.

    An unknown population or minimum sample is an empty cell, so the columns stay numeric.
    """
    workbook = Workbook(write_only=True)
    summary = workbook.create_sheet(str(_("Summary"))[:SHEET_TITLE_LENGTH])
    summary.append(
        [
            str(_("Level")),
            str(_("Name")),
            str(_("Respondents")),
            str(_("Service users in the period")),
            str(_("Minimum sample (Krejcie–Morgan)")),
            *(f"NRR {code.upper()} {label}" for code, label, *_details in skm.ELEMENTS),
            "IKM",
            str(_("Grade")),
            str(_("Grade label")),
        ]
    )
    for row in _summary_rows(report):
        summary.append(xlsx_row(summary, row))
    profile = workbook.create_sheet(str(_("Respondent profile"))[:SHEET_TITLE_LENGTH])
    profile.append([str(_("Question")), str(_("Answer")), str(_("Respondents"))])
    for title, rows in report.profile_sections:
        for _code, label, count in rows:
            profile.append(xlsx_row(profile, [str(title), str(label), count]))
    response = HttpResponse(content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="ikm-{period.slug}.xlsx"'
    workbook.save(response)
    return response


def _chosen(rows, key):
    return next((row for row in rows if str(row.key) == key), None) if key else None


class IkmReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Satisfaction index (IKM)")
    header_icon = "table"
    template_name = "feedback/admin/ikm_report.html"

    def dispatch(self, request, *args, **kwargs):
        # A plain 403: raising PermissionDenied in the admin would redirect to the dashboard instead.
        if not may_see_report(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.today = timezone.localdate()
        self.period = Period.from_query(request.GET, self.today)
        self.report = ikm_report(self.period.kind, self.period.year, self.period.number)
        if request.GET.get("export") == "xlsx":
            return xlsx_response(self.report, self.period)
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_header_buttons(self):
        query = self.request.GET.copy()
        query["export"] = "xlsx"
        return [HeaderButton(_("Download XLSX"), url=f"?{query.urlencode()}", icon_name="download")]

    def get_context_data(self, **kwargs):
        report = self.report
        agency = _chosen(report.agencies, self.request.GET.get("opd"))
        service = _chosen(report.services, self.request.GET.get("layanan"))
        charts = [
            {"title": row.name, **element_chart(row.result, f"chart-{level}")}
            for level, row in (("city", report.city), ("agency", agency), ("service", service))
            if row
        ]
        return super().get_context_data(
            **kwargs,
            **self.period.chooser_context(self.today),
            report=report,
            city_rows=[report.city] if report.city else [],
            elements=[(code, label) for code, label, *_details in skm.ELEMENTS],
            chosen_agency=agency,
            chosen_service=service,
            charts=charts,
        )


class IkmReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_report(request.user)


@hooks.register("register_admin_urls")
def ikm_report_urls():
    return [path("reports/ikm/", IkmReportView.as_view(), name="feedback_ikm_report")]


@hooks.register("register_reports_menu_item")
def ikm_report_menu_item():
    return IkmReportMenuItem(
        _("Satisfaction index (IKM)"), reverse("feedback_ikm_report"), icon_name="table", order=920
    )
