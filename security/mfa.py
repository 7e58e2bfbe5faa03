"""Two-factor sign-in for staff: no staff session does anything before its second factor.

django-allauth's MFA does the work (enrolment, the code step at sign-in, recovery codes); this module
makes it compulsory for everyone with admin access and lets a superuser reset a lost factor. Residents
may enrol too, from their account page, but are never asked to.

The rule is "this session passed the second factor", not "this account has an authenticator": allauth
records each step of a sign-in in the session (method "mfa" for the code step), and a password
accepted anywhere else (Wagtail's `/_util/login/` for private pages, a future sign-in path) records
none, so it opens nothing. It holds on every URL, not only /admin/ (StaffMFAMiddleware): attachments,
the forum's pending posts and official answers are staff powers too. Staff-only views outside /admin/
also carry @staff_required, which refuses anyone without admin access with a 403.
"""

import time
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from allauth.mfa.utils import decrypt

ADMIN_PREFIX = "/admin/"
# Pages under /admin/ a member of staff without a factor may still open: signing in and out.
ADMIN_PATHS_WITHOUT_MFA = ("/admin/login/", "/admin/logout/")
# Elsewhere (by URL name, in either language): signing in and out, the code step, and enrolment with
# the password asked again before it.
URL_NAMES_WITHOUT_MFA = frozenset(
    {
        "account_login",
        "account_logout",
        "account_reauthenticate",
        "mfa_authenticate",
        "mfa_reauthenticate",
        "mfa_activate_totp",
    }
)
# Where to send them once enrolled (read by the recovery codes page, see templatetags/staff_mfa.py).
NEXT_SESSION_KEY = "security.mfa_next"
RESET_ACTION = "security.mfa_reset"
ENROL_MESSAGE = _(
    "Staff accounts need two-factor sign-in. Set up an authenticator app on your phone to continue."
)
# allauth's record of the code step in the session (allauth.account.internal.flows.login).
MFA_METHOD = "mfa"


def has_admin_access(user) -> bool:
    """Whether `user` may open the Wagtail admin: what makes an account worth protecting harder."""
    return user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin")


def needs_second_factor(user) -> bool:
    """Staff: everyone with admin access, and anyone marked `is_staff`, whom the forum gives staff
    powers (pending posts, answering as an agency) even without admin access."""
    return user.is_authenticated and user.is_active and (user.is_staff or has_admin_access(user))


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def admin_login(request):
    """Wagtail's sign-in page, replaced: staff sign in through allauth, with its lockout and code step."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = reverse("wagtailadmin_home")
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


def passed_second_factor(request) -> bool:
    """Whether the signed-in user typed a code of their authenticator app (or a recovery code) in
    this session: at sign-in, when asked again, or when enrolling."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == MFA_METHOD for record in records)


def second_factor_response(request):
    """None if this staff session passed its second factor and the app is still theirs (a reset or
    removal sends them to enrol again at once); else where to go first: the code step if they have an
    authenticator app, enrolment if not. Back to this page afterwards."""
    enrolled = has_totp(request.user)
    if enrolled and passed_second_factor(request):
        return None
    # Only a page can be returned to; a form post or a JSON call goes back to the dashboard.
    if request.method == "GET":
        next_url = request.get_full_path()
    else:
        next_url = ADMIN_PREFIX if request.path_info.startswith(ADMIN_PREFIX) else "/"
    if enrolled:
        return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': next_url})}")
    request.session[NEXT_SESSION_KEY] = next_url
    messages.warning(request, ENROL_MESSAGE)
    return redirect("mfa_activate_totp")


def _may_be_staff(request) -> bool:
    """A first look that costs residents' requests no permission query: admin access was worked out
    at sign-in (security.sessions). /admin/ and @staff_required ask afresh."""
    from .sessions import ADMIN_ACCESS_KEY  # security.sessions imports this module

    user = request.user
    return user.is_staff or user.is_superuser or bool(request.session.get(ADMIN_ACCESS_KEY))


class StaffMFAMiddleware:
    """No staff session does anything before its second factor, on any URL; and a signed-in user
    without admin access gets a 403 under /admin/.

    A middleware rather than a check in the views: it also covers the admin's JSON endpoints,
    choosers and the back office, the public pages where staff see more (the forum's pending posts),
    and any screen added later. The 403: Wagtail sends such a user to sign in, and the sign-in page,
    seeing them signed in, sends them back: a redirect loop.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated or _without_mfa(request):
            return None
        in_admin = request.path_info.startswith(ADMIN_PREFIX)
        if in_admin and not has_admin_access(request.user):
            raise PermissionDenied
        if (in_admin or _may_be_staff(request)) and needs_second_factor(request.user):
            return second_factor_response(request)
        return None


def _without_mfa(request) -> bool:
    match = request.resolver_match
    return request.path_info.startswith(ADMIN_PATHS_WITHOUT_MFA) or (
        match is not None and match.url_name in URL_NAMES_WITHOUT_MFA
    )


def staff_required(view):
    """For staff-only views outside /admin/ (a citizen's files): visitors are sent to sign in, signed-in
    people without admin access get a 403 (never a redirect: the sign-in page would send them back),
    staff must have passed their second factor in this session."""

    @wraps(view)
    def staff_view(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_admin_access(request.user):
            raise PermissionDenied
        return second_factor_response(request) or view(request, *args, **kwargs)

    return staff_view


def record_enrolment(sender, request, user, authenticator, **kwargs):
    """allauth.mfa's authenticator_added: typing the new app's first code is a second factor passed in
    this session, recorded as allauth records the code step, so enrolling does not ask for a code twice."""
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        record_authentication(request, user, MFA_METHOD, id=authenticator.pk, type=authenticator.type)


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
