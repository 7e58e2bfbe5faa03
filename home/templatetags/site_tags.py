"""Template tags for the parts every page shares: navigation, breadcrumbs, language switch, footer."""

from django import template
from django.conf import settings
from django.db.models import Case, When
from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language, get_language_info, override

from wagtail.models import Page, Site

from home.models import FooterText

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
        items = Page.objects.live().in_menu().filter(depth=3, path__startswith=home_path).order_by("path")
    page = context.get("page")
    current_path = page.path if isinstance(page, Page) else ""
    return {
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "on_home": isinstance(page, Page) and page.depth == 2,
        "page": page,
    }


@register.inclusion_tag("components/breadcrumbs.html")
def breadcrumbs(page):
    """Ancestors below the tree root (depth 1), ending with the current page."""
    ancestors = page.get_ancestors().filter(depth__gt=1) if page.depth > 2 else []
    return {"ancestors": ancestors, "page": page}


MAX_PARAMETER_LENGTH = 200


def _language_home_url(code):
    with override(code):
        return reverse("wagtail_serve", args=[""])


@register.inclusion_tag("components/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to the current page in the other languages, or to their home page when untranslated."""
    request = context["request"]
    page = context.get("page")
    others = [code for code, _name in settings.LANGUAGES if code != get_language()]
    is_page = isinstance(page, Page) and page.pk is not None
    translations = {}
    if is_page:
        translations = {
            p.locale.language_code: p.get_url(request)
            for p in page.get_translations().live().select_related("locale")
        }
    links = []
    for code in others:
        url = translations.get(code)
        if url is None and not is_page and not context.get("error_page"):
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


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    site_settings = context["settings"]["home"]["SiteSettings"]
    footer = None
    if site_settings.footer_id:
        # One query for the translation in the active language, falling back to the chosen text.
        footer = (
            FooterText.objects.filter(
                translation_key__in=FooterText.objects.filter(pk=site_settings.footer_id).values(
                    "translation_key"
                ),
                locale__language_code__in=[get_language(), settings.LANGUAGE_CODE],
            )
            .order_by(Case(When(locale__language_code=get_language(), then=0), default=1))
            .first()
        )
    return {"site_settings": site_settings, "footer": footer}


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current one, with "…" for the gaps (Django's Paginator.ELLIPSIS)."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)


@register.filter
def is_choice_group(field):
    """True for radio buttons and checkbox lists, which need a fieldset and legend."""
    return field.widget_type in ("radioselect", "checkboxselectmultiple")


@register.simple_tag
def described_widget(field, hint_id, error_id):
    """Render the field's widget with aria-describedby/aria-invalid pointing at its hint and error."""
    described_by = []
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
