"""The "Service performance" block on service pages (templates/services_catalog/service_page.html).

A template tag rather than page context: services_catalog does not import feedback (DESIGN.md).
"""

from django import template

from ..performance import service_performance

register = template.Library()


@register.simple_tag
def performance_of(service):
    """The service's figures from the cache (no query when it is warm), or None; see feedback.performance."""
    return service_performance(service)
