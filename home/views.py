import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from home.site_url import absolute_url

logger = logging.getLogger(__name__)

# Not permanent: the icon's hashed static URL changes when the icon does.
FAVICON_REDIRECT_SECONDS = 24 * 60 * 60


def _database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.exception("Health check: database is not answering")
        return "error"
    return "ok"


def _cache_state():
    # The cache answers as an empty one while Redis is out of reach (home.resilient_cache): what was
    # just written does not come back.
    try:
        cache.set("healthz", "ok", timeout=10)
        if cache.get("healthz") != "ok":
            return "error"
    except Exception:
        logger.exception("Health check: cache is not answering")
        return "error"
    return "ok"


@never_cache
@require_GET
def healthz(request):
    """For load balancers and monitoring: 503 when the database does not answer, else 200.

    Without the cache (Redis) the node still serves every page and takes submissions, more slowly
    (home.resilient_cache): 200 with `"status": "degraded"`, for monitoring to raise an alarm. Not 503:
    Redis is shared by every node, so a 503 would make the load balancer drop them all at once.
    """
    checks = {"database": _database_state(), "cache": _cache_state()}
    if checks["database"] != "ok":
        return JsonResponse({"status": "error", **checks}, status=503)
    return JsonResponse({"status": "ok" if checks["cache"] == "ok" else "degraded", **checks})


@require_GET
def favicon(request):
    """Browsers and tools ask for /favicon.ico whatever the page links: point them at the SVG icon."""
    response = HttpResponseRedirect(static("img/favicon.svg"))
    patch_cache_control(response, public=True, max_age=FAVICON_REDIRECT_SECONDS)
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /akun/",
        "Disallow: /cari/",
        "Disallow: /en/cari/",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", {"error_page": True}, status=404)


def permission_denied(request, exception=None):
    return render(request, "403.html", {"error_page": True}, status=403)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", {"error_page": True}, status=403)


def server_error(request):
    """Render the 500 page without touching the database: it may be what failed."""
    try:
        html = loader.get_template("500.html").render({"LANGUAGE_CODE": get_language()})
    except Exception:
        logger.exception("The 500 page itself failed to render")
        html = "<h1>500</h1>"
    return HttpResponseServerError(html)
