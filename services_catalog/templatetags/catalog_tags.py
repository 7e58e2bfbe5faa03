from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode
from django.utils.translation import get_language

from home.cache import cached

from ..models import ServiceCategory, ServiceIndexPage

register = template.Library()


def _index_url(request, language):
    return cached(
        f"service-index-url:{language}",
        lambda: next(
            (
                page.get_url(request)
                for page in ServiceIndexPage.objects.live().filter(locale__language_code=language)[:1]
            ),
            "",
        ),
    )


@register.simple_tag(takes_context=True)
def service_index_url(context):
    """The service catalogue in the active language, or "" when there is none."""
    return _index_url(context["request"], get_language())


@register.simple_tag(takes_context=True)
def service_categories(context):
    """Categories in the active language, each linking to the catalogue filtered on it."""
    language = get_language()
    index_url = _index_url(context["request"], language)
    if not index_url:
        return []
    return cached(
        f"service-categories:{language}",
        lambda: [
            {
                "name": category.name,
                "icon": category.icon,
                "description": category.description,
                "url": f"{index_url}?{urlencode({'kategori': category.slug})}",
            }
            for category in ServiceCategory.objects.filter(locale__language_code=language)
        ],
    )


@register.filter
def rupiah(amount):
    """12500 -> 'Rp12.500', the Indonesian way of writing amounts."""
    return "Rp" + f"{int(amount):,}".replace(",", ".")


@register.simple_tag
def service_feedback_url():
    """The aspiration form, once the submissions app provides it; "" until then."""
    try:
        return reverse("feedback:report")
    except NoReverseMatch:
        return ""
