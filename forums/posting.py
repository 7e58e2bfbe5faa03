"""Who may write what, and where new text starts: the rules shared by forum posts and consultation comments.

- Only signed-in residents with a display name (forums.Profile) write; a suspended one may not.
- New accounts are pre-moderated: their first PREMODERATED_POSTS texts, and anything written in the
  first NEW_ACCOUNT_HOURS hours, wait for a moderator. Staff are never pre-moderated.
- Rate limits per user and per address (settings.FORUM_LIMITS), tighter for new accounts.
- The same text twice from the same person within DUPLICATE_MINUTES is refused.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from home.ratelimit import client_ip, hit

from .models import ConsultationComment, Post, Profile, State

NEW_ACCOUNT_HOURS = 24
PREMODERATED_POSTS = 2
DUPLICATE_MINUTES = 10
MAX_LENGTH = 10_000  # characters in one post or comment; stated on the forms


def profile_of(user) -> Profile | None:
    if not user.is_authenticated:
        return None
    try:
        return user.forum_profile
    except Profile.DoesNotExist:
        return None


def refusal(user) -> str | None:
    """Why `user` may not write now, or None. (Being signed in is checked by the view's login_required.)"""
    profile = profile_of(user)
    if profile is None:
        return _("Choose a display name in your profile before you write.")
    if profile.is_suspended:
        return _("Your account is suspended until %(date)s.") % {
            "date": timezone.localtime(profile.suspended_until).strftime("%d-%m-%Y %H:%M")
        }
    return None


def display_name(user) -> str:
    """The name the site shows for an author: their display name, never their email or username."""
    if user is None:
        return str(_("Deleted user"))  # the account was deleted; its posts stay (UU 27/2022)
    profile = getattr(user, "forum_profile", None)  # None when the user has no Profile
    return profile.display_name if profile else str(_("Resident"))


def nofollow(author, published: bool) -> bool:
    """Links from young accounts and from texts that waited for a moderator earn no search credit."""
    if author is None or not published:
        return True
    return not author.is_staff and author.date_joined > timezone.now() - timedelta(hours=NEW_ACCOUNT_HOURS)


def is_new_account(user) -> bool:
    """Younger than NEW_ACCOUNT_HOURS, or fewer than PREMODERATED_POSTS published texts so far."""
    if user.is_staff:
        return False
    if user.date_joined > timezone.now() - timedelta(hours=NEW_ACCOUNT_HOURS):
        return True
    published = Post.objects.filter(author=user, state=State.PUBLISHED).count()
    if published >= PREMODERATED_POSTS:
        return False
    published += ConsultationComment.objects.filter(author=user, state=State.PUBLISHED).count()
    return published < PREMODERATED_POSTS


def initial_state(user) -> str:
    return State.PENDING if is_new_account(user) else State.PUBLISHED


def rate_limited(request, action: str) -> bool:
    """Count one `action` ("topic", "reply", "comment", "flag", "vote"); True when over the day's limit."""
    new, established = settings.FORUM_LIMITS[action]
    limit = new if is_new_account(request.user) else established
    day = 24 * 60 * 60
    over_user = hit(f"forum-{action}", f"user-{request.user.pk}", limit, day)
    # Per address, generously: a village office or a campus may share one address.
    over_ip = hit(f"forum-{action}", f"ip-{client_ip(request)}", established * 5, day)
    return over_user or over_ip


def is_duplicate(user, body: str) -> bool:
    """The same text (ignoring surrounding space) from `user` in the last DUPLICATE_MINUTES minutes."""
    since = timezone.now() - timedelta(minutes=DUPLICATE_MINUTES)
    body = body.strip()
    return (
        Post.objects.filter(author=user, created_at__gte=since, body=body).exists()
        or ConsultationComment.objects.filter(author=user, created_at__gte=since, body=body).exists()
    )
