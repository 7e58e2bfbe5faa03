"""/data-terbuka/: the open datasets as JSON and CSV, their documentation and OpenAPI description.

Every file carries its licence and the time its data were generated:

- JSON: in the metadata around the rows (`licence`, `licence_url`, `generated_at`, `source`).
- CSV: in HTTP headers, so the file itself stays a plain table that Excel, LibreOffice and every CSV
  reader open with the column names on the first line. A note line above the header would be read as
  the header, and comment lines below the data as rows. The headers are `Link: <licence>;
  rel="license"` (RFC 8288) with `rel="describedby"` pointing to the JSON twin, which holds the same
  metadata, and `Last-Modified` for the generation time; the file name carries its date too.

The rows are cached for a few minutes per dataset, language and options, together with the time they
were computed: that time is what `generated_at` and `Last-Modified` say, however often the cached rows
are served.
"""

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from functools import wraps

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, urlencode
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from home.cache import cached
from home.site_url import absolute_url, site_root_url
from home.spreadsheet import spreadsheet_safe

from . import limits
from .openapi import openapi_document
from .registry import DATASETS, InvalidParameter

CACHE_SECONDS = 5 * 60
API_EXAMPLES = [
    ("/api/v2/services/?locale=id", _("Services in Indonesian, 20 at a time (add &offset=20 for more).")),
    ("/api/v2/services/?locale=en&fields=*", _("Services in English with every field.")),
    (
        "/api/v2/services/?online_application=true&fields=requirements,procedure",
        _("Services that can be applied for online, with their requirements and procedure."),
    ),
    ("/api/v2/services/?search=akta&locale=id", _("Search the services.")),
    ("/api/v2/announcements/?locale=id&order=-date&fields=date,summary", _("The latest announcements.")),
    ("/api/v2/agencies/?locale=id", _("Agencies (OPD) with their office address and opening hours.")),
    ("/api/v2/service-categories/?locale=en", _("Service categories.")),
    ("/api/v2/pages/?locale=id", _("Every public page.")),
]


READ_METHODS = ("GET", "HEAD", "OPTIONS")


def read_only(view):
    """GET and HEAD as the OpenAPI document says; OPTIONS lists them; any other method is 405 with
    an Allow header, in JSON like the Wagtail API's. Exempt from CSRF, which would otherwise answer an
    unknown method (QUERY, PROPFIND) with a 403 page before the view could say it is not allowed:
    nothing here changes anything."""

    @csrf_exempt
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
        else:
            message = gettext('Method "%(method)s" not allowed.') % {"method": request.method}
            response = JsonResponse({"detail": message}, status=405)
        response["Allow"] = ", ".join(READ_METHODS)
        return response

    return wrapped


def invalid_parameter(error: InvalidParameter, file_format: str) -> HttpResponse:
    """The error in the format asked for: JSON like the Wagtail API's, plain text for CSV (a
    spreadsheet or `curl -o` shows it as it is)."""
    if file_format == "csv":
        return HttpResponse(error.message, status=error.status, content_type="text/plain; charset=utf-8")
    return JsonResponse(
        {"detail": error.message, "parameter": error.parameter},
        status=error.status,
        json_dumps_params={"ensure_ascii": False},
    )


def licence_link() -> str:
    return f'<{settings.OPEN_DATA_LICENCE_URL}>; rel="license"'


def dataset_rows(dataset, options) -> tuple[datetime, list[dict]]:
    """(when the rows were generated, rows) from the cache, or computed now."""
    name = f"opendata:{dataset.slug}:{get_language()}:{urlencode(sorted(options.items()))}"
    return cached(name, lambda: (timezone.now(), dataset.rows(**options)), timeout=CACHE_SECONDS)


class OpenDataEncoder(DjangoJSONEncoder):
    """Decimals (IKM, averages) as JSON numbers, not strings."""

    def default(self, o):
        if isinstance(o, Decimal):
            return float(o)
        return super().default(o)


def csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return spreadsheet_safe(str(value))


def _csv_body(dataset, rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180: commas, quoted where needed, CRLF line ends
    writer.writerow([field.name for field in dataset.fields])
    writer.writerows([csv_value(row[field.name]) for field in dataset.fields] for row in rows)
    # UTF-8 with a byte-order mark: without it Excel reads the file as the local code page.
    return buffer.getvalue().encode("utf-8-sig")


def _json_payload(request, dataset, options, generated_at, rows, source):
    return {
        "title": str(dataset.title),
        "description": str(dataset.description),
        "licence": settings.OPEN_DATA_LICENCE,
        "licence_url": settings.OPEN_DATA_LICENCE_URL,
        "generated_at": timezone.localtime(generated_at).isoformat(timespec="seconds"),
        "source": source,
        "documentation": absolute_url(reverse("opendata:index")),
        "language": get_language(),
        "parameters": options,
        "fields": [{"name": field.name, "description": str(field.description)} for field in dataset.fields],
        "count": len(rows),
        "data": rows,
    }


@read_only
def download(request, slug, file_format):
    dataset = DATASETS.get(slug)
    if dataset is None:
        raise Http404
    if limits.over_limit(request):
        return limits.too_many_requests()
    try:
        options = dataset.read_options(request.GET)
    except InvalidParameter as error:
        return invalid_parameter(error, file_format)
    generated_at, rows = dataset_rows(dataset, options)
    query = f"?{urlencode(options)}" if options else ""
    source = absolute_url(reverse("opendata:json", args=[slug]) + query)
    if file_format == "csv":
        response = HttpResponse(_csv_body(dataset, rows), content_type="text/csv; charset=utf-8")
        day = f"{timezone.localtime(generated_at):%Y%m%d}"
        name = "-".join([slug, *map(str, options.values()), get_language(), day])
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        response["Link"] = f'{licence_link()}, <{source}>; rel="describedby"; type="application/json"'
    else:
        payload = _json_payload(request, dataset, options, generated_at, rows, source)
        response = JsonResponse(payload, encoder=OpenDataEncoder, json_dumps_params={"ensure_ascii": False})
        response["Link"] = licence_link()
    response["Last-Modified"] = http_date(generated_at.timestamp())
    # Shared caches may keep the file as long as the rows stay cached here.
    age = (timezone.now() - generated_at).total_seconds()
    patch_cache_control(response, public=True, max_age=max(0, int(CACHE_SECONDS - age)))
    return response


@read_only
def openapi(request):
    document = openapi_document(site_root_url())
    return JsonResponse(document, json_dumps_params={"ensure_ascii": False})


@require_safe
def index(request):
    datasets = [
        {
            "dataset": dataset,
            "json_url": absolute_url(reverse("opendata:json", args=[dataset.slug])),
            "csv_url": absolute_url(reverse("opendata:csv", args=[dataset.slug])),
        }
        for dataset in DATASETS.values()
    ]
    context = {
        "datasets": datasets,
        "licence": settings.OPEN_DATA_LICENCE,
        "licence_url": settings.OPEN_DATA_LICENCE_URL,
        "requests_per_period": limits.REQUESTS_PER_PERIOD,
        "period_seconds": limits.PERIOD,
        "cache_minutes": CACHE_SECONDS // 60,
        "api_examples": [(absolute_url(path), text) for path, text in API_EXAMPLES],
        "openapi_url": absolute_url(reverse("opendata:openapi")),
    }
    return render(request, "opendata/index.html", context)
