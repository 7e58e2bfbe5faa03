from django import template
from django.utils.translation import get_language

from wagtail.models import Page

from home.cache import cached
from security.masking import mask_nik

register = template.Library()


@register.filter
def stored_file(stored_files, field_name):
    """The name of a file already uploaded in an earlier visit to this step, if any."""
    stored = (stored_files or {}).get(field_name)
    return stored.name if stored else ""


@register.filter
def masked_nik(nik):
    return mask_nik(nik) if nik else ""


@register.simple_tag
def privacy_policy_url():
    """The privacy notice in the active language (the demo's slugs; editors may move it)."""
    language = get_language()
    return cached(
        f"privacy-url:{language}",
        lambda: next(
            (
                page.url
                for page in Page.objects.live().filter(
                    slug__in=["kebijakan-privasi", "privacy-policy"], locale__language_code=language
                )[:1]
            ),
            "",
        ),
    )
