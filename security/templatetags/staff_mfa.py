from django import template
from django.urls import reverse

from ..mfa import NEXT_SESSION_KEY, has_admin_access, needs_second_factor

register = template.Library()


@register.simple_tag(takes_context=True)
def staff_continue_url(context) -> str:
    """Where a member of staff goes after enrolling: the page they were sent away from."""
    request = context["request"]
    if not needs_second_factor(request.user):
        return ""
    if next_url := request.session.get(NEXT_SESSION_KEY):
        return next_url
    return reverse("wagtailadmin_home") if has_admin_access(request.user) else ""
