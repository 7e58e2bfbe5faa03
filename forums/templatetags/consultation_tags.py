"""Template tags that show consultations on pages of other apps (home/ knows nothing of forums)."""

from django import template
from django.utils.translation import get_language

from forums.consultations import index_url_of, open_consultations

register = template.Library()


@register.inclusion_tag("forums/includes/consultation_open_list.html", takes_context=True)
def open_consultations_section(context, heading_id="konsultasi-terbuka"):
    """Consultations open now in the active language (at most three); nothing when there are none.

    Cached until content changes, so on a warm cache it costs no query.
    """
    consultations = open_consultations(context["request"], get_language())
    return {
        "consultations": consultations,
        "index_url": index_url_of(consultations[0]["url"]) if consultations else "",
        "heading_id": heading_id,
    }
