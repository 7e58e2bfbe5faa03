"""Failed sign-ins: a pause an attacker cannot turn against the account's owner.

allauth counts wrong passwords per account (ACCOUNT_RATE_LIMITS "login_failed", 5 in 5 minutes) and
per address. On its own, that count lets anyone who knows an email address keep its owner out, five
wrong passwords every five minutes; and the per-address count lets one person behind a carrier's
shared address block everyone there. So:

- the per-address limit is high (many residents share an address), the per-account one stays low;
- when an account is paused, its owner gets an email (at most one an hour) with a link. Opening it
  vouches for the browser it is opened in: that browser's attempts on the account then count on their
  own (the same 5 in 5 minutes), never against the account's pause, so the owner signs in at once
  with their password (and second factor) while the attacker stays paused. The link is single-use
  (its token changes with the password and the last sign-in, as Django's password-reset tokens do);
- a signed-in session (re-authenticating before a sensitive change) is vouched for the same way;
- resetting the password also ends the pause (allauth).

Nothing is ever locked for good, and no limit stops the owner from their own browser.
"""

import hashlib
import secrets

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.cache import cache
from django.db.models import Q
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import base36_to_int, int_to_base36
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from allauth.account.models import EmailAddress
from allauth.core.internal import ratelimit

from home.site_url import absolute_url

# In the session: {hash of a login (email or username): this browser's own counter id}.
VOUCHED_SESSION_KEY = "vouched_logins"
UNLOCK_EMAIL_EVERY = 60 * 60  # seconds: at most one unlock email an hour per account


class UnlockTokenGenerator(PasswordResetTokenGenerator):
    """Django's reset tokens (password and last sign-in in the hash), salted for this one use."""

    key_salt = "security.lockout.UnlockTokenGenerator"


unlock_tokens = UnlockTokenGenerator()


def _login_hash(login: str) -> str:
    return hashlib.sha256(login.strip().lower().encode()).hexdigest()


def _login_of(credentials: dict) -> str:
    return credentials.get("email") or credentials.get("username") or ""


def counted_key(adapter, request, credentials: dict) -> tuple[str, bool]:
    """The key failed attempts count against, and whether this browser was vouched for.

    The account's own key (allauth's), unless the owner vouched for this browser: the unlock link was
    opened in it, or it is signed in to this account (re-authentication).
    """
    key = adapter._get_login_attempts_cache_key(request, **credentials)
    login = _login_of(credentials)
    session = getattr(request, "session", None)
    own = session.get(VOUCHED_SESSION_KEY, {}).get(_login_hash(login)) if session is not None else None
    user = getattr(request, "user", None)
    signed_in = own is None and user is not None and user.is_authenticated and session is not None
    if signed_in and login.lower() in _logins_of(user):
        own = f"signed-in-{session.session_key}"
    return (f"{key}:browser:{own}", True) if own else (key, False)


def pre_authenticate(adapter, request, credentials: dict) -> None:
    """Count this attempt (allauth's pre_authenticate, on the key above); refuse it past the limit, and
    then tell the owner of a paused account how to sign in anyway."""
    key, vouched = counted_key(adapter, request, credentials)
    # allauth's own counter (its adapter rolls the attempt back when the password is right).
    adapter._login_failed_rl_usage = ratelimit.consume(
        request, app="allauth.account", action="login_failed", key=key
    )
    if not adapter._login_failed_rl_usage:
        if not vouched:
            send_unlock_email(adapter, request, _login_of(credentials))
        raise adapter.validation_error("too_many_login_attempts")


def _users_for(login: str):
    login = login.strip()
    if not login:
        return []
    addresses = EmailAddress.objects.filter(email__iexact=login).values("user_id")
    users = get_user_model().objects.filter(is_active=True)
    return list(users.filter(Q(pk__in=addresses) | Q(email__iexact=login) | Q(username__iexact=login)))


def _logins_of(user) -> set[str]:
    emails = EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    return {login.lower() for login in [user.get_username(), user.email, *emails] if login}


def send_unlock_email(adapter, request, login: str) -> None:
    """Email the owner of the paused account `login` (if there is one) a link to sign in anyway."""
    for user in _users_for(login):
        address = EmailAddress.objects.filter(user=user, primary=True).first()
        email = address.email if address else user.email
        if not email or not cache.add(f"lockout:unlock-email:{user.pk}", 1, UNLOCK_EMAIL_EVERY):
            continue
        # In the site's language: the attempt that paused the account may not be the owner's.
        with translation.override(settings.LANGUAGE_CODE):
            path = reverse("accounts:unlock", args=[int_to_base36(user.pk), unlock_tokens.make_token(user)])
            context = {"user": user, "unlock_url": absolute_url(path)}
            adapter.send_mail("security/email/unlock", email, context)


def _user_for_link(uidb36: str, token: str):
    try:
        user = get_user_model().objects.filter(is_active=True).get(pk=base36_to_int(uidb36))
    except (ValueError, get_user_model().DoesNotExist):
        return None
    return user if unlock_tokens.check_token(user, token) else None


@never_cache
@require_http_methods(["GET", "POST"])
def unlock(request, uidb36, token):
    """The link in the unlock email: a button (mail scanners open links, only people press buttons)
    that vouches for this browser, then the sign-in page."""
    user = _user_for_link(uidb36, token)
    if user is None:
        return render(request, "security/unlock.html", {"valid": False}, status=400)
    if request.method == "POST":
        vouched = dict(request.session.get(VOUCHED_SESSION_KEY, {}))
        own = secrets.token_hex(8)
        vouched.update({_login_hash(login): own for login in _logins_of(user)})
        request.session[VOUCHED_SESSION_KEY] = vouched
        messages.success(request, _("You can sign in from this browser now."))
        return redirect("account_login")
    return render(request, "security/unlock.html", {"valid": True})
