"""One rate limit for every open-data request (downloads and the Wagtail API), per visitor address.

Generous for scripts that page through the API, but a runaway loop cannot keep the database busy.
"""

from django.http import JsonResponse
from django.utils.translation import gettext

from home.ratelimit import client_ip, hit

REQUESTS_PER_PERIOD = 60
PERIOD = 60  # seconds


def over_limit(request) -> bool:
    """Count this request; True once the visitor has made more than the limit in the current period."""
    return hit("open-data", client_ip(request), REQUESTS_PER_PERIOD, PERIOD)


def too_many_requests() -> JsonResponse:
    """429 in the shape Django REST framework's throttling answers with, so clients see one format."""
    message = gettext("Too many requests. Try again in %(seconds)d seconds.") % {"seconds": PERIOD}
    response = JsonResponse({"detail": message}, status=429)
    # The window is fixed, so it resets within PERIOD seconds; this is the longest wait.
    response["Retry-After"] = str(PERIOD)
    return response
