from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from home.site_url import absolute_url

# RFC 9116 asks for an Expires less than a year ahead, so that a forgotten file goes stale. The file
# is built from the live configuration, so it is renewed as long as the site runs.
SECURITY_TXT_DAYS = 180


@require_GET
def security_txt(request):
    """/.well-known/security.txt (RFC 9116): where to report a vulnerability in this site."""
    expires = datetime.combine(timezone.now().date() + timedelta(days=SECURITY_TXT_DAYS), time(), UTC)
    lines = [f"Contact: {contact}" for contact in settings.SECURITY_CONTACT]
    lines += [
        f"Expires: {expires.isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: id, en",
        f"Canonical: {absolute_url(request.path)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
