"""Staff sessions end after STAFF_SESSION_IDLE_MINUTES without a request (default 30).

An admin session left open on a shared office computer gives access to residents' personal data;
a resident's own session gives access to their own data only, so theirs keep Django's normal length.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext_lazy as _

from .mfa import has_admin_access

LAST_SEEN_KEY = "security.staff_last_seen"
# Whether the signed-in user has admin access, worked out once per sign-in: residents' requests then
# cost no permission queries. Django's login() empties the session when another user signs in.
ADMIN_ACCESS_KEY = "security.admin_access"
# The last-seen time is written at most this often: not one session save per admin request.
WRITE_EVERY_SECONDS = 60
SIGNED_OUT_MESSAGE = _(
    "You were signed out after %(minutes)d minutes without activity. Please sign in again."
)


class StaffIdleTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and self._has_admin_access(request):
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY)
            minutes = settings.STAFF_SESSION_IDLE_MINUTES
            if last_seen is not None and now - last_seen > minutes * 60:
                logout(request)
                messages.info(request, SIGNED_OUT_MESSAGE % {"minutes": minutes})
                return redirect_to_login(request.get_full_path())
            if last_seen is None or now - last_seen >= WRITE_EVERY_SECONDS:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)

    @staticmethod
    def _has_admin_access(request) -> bool:
        if ADMIN_ACCESS_KEY not in request.session:
            request.session[ADMIN_ACCESS_KEY] = has_admin_access(request.user)
        return request.session[ADMIN_ACCESS_KEY]


def start_staff_session(sender, request, user, **kwargs):
    """user_logged_in: record both facts at sign-in, so the first admin request writes nothing."""
    if request is not None and hasattr(request, "session"):
        request.session[ADMIN_ACCESS_KEY] = has_admin_access(user)
        request.session[LAST_SEEN_KEY] = int(time.time())
