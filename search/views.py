"""/cari/: one search box for services, announcements, consultations, pages and forum topics.

Results are grouped by type, services first: a resident looking for "akta lahir" wants the service,
not the news that mentions it. Within a type, the results that match every part of the query come
first, those naming it in their title before the others (search.query.RankedResults). `?jenis=`
shows one type, paginated. Editors' best bets (Wagtail's search promotions) come above everything.
Each query is counted for the popular-queries report, and a query that finds nothing is kept for
the zero-results report (search.models.ZeroResultQuery).

/cari/saran/?q= gives services as suggestions while the resident types (static/js/site.js shows them
as an ARIA combobox under the search box; without JavaScript the form simply submits).
"""

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.core.paginator import Paginator
from django.db.models import F, OuterRef, Q, Subquery
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from forums.models import Category, ConsultationPage, Post, State, Topic
from forums.threads import topic_url
from home import page_cache
from home.cache import cached, restricted_paths
from home.models import AnnouncementPage, StandardPage
from home.ratelimit import client_ip, hit
from services_catalog.models import ServicePage

from .models import ZeroResultQuery
from .query import (
    FILLER_WORDS,
    MAX_QUERY_LENGTH,
    Meaning,
    RankedResults,
    best_bets,
    clean,
    expand,
    highlight_pattern,
)

RESULTS_PER_PAGE = 10
PER_GROUP = {"layanan": 5}  # in the grouped view: services get more room
OTHERS_PER_GROUP = 3
EXCERPT_CHARACTERS = 220
POPULAR_SERVICES = 8
SUGGESTIONS = 6
SUGGESTIONS_PER_MINUTE = 60  # per visitor: a fast typist sends a request every few letters
SUGGESTION_SECONDS = 10 * 60  # cached that long (and until the content changes)
# A query holding a NIK, a phone number or an email address is personal data (UU 27/2022): editors see
# the stored queries, so such a query is never stored.
PERSONAL_DATA_RE = re.compile(r"@|\d(?:[\s.\-]?\d){7,}")


@dataclass
class Kind:
    key: str  # the ?jenis= value
    label: str
    queryset: object  # a function (locale) → queryset to search

    def search(self, locale, meaning: Meaning) -> RankedResults:
        return RankedResults(self.queryset(locale), meaning)


def _public(queryset):
    restricted = Q()
    for path in restricted_paths():  # PageQuerySet.public() would ask the database on every call
        restricted |= Q(path__startswith=path)
    return queryset.exclude(restricted) if restricted else queryset


def _pages(model):
    return lambda locale: _public(model.objects.live().filter(locale=locale))


def _topics(locale):
    return Topic.objects.filter(state=State.PUBLISHED, category__in=Category.objects.filter(locale=locale))


KINDS = [
    Kind("layanan", _("Services"), _pages(ServicePage)),
    Kind("pengumuman", _("Announcements"), _pages(AnnouncementPage)),
    Kind("konsultasi", _("Public consultations"), _pages(ConsultationPage)),
    Kind("halaman", _("Pages"), _pages(StandardPage)),
    Kind("forum", _("Forum topics"), _topics),
]
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}


@dataclass
class Result:
    title: str
    url: str
    kind: str
    excerpt: str  # safe HTML with <mark>
    date: date | None


def _opening_texts(items) -> dict[int, str]:
    """The opening post of each topic among `items`, in one query."""
    ids = [item.pk for item in items if isinstance(item, Topic)]
    if not ids:
        return {}
    first_body = Post.objects.filter(topic=OuterRef("pk")).order_by("created_at", "pk").values("body")[:1]
    return dict(
        Topic.objects.filter(pk__in=ids).annotate(opening=Subquery(first_body)).values_list("pk", "opening")
    )


def _text_of(item, openings) -> tuple[str, date | datetime | None]:
    """The text shown under a result's title, and its date."""
    if isinstance(item, Topic):
        return openings.get(item.pk) or "", item.last_activity_at
    specific = getattr(item, "specific", item)
    text = (
        getattr(specific, "summary", "")
        or getattr(specific, "listing_summary", "")
        or getattr(specific, "intro", "")
        or getattr(specific, "search_description", "")
    )
    when = (
        getattr(specific, "date", None) or getattr(specific, "opens_at", None) or specific.last_published_at
    )
    return str(text), when


def excerpt(text: str, pattern) -> str:
    """A short piece of `text` around the first match, escaped, with the matched words in <mark>."""
    if pattern is not None and (match := pattern.search(text)):
        start = max(0, match.start() - 60)
        text = ("…" if start else "") + text[start:]
    short = Truncator(text).chars(EXCERPT_CHARACTERS)
    if pattern is None:
        return escape(short)
    # Split on the matches and escape each piece, so a match never lands inside an entity like &lt;.
    pieces = pattern.split(short)  # text, match, text, match, …
    html = "".join(
        f"<mark>{escape(piece)}</mark>" if position % 2 else escape(piece)
        for position, piece in enumerate(pieces)
    )
    return mark_safe(html)  # noqa: S308  (every piece escaped; only <mark> added)  # nosec B308, B703


def _results(items, kind: Kind, pattern) -> list[Result]:
    items = list(items)
    openings = _opening_texts(items)
    return [_result(item, kind, pattern, openings) for item in items]


def _result(item, kind: Kind, pattern, openings) -> Result:
    text, when = _text_of(item, openings)
    url = topic_url(item) if isinstance(item, Topic) else item.url
    if isinstance(when, datetime):
        when = timezone.localdate(when)
    return Result(title=item.title, url=url, kind=kind.label, excerpt=excerpt(text, pattern), date=when)


def _record(query: str, language: str, found: int) -> None:
    Query.get(query).add_hit()
    if not found:
        today = timezone.localdate()
        row, created = ZeroResultQuery.objects.get_or_create(
            query=query, language=language, day=today, defaults={"hits": 1}
        )
        if not created:
            ZeroResultQuery.objects.filter(pk=row.pk).update(hits=F("hits") + 1)


def _popular_services(locale):
    """Shown for an empty query or no results: the services residents can apply for online first."""
    services = _pages(ServicePage)(locale)
    return services.order_by("-online_application", "title")[:POPULAR_SERVICES]


@require_GET
def search(request):
    raw = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    query = clean(raw)
    locale = Locale.get_active()
    language = get_language()
    selected = KINDS_BY_KEY.get(request.GET.get("jenis", ""))
    context = {"query": raw.strip(), "kinds": KINDS, "selected": selected}
    if not query:
        context["popular"] = _popular_services(locale)
        return render(request, "search/search.html", context)

    meaning = expand(query, language)
    words = list(meaning.words)
    pattern = highlight_pattern(words)
    counts, groups = [], []
    for kind in KINDS:
        results = kind.search(locale, meaning)
        count = results.count()
        counts.append((kind, count))
        if selected is None and count:
            shown = results[: PER_GROUP.get(kind.key, OTHERS_PER_GROUP)]
            groups.append((kind, count, _results(shown, kind, pattern)))
        elif kind is selected:
            page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
            page.object_list = _results(page.object_list, kind, pattern)
            context["page_obj"] = page
    total = sum(count for _kind, count in counts)
    promotions = best_bets(query)
    # Count a search once, not each tab or page.
    if selected is None and "page" not in request.GET and not PERSONAL_DATA_RE.search(raw):
        _record(query, language, total)
        page_cache.on_hit(request, _record, query, language, total)
    context.update(counts=counts, groups=groups, total=total, promotions=promotions, words=words)
    if not total:
        context["popular"] = _popular_services(locale)
    return render(request, "search/search.html", context)


def _suggest(query: str, language: str) -> list[dict]:
    """Services for a half-typed query: those matching its words (with synonyms), else by prefix."""
    services = _pages(ServicePage)(Locale.get_active())
    found = RankedResults(services, expand(query, language)).strict[:SUGGESTIONS]
    if not found:  # "akta ke": the last word is still being typed
        words = [word for word in query.split() if word not in FILLER_WORDS.get(language, ())]
        found = get_search_backend().autocomplete(" ".join(words) or query, services)[:SUGGESTIONS]
    return [{"title": item.title, "url": item.url} for item in found]


@require_GET
def suggestions(request):
    """JSON for the search box: {"suggestions": [{"title", "url"}, …]}, at most SUGGESTIONS."""
    if hit("search-suggestions", client_ip(request), SUGGESTIONS_PER_MINUTE, 60):
        response = JsonResponse({"error": str(_("Too many requests. Please wait a minute."))}, status=429)
        response["Retry-After"] = "60"
        return response
    query = clean(request.GET.get("q", ""))
    language = get_language()
    found = []
    if len(query) >= 2:
        found = cached(
            f"suggestions:{language}:{query}", lambda: _suggest(query, language), SUGGESTION_SECONDS
        )
    response = JsonResponse({"suggestions": found})
    response["Cache-Control"] = f"public, max-age={SUGGESTION_SECONDS}"
    return response
