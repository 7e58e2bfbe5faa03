"""/ikm/: the published satisfaction index (IKM) per service, per agency and city-wide. Aggregates only:
no individual answer and no suggestion text (it may name people) is ever shown.

The period chooser and the element chart are shared with the admin report (`ikm_report.py`)."""

from dataclasses import dataclass

from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from . import skm
from .ikm import ikm_report

PERIODS = [
    ("year", _("Year")),
    ("semester", _("Semester")),
    ("quarter", _("Quarter")),
    ("month", _("Month")),
]
NUMBERS = {"year": 1, "semester": 2, "quarter": 4, "month": 12}
FIRST_YEAR = 2000  # no survey answers are older
YEARS_SHOWN = 5  # the chooser offers this year and the four before it
CHART_WIDTH = 300  # SVG units for the longest bar (an element mean of 4)
BAR_STEP = 32  # SVG units from one bar to the next
LABEL_WIDTH = 200  # SVG units left of the bars for the element names


def _int(value, default, lowest, highest):
    return int(value) if str(value).isdigit() and lowest <= int(value) <= highest else default


@dataclass(frozen=True)
class Period:
    """The reporting period chosen with ?periode=year|semester|quarter|month&tahun=…&nomor=…"""

    kind: str
    year: int
    number: int

    @classmethod
    def from_query(cls, query, today):
        """The period asked for; a missing or impossible value falls back to this year's."""
        kind = query.get("periode") if query.get("periode") in NUMBERS else "year"
        year = _int(query.get("tahun"), today.year, FIRST_YEAR, today.year)
        return cls(kind, year, _int(query.get("nomor"), 1, 1, NUMBERS[kind]))

    @property
    def slug(self):
        """e.g. "2026" or "2026-semester-1", for file names."""
        return str(self.year) if self.kind == "year" else f"{self.year}-{self.kind}-{self.number}"

    def chooser_context(self, today):
        """What the period chooser form needs to show the choices, with this period selected."""
        return {
            "periods": PERIODS,
            "kind": self.kind,
            "year": self.year,
            "number": self.number,
            "numbers": range(1, NUMBERS[self.kind] + 1),
            "years": sorted({*range(today.year, today.year - YEARS_SHOWN, -1), self.year}, reverse=True),
        }


def element_chart(result, chart_id):
    """The nine element means as a bar chart, drawn on the server: readable without JavaScript.

    Returns the bars (for the table that repeats the values) and the SVG, labelled by the element
    with id "<chart_id>-title" that the template puts above it.
    """
    bars = [
        {
            "code": code,
            "label": label,
            "nrr": result.nrr[code],
            "width": round(float(result.nrr[code]) / 4 * CHART_WIDTH),
            "y": index * BAR_STEP,
        }
        for index, (code, label, _question, _answers) in enumerate(skm.ELEMENTS)
    ]
    shapes = format_html_join(
        "",
        '<text x="0" y="{}" font-size="16" fill="#1b1b1b">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="20" fill="#0b5563"></rect>'
        '<text x="{}" y="{}" font-size="16" fill="#1b1b1b">{}</text>',
        (
            (
                bar["y"] + 20,
                bar["label"],
                LABEL_WIDTH,
                bar["y"] + 6,
                bar["width"],
                LABEL_WIDTH + bar["width"] + 6,
                bar["y"] + 21,
                localize(bar["nrr"]),
            )
            for bar in bars
        ),
    )
    svg = format_html(
        # width and height: the size where no style sheet sets one (the admin); the site's CSS scales it.
        '<svg class="chart" role="img" aria-labelledby="{id}-title {id}-desc"'
        ' width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        '<desc id="{id}-desc">{desc}</desc>{shapes}</svg>',
        id=chart_id,
        width=LABEL_WIDTH + CHART_WIDTH + 60,
        height=len(bars) * BAR_STEP,
        desc=_("The same values are in the table below."),
        shapes=shapes,
    )
    return {"id": chart_id, "bars": bars, "svg": svg}


def ikm_page(request):
    today = timezone.localdate()
    period = Period.from_query(request.GET, today)
    report = ikm_report(period.kind, period.year, period.number)
    context = {
        **period.chooser_context(today),
        "report": report,
        "chart": element_chart(report.city.result, "chart") if report.city else None,
    }
    return render(request, "feedback/ikm.html", context)
