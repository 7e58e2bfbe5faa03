"""Whole pages for anonymous visitors from the shared cache (Redis in production, local memory in dev).

Most visitors are not signed in and get exactly the same page, so a page rendered once is served to
the next anonymous visitor without touching the database. The rules:

- Only GET requests without a session or a pending message (no session or `messages` cookie) are
  served from the cache or stored in it. Signed-in residents and staff, and anyone in the middle of a
  form wizard, always get a freshly rendered page, marked `Cache-Control: private`.
- Only views whose page is the same for every anonymous visitor are stored: Wagtail pages without a
  view restriction (home.wagtail_hooks) and the read-only views wrapped in `public_page`. A response
  that sets a cookie, used a CSRF token or showed a message is never stored: it was personal after all.
  Forms on cached pages therefore post without a token to views that need none (e.g. the anonymous
  "Was this page helpful?" vote) or sit on their own, uncached pages.
- A path's entries (one per query string: list filters, search queries) share a generation number;
  `purge(paths)` moves it on, and every variant of those paths is gone at once. `purge_all()` does
  that for every path, for what every page shows (menu, footer, site settings).
  home.purge decides which paths each kind of edit affects, and also purges them in a CDN when
  WAGTAILFRONTENDCACHE is configured.
- Search results pages are cached too; `on_hit` still counts each search for the editors' report.
- A page that changes by the clock (a consultation opens or closes, an important-announcement
  banner ends) says when with `valid_until`; its entry is not served after that moment.
- Cached responses carry an ETag and Last-Modified, and `Cache-Control: public, max-age=0,
  must-revalidate, s-maxage=…`: browsers revalidate on every visit (a 304 costs nothing), a CDN may
  keep the page until it is purged. The language is in the path (/en/…), so `Vary` needs no
  Accept-Language; `Vary: Cookie` keeps shared caches from mixing signed-in and anonymous pages.
- Pages are compressed once when stored and sent gzipped to the browsers that accept it (`Vary:
  Accept-Encoding`): a fraction of the bytes on a slow mobile connection, no work per request.
"""

import gzip
import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)
ALL_KEY = "page-cache:all"
MAX_QUERY_STRING = 200  # longer query strings are not worth a cache entry (and could flood it)
# Each process also keeps the pages it served last for a second, without asking the shared cache:
# a busy page then costs no round trip to Redis, and a purge reaches every process within a second.
LOCAL_SECONDS = 1.0
LOCAL_PAGES = 200
_local: dict[str, tuple[float, "Entry"]] = {}  # entry key → (when fetched, entry)


def _path_key(path: str) -> str:
    return "page-cache:path:" + hashlib.sha256(path.encode()).hexdigest()


def _entry_key(request) -> str:
    address = f"{request.get_host()}{request.path}?{request.META.get('QUERY_STRING', '')}"
    return "page-cache:entry:" + hashlib.sha256(address.encode()).hexdigest()


@dataclass
class Entry:
    generation: int | None  # of the path, when stored
    all_generation: int | None
    status: int
    headers: list[tuple[str, str]]
    content: bytes
    gzipped: bytes  # compressed once, for the browsers that accept it (nearly all)
    etag: str
    last_modified: float
    valid_until: datetime | None  # when the page changes by the clock (see `valid_until`)
    on_hit: tuple[str, tuple] | None  # a function's dotted path and arguments (see `on_hit`)

    def is_current(self, *generations) -> bool:
        """Not purged since it was stored (when the path's and the global generation are given), and
        not past its `valid_until`. A generation missing from the cache means "purged": it is deleted
        when a purge could not reach the cache (home.resilient_cache)."""
        return (
            not generations
            or (None not in generations and (self.generation, self.all_generation) == generations)
        ) and (self.valid_until is None or timezone.now() < self.valid_until)

    def response(self, request) -> HttpResponse:
        response = HttpResponse(status=self.status, headers=dict(self.headers))
        etag = self.etag
        if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", ""):
            response.content = self.gzipped
            response["Content-Encoding"] = "gzip"
            etag = etag[:-1] + '-gzip"'  # another representation: another ETag
        else:
            response.content = self.content
        response["Content-Length"] = len(response.content)
        response["ETag"] = etag
        response["X-Page-Cache"] = "hit"
        return get_conditional_response(
            request, etag=etag, last_modified=int(self.last_modified), response=response
        )


def public_page(view):
    """Mark a read-only view whose page is the same for every anonymous visitor: it may be cached."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        request.cache_public = True
        return view(request, *args, **kwargs)

    return wrapped


def valid_until(request, moment) -> None:
    """The page being rendered changes by itself at `moment` (a consultation opens, a banner ends)."""
    current = getattr(request, "cache_valid_until", None)
    if moment is not None and (current is None or moment < current):
        request.cache_valid_until = moment


def on_hit(request, function, *args) -> None:
    """Run function(*args) each time the page being rendered is served from the cache: a cached
    search results page still counts the search for the editors' report."""
    request.cache_on_hit = (f"{function.__module__}.{function.__qualname__}", args)


def cacheable_request(request) -> bool:
    """An anonymous visitor's GET: no session (signed in, or a form in progress) and no message waiting."""
    return (
        request.method == "GET"
        and settings.PAGE_CACHE_SECONDS > 0
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
    )


def _storable(request, response) -> bool:
    messages = getattr(request, "_messages", None)
    return (
        getattr(request, "cache_public", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form with this visitor's token
        and not (messages is not None and messages.used)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class PageCacheMiddleware:
    """Serve and store anonymous visitors' pages; see the module docstring. Goes before the session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True)
            return response
        key = _entry_key(request)
        local = _local.get(key)
        if local and time.monotonic() - local[0] < LOCAL_SECONDS and local[1].is_current():
            return self._hit(request, local[1])
        path_key = _path_key(request.path)
        try:
            found = cache.get_many([key, path_key, ALL_KEY])
        except Exception:  # the cache is down: serve the page as if it had never been cached
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        entry = found.get(key)
        if entry and entry.is_current(found.get(path_key), found.get(ALL_KEY)):
            if len(_local) >= LOCAL_PAGES:
                _local.pop(next(iter(_local)))  # the oldest
            _local[key] = (time.monotonic(), entry)
            return self._hit(request, entry)
        response = self.get_response(request)
        if _storable(request, response):
            generation, all_generation = found.get(path_key), found.get(ALL_KEY)
            if generation is None or all_generation is None:  # a path not purged yet: start its count
                cache.add(path_key, time.time_ns(), timeout=None)
                cache.add(ALL_KEY, time.time_ns(), timeout=None)
                found = cache.get_many([path_key, ALL_KEY])
                generation, all_generation = found.get(path_key), found.get(ALL_KEY)
            self._store(request, key, response, generation, all_generation)
        return response

    def _hit(self, request, entry):
        if entry.on_hit:
            function, args = entry.on_hit
            import_string(function)(*args)
        return entry.response(request)

    def _store(self, request, key, response, generation, all_generation):
        now = time.time()
        until = getattr(request, "cache_valid_until", None)
        seconds = settings.PAGE_CACHE_SECONDS
        if until is not None:
            seconds = max(1, min(seconds, int((until - timezone.now()).total_seconds())))
        etag = '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"'
        response["ETag"] = etag
        response["Last-Modified"] = http_date(now)
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True, s_maxage=seconds)
        patch_vary_headers(response, ["Accept-Encoding"])
        response["X-Page-Cache"] = "miss"
        entry = Entry(
            generation=generation,
            all_generation=all_generation,
            status=response.status_code,
            headers=[(name, value) for name, value in response.items() if name != "X-Page-Cache"],
            content=response.content,
            gzipped=gzip.compress(response.content, compresslevel=6, mtime=0),
            etag=etag,
            last_modified=now,
            valid_until=until,
            on_hit=getattr(request, "cache_on_hit", None),
        )
        try:
            cache.set(key, entry, seconds)
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)


def purge(paths) -> None:
    """Drop every cached variant of these paths (e.g. "/layanan/", "/en/forum/")."""
    generation = time.time_ns()
    cache.set_many({_path_key(path): generation for path in set(paths)}, timeout=None)
    forget_local_pages()  # this process at once; the others within LOCAL_SECONDS


def purge_all() -> None:
    cache.set(ALL_KEY, time.time_ns(), timeout=None)
    forget_local_pages()


def forget_local_pages() -> None:
    """When the shared cache is emptied behind this module's back (tests do between tests)."""
    _local.clear()
