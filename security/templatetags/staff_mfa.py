from django import template
from django.urls import reverse

from ..mfa import NEXT_SESSION_KEY, has_admin_access

register = template.Library()


@register.simple_tag(takes_context=True)
def staff_continue_url(context) -> str:
    """Where a member of staff goes after enrolling: the admin page they were sent away from."""
    request = context["request"]
    if not has_admin_access(request.user):
        return ""
    return request.session.get(NEXT_SESSION_KEY) or reverse("wagtailadmin_home")
