"""Template tags for the parts every page shares: navigation, breadcrumbs, language switch, footer."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Case, When
from django.urls import reverse, translate_url
from django.utils import timezone
from django.utils.html import _json_script_escapes
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info, override

from wagtail.models import Page, Site

from home import page_cache
from home.cache import cached
from home.models import AnnouncementPage, FooterText
from home.site_url import site_root_url

register = template.Library()


def _locale_home_path(context):
    """Tree path of the home page in the active language, read off the current page if there is one."""
    page = context.get("page")
    if isinstance(page, Page) and page.path:
        return page.path[: Page.steplen * 2]  # the home page sits at depth 2
    site = Site.find_for_request(context["request"])
    if site is None:
        return None
    home = (
        Page.objects.filter(
            translation_key=site.root_page.translation_key, locale__language_code=get_language()
        )
        .only("path")
        .first()
    )
    return (home or site.root_page).path


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """The home page's children that editors ticked "show in menus", in the active language."""
    home_path = _locale_home_path(context)
    items = []
    if home_path:
        items = cached(
            f"main-nav:{home_path}",
            lambda: list(
                Page.objects.live().in_menu().filter(depth=3, path__startswith=home_path).order_by("path")
            ),
        )
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "on_home": isinstance(page, Page) and page.depth == 2,
        "page": page,
        "request": context["request"],
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Ancestors below the tree root (depth 1), ending with the current page."""
    request = context["request"]
    ancestors = cached(
        f"breadcrumbs:{page.pk}",
        lambda: [
            {"title": ancestor.title, "url": ancestor.get_url(request), "is_home": ancestor.depth == 2}
            for ancestor in page.get_ancestors().filter(depth__gt=1)
        ],
    )
    return {"ancestors": ancestors, "page": page}


MAX_PARAMETER_LENGTH = 200


def _language_home_url(code):
    with override(code):
        return reverse("wagtail_serve", args=[""])


def _translation_urls(request, page):
    """{language code: URL} of the live translations of a page, the page itself included."""
    return cached(
        f"translation-urls:{page.pk}",
        lambda: {
            p.locale.language_code: p.get_url(request)
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        },
    )


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk is not None else None


@register.inclusion_tag("components/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to the current page in the other languages, or to their home page when untranslated."""
    request = context["request"]
    page = _current_page(context)
    translations = _translation_urls(request, page) if page else {}
    links = []
    for code, _name in settings.LANGUAGES:
        if code == get_language():
            continue
        # A view may name its own counterpart, e.g. a wizard step under the translated service slug.
        url = translations.get(code) or (context.get("language_urls") or {}).get(code)
        if url is None and page is None and not context.get("error_page"):
            # A Django view (search, forms): the same route exists in every language.
            translated = translate_url(request.path, code)
            if translated != request.path:
                query = urlencode({key: value[:MAX_PARAMETER_LENGTH] for key, value in request.GET.items()})
                url = f"{translated}?{query}" if query else translated
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url or _language_home_url(code),
            }
        )
    return {"links": links}


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    """<link rel=canonical> and hreflang alternates of the current page, for search engines."""
    request = context["request"]
    page = _current_page(context)
    if page is None:
        return {}
    root = site_root_url()
    translations = _translation_urls(request, page)
    return {
        "canonical": root + translations.get(get_language(), page.get_url(request)),
        "alternates": [(code, root + url) for code, url in sorted(translations.items())],
        "default": root + translations.get(settings.LANGUAGE_CODE, "") if translations else None,
    }


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    site_settings = context["settings"]["home"]["SiteSettings"]
    language = get_language()
    chosen = [site_settings.privacy_page_id, site_settings.accessibility_page_id]
    return {
        "site_settings": site_settings,
        "footer": _footer_text(site_settings.footer_id, language),
        "page_links": _footer_pages([pk for pk in chosen if pk], language, context["request"]),
    }


def _footer_pages(page_ids, language, request):
    """[{title, url}] of the pages chosen in the settings, each in `language` when translated."""
    if not page_ids:
        return []

    def load():
        chosen = {page.pk: page for page in Page.objects.live().public().filter(pk__in=page_ids)}
        translated = {
            page.translation_key: page
            for page in Page.objects.live()
            .public()
            .filter(translation_key__in=[page.translation_key for page in chosen.values()])
            .filter(locale__language_code=language)
        }
        pages = [translated.get(chosen[pk].translation_key, chosen[pk]) for pk in page_ids if pk in chosen]
        return [{"title": page.title, "url": page.get_url(request)} for page in pages]

    return cached(f"footer-pages:{','.join(map(str, page_ids))}:{language}", load)


def _footer_text(footer_id, language):
    """The chosen footer text in the active language, falling back to the one chosen."""
    if not footer_id:
        return None
    return cached(
        f"footer:{footer_id}:{language}",
        lambda: (
            FooterText.objects.filter(
                translation_key__in=FooterText.objects.filter(pk=footer_id).values("translation_key"),
                locale__language_code__in=[language, settings.LANGUAGE_CODE],
            )
            .order_by(Case(When(locale__language_code=language, then=0), default=1))
            .first()
        ),
    )


@register.inclusion_tag("components/important_notice.html", takes_context=True)
def important_notice(context):
    """The newest announcement flagged important whose banner period has not ended."""
    language = get_language()
    request = context["request"]
    notices = cached(
        f"important-notices:{language}",
        lambda: [
            {"pk": a.pk, "title": a.title, "url": a.get_url(request), "until": a.important_until}
            for a in AnnouncementPage.objects.live()
            .public()
            .filter(is_important=True, important_until__isnull=False, locale__language_code=language)
            .defer_streamfields()
            .order_by("-date")[:5]
        ],
    )
    now = timezone.now()
    page = _current_page(context)
    current = next((n for n in notices if n["until"] > now and not (page and page.pk == n["pk"])), None)
    page_cache.valid_until(request, min((n["until"] for n in notices if n["until"] > now), default=None))
    return {"notice": current}


@register.simple_tag(takes_context=True)
def latest_announcements(context, count):
    language = get_language()
    request = context["request"]
    return cached(
        f"latest-announcements:{language}:{count}",
        lambda: [
            {"title": a.title, "url": a.get_url(request), "date": a.date, "summary": a.summary}
            for a in AnnouncementPage.objects.live()
            .public()
            .filter(locale__language_code=language)
            .defer_streamfields()
            .order_by("-date", "-pk")[:count]
        ],
    )


@register.simple_tag(takes_context=True)
def localized_pages(context, pages):
    """The chosen pages in the active language (untranslated ones are left out), in order."""
    keys = [page.translation_key for page in pages if page]
    language = get_language()
    request = context["request"]

    def load():
        found = {
            page.translation_key: page
            for page in Page.objects.live()
            .public()
            .filter(translation_key__in=keys, locale__language_code=language)
            .specific(defer=True)
        }
        return [
            {"title": found[key].title, "url": found[key].get_url(request), "summary": _summary(found[key])}
            for key in keys
            if key in found
        ]

    return cached(f"localized-pages:{language}:{','.join(map(str, keys))}", load)


def _summary(page):
    return page.listing_summary or getattr(page, "summary", "") or getattr(page, "intro", "")


@register.simple_tag(takes_context=True)
def page_link(context, number):
    """Link to page `number` of a list, keeping the filters (`query` when given, else the request's)."""
    query = context.get("query")
    if query is None:
        request = context["request"]
        query = urlencode({k: v[:MAX_PARAMETER_LENGTH] for k, v in request.GET.items() if k != "page"})
    return f"?{query}&page={number}" if query else f"?page={number}"


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current one, with "…" for the gaps (Django's Paginator.ELLIPSIS)."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)


@register.filter
def is_choice_group(field):
    """True for radio buttons and checkbox lists, which need a fieldset and legend."""
    return field.widget_type in ("radioselect", "checkboxselectmultiple")


@register.simple_tag
def described_widget(field, hint_id, error_id, note_id=""):
    """Render the field's widget with aria-describedby/aria-invalid pointing at its hint and error
    (and `note_id`, a note shown before the field, e.g. "already uploaded")."""
    described_by = [note_id] if note_id else []
    if field.help_text:
        described_by.append(hint_id)
    attrs = {}
    if field.errors:
        described_by.append(error_id)
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def tel_uri(number):
    """'(0754) 61020' -> '075461020', '+62 811 …' -> '+62811…', for tel: links."""
    return "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")


@register.filter
def json_ld(data):
    """JSON for a <script type="application/ld+json"> block, escaped so it cannot close the tag."""
    text = json.dumps(data, cls=DjangoJSONEncoder).translate(_json_script_escapes)
    return mark_safe(text)  # noqa: S308  (<, > and & escaped above)  # nosec B308, B703
