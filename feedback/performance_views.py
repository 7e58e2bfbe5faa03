"""/kinerja/: how quickly each agency and the whole city complete applications and answer complaints,
against their promises, and how residents rate them; with a monthly trend drawn on the server.

Figures and their definitions are in `performance.py`; the period chooser is the /ikm/ page's. A period's
figures and the trend are kept in the cache for an hour (`cached_agency_performance`).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from .ikm import period_range
from .ikm_views import Period
from .performance import PERIOD_CACHE_TIMEOUT, cached_agency_performance, monthly_trend

TREND_MONTHS = 12
# The chart: one bar per month for the share of applications completed within the promised time.
PLOT_LEFT = 48  # SVG units left of the bars for the percentage labels
PLOT_TOP = 24  # room above a full bar for its value
PLOT_HEIGHT = 160  # a bar of 100 %
MONTH_STEP = 36  # from one month to the next
BAR_WIDTH = 24
AXIS_ROOM = 40  # below the bars for the month and year
TEXT = "#1b1b1b"
GRID = "#d5d9dc"
BAR = "#0b5563"


@dataclass(frozen=True)
class Table:
    """One table of figures per agency: its section id, heading and columns."""

    key: str
    title: str
    # (heading, Performance field, how templates/feedback/includes/performance_value.html shows it)
    columns: list[tuple[str, str, str]]


TABLES = [
    Table(
        "applications",
        _("Service applications"),
        [
            (_("Received"), "applications_received", ""),
            (_("Completed"), "applications_completed", ""),
            (_("Half completed within"), "median_days", "days"),
            (_("Nine in ten completed within"), "p90_days", "days"),
            (_("Completed within the promised time"), "within_promise_percent", "percent"),
        ],
    ),
    Table(
        "complaints",
        _("Complaints"),
        [
            (_("Received"), "complaints_received", ""),
            (_("Resolved"), "complaints_resolved", ""),
            (_("Verified within 3 working days"), "verified_in_time_percent", "percent"),
            (_("Followed up within 5 working days"), "followed_up_in_time_percent", "percent"),
            (_("Usual time to the first response (median)"), "median_response_days", "days"),
        ],
    ),
    Table(
        "satisfaction",
        _("Satisfaction index (IKM)"),
        [(_("Respondents"), "respondents", ""), ("IKM", "ikm", ""), (_("Grade"), "grade", "")],
    ),
]


def _cell(figures, field, kind):
    if field == "grade" and figures.grade:
        return f"{figures.grade} ({figures.grade_label})", kind
    return getattr(figures, field), kind


def _table_rows(table, rows, selected):
    """(name, [(value, kind), …]) for the rows with a figure in `table`, the chosen agency and the city."""
    shown = []
    for row in rows:
        cells = [_cell(row.figures, field, kind) for _heading, field, kind in table.columns]
        if row.is_city or row is selected or any(value is not None for value, _kind in cells):
            shown.append((row.name, cells))
    return shown


def trend_chart(trend, chart_id):
    """Bars for the share of applications completed within the promised time, month by month.

    Drawn on the server as SVG with presentation attributes only (the CSP forbids inline styles), so it
    needs no JavaScript; the table after it holds the same numbers. A month without enough data has a
    dash instead of a bar. Labelled by the element with id "<chart_id>-title" that the template puts above.
    """
    bottom = PLOT_TOP + PLOT_HEIGHT
    width = PLOT_LEFT + MONTH_STEP * len(trend) + 8
    shapes = []
    for percent in (0, 50, 100):
        y = bottom - PLOT_HEIGHT * percent // 100
        shapes.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"></line>', PLOT_LEFT, y, width, y, GRID
            )
        )
        shapes.append(_text(PLOT_LEFT - 6, y + 4, f"{percent}%", anchor="end"))
    for number, entry in enumerate(trend):
        centre = PLOT_LEFT + MONTH_STEP * number + MONTH_STEP // 2
        share = entry.figures.within_promise_percent
        if share is None:
            shapes.append(_text(centre, bottom - 6, "–"))
        else:
            height = PLOT_HEIGHT * share // 100
            shapes.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>',
                    centre - BAR_WIDTH // 2,
                    bottom - height,
                    BAR_WIDTH,
                    height,
                    BAR,
                )
            )
            shapes.append(_text(centre, bottom - height - 6, f"{share}%"))
        shapes.append(_text(centre, bottom + 17, date_format(entry.month, "M")))
        if number == 0 or entry.month.month == 1:
            shapes.append(_text(centre, bottom + 34, entry.month.year))
    return format_html(
        # width and height: the size where no style sheet sets one; the site's CSS scales it.
        '<svg class="chart" role="img" aria-labelledby="{id}-title {id}-desc"'
        ' width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        '<desc id="{id}-desc">{desc}</desc>{shapes}</svg>',
        id=chart_id,
        width=width,
        height=bottom + AXIS_ROOM,
        desc=_("The same values are in the table below."),
        shapes=format_html_join("", "{}", ((shape,) for shape in shapes)),
    )


def _text(x, y, text, anchor="middle"):
    return format_html(
        '<text x="{}" y="{}" font-size="13" text-anchor="{}" fill="{}">{}</text>', x, y, anchor, TEXT, text
    )


def performance_page(request):
    today = timezone.localdate()
    period = Period.from_query(request.GET, today)
    start, end = period_range(period.kind, period.year, period.number)
    rows = cached_agency_performance(start, end)
    agencies, city = rows[:-1], rows[-1]
    selected = next((row for row in agencies if row.slug == request.GET.get("opd")), None)
    trend = cache.get_or_set(
        f"performance:v1:trend:{selected.translation_key if selected else 'city'}:{today}",
        lambda: monthly_trend(selected, TREND_MONTHS, today=today),
        PERIOD_CACHE_TIMEOUT,
    )
    shown = [selected, city] if selected else rows
    context = {
        **period.chooser_context(today),
        "start": start,
        "end": end,
        "agencies": agencies,
        "selected": selected,
        "tables": [(table, _table_rows(table, shown, selected)) for table in TABLES],
        "trend": trend,
        "chart": trend_chart(trend, "trend-chart"),
    }
    return render(request, "feedback/performance.html", context)
