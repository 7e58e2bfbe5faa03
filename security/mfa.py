"""Two-factor sign-in for staff: nobody uses the Wagtail admin without an authenticator app.

django-allauth's MFA does the work (enrolment, the code step at sign-in, recovery codes); this module
makes it compulsory for everyone with admin access and lets a superuser reset a lost factor. Residents
may enrol too, from their account page, but are never asked to.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.db import transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from allauth.mfa.utils import decrypt

ADMIN_PREFIX = "/admin/"
# Pages under /admin/ a member of staff without a factor may still open: signing in and out.
ADMIN_PATHS_WITHOUT_MFA = ("/admin/login/", "/admin/logout/")
# Where to send them once enrolled (read by the recovery codes page, see templatetags/staff_mfa.py).
NEXT_SESSION_KEY = "security.mfa_next"
RESET_ACTION = "security.mfa_reset"
ENROL_MESSAGE = _(
    "Staff accounts need two-factor sign-in. Set up an authenticator app on your phone to "
    "continue to the administration."
)


def has_admin_access(user) -> bool:
    """Whether `user` may open the Wagtail admin: what makes an account worth protecting harder."""
    return user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin")


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def admin_login(request):
    """Wagtail's sign-in page, replaced: staff sign in through allauth, with its lockout and code step."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = reverse("wagtailadmin_home")
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


class StaffMFAMiddleware:
    """Sends staff without an authenticator app from any /admin/ URL to enrolment, and back after.

    A middleware rather than a check in the views: it also covers the admin's JSON endpoints,
    choosers and the back office, and any admin screen added later.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith(ADMIN_PREFIX)
            and not path.startswith(ADMIN_PATHS_WITHOUT_MFA)
            and has_admin_access(request.user)
            and not has_totp(request.user)
        ):
            # Only a page can be returned to; a form post or a JSON call goes back to the dashboard.
            request.session[NEXT_SESSION_KEY] = (
                request.get_full_path() if request.method == "GET" else ADMIN_PREFIX
            )
            messages.warning(request, ENROL_MESSAGE)
            return redirect("mfa_activate_totp")
        return self.get_response(request)


def reset_mfa(user, *, by=None, via: str = "admin") -> int:
    """Remove every authenticator of `user`, write it to the audit log and tell them by email.

    For a lost phone: the next time they open the admin they must enrol a new app (StaffMFAMiddleware).
    `by` is the superuser who did it (None from the command line, `via` then says so). Returns how many
    authenticators were removed.
    """
    with transaction.atomic():
        removed = Authenticator.objects.filter(user=user).delete()[0]
        log(instance=user, action=RESET_ACTION, user=by, data={"removed": removed, "via": via})
    if user.email:
        # In the site's default language: a command has no visitor whose language to use.
        with translation.override(settings.LANGUAGE_CODE):
            context = {"user": user, "by": by, "when": timezone.localtime(), "login_url": _login_url()}
            send_mail(
                str(_("Your two-factor sign-in was reset")),
                render_to_string("security/email/mfa_reset.txt", context),
                None,
                [user.email],
            )
    return removed


def _login_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("account_login")


def enrol_totp(user) -> str:
    """Give `user` an authenticator app (allauth's TOTP row) and return its secret, or the secret of the
    one they have: for the tests and the scale-out demo, which play the phone."""
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if existing:
        return decrypt(existing.data["secret"])
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret: str, step: int = 0) -> str:
    """The code the phone app shows now (`step` 30-second periods later: each code works only once)."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD + step))
