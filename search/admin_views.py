"""Reports → Searches without results: what residents looked for and did not find, per period.

The /cari/ view keeps one ZeroResultQuery row per query, language and day (search.views._record).
This report adds the rows of a period up per query and language, most asked first, so editors can
add a synonym group ("bikin ktp" → "KTP-el") or the missing content. Wagtail's own "Search terms"
report (search_promotions) shows the popular queries; the header links to it and to the promotions.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Max, Sum
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput, HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from .models import SynonymGroup, ZeroResultQuery

LAST_DAYS = [("7", _("Last 7 days")), ("30", _("Last 30 days"))]
DEFAULT_DAYS = 7


def in_period(rows, *, today, days=None, day=None):
    """The rows of one `day`, or else of the `days` days up to `today` (DEFAULT_DAYS when not given)."""
    if day:
        return rows.filter(day=day)
    return rows.filter(day__gt=today - timedelta(days=int(days or DEFAULT_DAYS)), day__lte=today)


def per_query(rows):
    """One row per query and language: how often it was asked in `rows`, and the last day it was."""
    return rows.values("query", "language").annotate(total=Sum("hits"), last_seen=Max("day"))


def public_search_url(row) -> str:
    """The results page the resident saw, in the language they searched in."""
    with translation.override(row["language"]):
        return f"{reverse('search')}?{urlencode({'q': row['query']})}"


class ZeroResultFilterSet(WagtailFilterSet):
    # The view applies these itself (in_period) before adding rows up; a blank or invalid form means a week.
    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=LAST_DAYS,
        empty_label=None,
        method="keep",
    )
    day = django_filters.DateFilter(
        label=_("On one day"),
        widget=AdminDateInput,
        help_text=_("Overrides the period."),
        method="keep",
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, method="keep")

    class Meta:
        model = ZeroResultQuery
        fields = []

    def keep(self, queryset, _name, _value):
        return queryset


class ZeroResultReportView(ReportView):
    page_title = _("Searches without results")
    header_icon = "search"
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    filterset_class = ZeroResultFilterSet
    permission_policy = ModelPermissionPolicy(SynonymGroup)
    any_permission_required = ["add", "change"]
    default_ordering = ["-total", "query"]
    export_filename = "pencarian-tanpa-hasil"
    list_export = ["query", "language", "total", "last_seen"]
    export_headings = {
        "query": _("Query"),
        "language": _("Language"),
        "total": _("Times searched"),
        "last_seen": _("Last searched on"),
    }
    columns = [
        TitleColumn("query", label=_("Query"), sort_key="query", get_url=public_search_url),
        Column("language", label=_("Language"), sort_key="language"),
        NumberColumn("total", label=_("Times searched"), sort_key="total"),
        Column("last_seen", label=_("Last searched on"), sort_key="last_seen"),
    ]

    def get_filtered_queryset(self):
        # Filter the daily rows first, then add them up: the totals are for the chosen period only.
        data = self.filters.form.cleaned_data if self.filters.is_valid() else {}
        rows = in_period(
            ZeroResultQuery.objects.all(),
            today=timezone.localdate(),
            days=data.get("period"),
            day=data.get("day"),
        )
        if data.get("language"):
            rows = rows.filter(language=data["language"])
        return self.order_queryset(per_query(rows))

    def get_header_buttons(self):
        user = self.request.user
        buttons = []
        if user.has_perm("search.add_synonymgroup"):
            buttons.append(
                HeaderButton(_("Add a synonym group"), url=reverse("search_synonyms:add"), icon_name="plus")
            )
        if user.is_superuser:  # Wagtail shows its search terms report to superusers only
            buttons.append(
                HeaderButton(
                    _("Popular search terms"),
                    url=reverse("wagtailsearchpromotions:search_terms"),
                    icon_name="search",
                )
            )
        if user.has_perm("wagtailsearchpromotions.add_searchpromotion"):
            buttons.append(
                HeaderButton(
                    _("Promoted search results"),
                    url=reverse("wagtailsearchpromotions:index"),
                    icon_name="pick",
                )
            )
        return [*buttons, *super().get_header_buttons()]
