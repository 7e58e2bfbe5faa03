"""A request whose path, query string or form text holds a NUL byte or is not valid UTF-8 gets a 400.

No person types either. Django turns invalid UTF-8 into "�" and passes NUL bytes on, and PostgreSQL
refuses a NUL in any text it is sent, so `?search=%00` on the API, a search box or a filter answered
500 (issue 19, item 8). Checking every view's parameters would miss the next one; checking the raw
request once, before anything reads it, does not. The check sits near the top of MIDDLEWARE: no
session, page cache or database is touched for such a request.

Files in multipart bodies are data and may hold any byte; only the form's text fields are checked.
"""

import logging
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.handlers.wsgi import get_bytes_from_wsgi
from django.http import HttpResponseBadRequest
from django.template import loader
from django.utils import translation

logger = logging.getLogger(__name__)

FORM_URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


def readable(raw: bytes) -> bool:
    """Percent-encoded bytes (a path, a query string, a urlencoded body) that are UTF-8 without NUL."""
    decoded = unquote_to_bytes(raw.replace(b"+", b" "))
    if b"\x00" in decoded:
        return False
    try:
        decoded.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def unreadable_part(request) -> str | None:
    """Which part of the request no one could have typed, or None."""
    # path_info: decoded by Django, with bytes that were not UTF-8 percent-encoded again.
    if not readable(request.path_info.encode()):
        return "path"
    if not readable(get_bytes_from_wsgi(request.environ, "QUERY_STRING", "")):
        return "query string"
    if request.method == "POST":
        if request.content_type == FORM_URLENCODED and not readable(request.body):
            return "form"
        # The multipart parser has already replaced invalid UTF-8 in text fields; a NUL survives it.
        if request.content_type == MULTIPART and any(
            "\x00" in value for values in request.POST.lists() for value in values[1]
        ):
            return "form"
    return None


def bad_request(request) -> HttpResponseBadRequest:
    """The 400 page in the language of the address, rendered without a database (like the 500 page)."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = loader.get_template("400.html").render({"LANGUAGE_CODE": language})
    return HttpResponseBadRequest(html)


class MalformedInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if part := unreadable_part(request):
            # Only which part: the path itself may be a resident's private link.
            logger.warning("400: NUL byte or invalid UTF-8 in the %s of a %s request", part, request.method)
            return bad_request(request)
        return self.get_response(request)
