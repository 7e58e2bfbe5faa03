"""Template helpers for forum pages: names, post text, addresses and page links."""

from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from forums import rendering, threads
from forums.models import Profile, State
from forums.posting import NEW_ACCOUNT_HOURS

register = template.Library()


@register.filter
def display_name(user):
    """The public name of a post's author: their display name, never their email or username."""
    if user is None:
        return _("Deleted user")
    try:
        return user.forum_profile.display_name
    except Profile.DoesNotExist:
        return _("Resident")


def _nofollow(post):
    """Links from young accounts and from posts that waited for a moderator earn no search credit."""
    author = post.author
    if author is None or post.state != State.PUBLISHED:
        return True
    return not author.is_staff and author.date_joined > timezone.now() - timedelta(hours=NEW_ACCOUNT_HOURS)


@register.filter
def post_html(post):
    """The post's text as sanitised HTML (forums.rendering)."""
    return rendering.render(post.body, nofollow=_nofollow(post))


@register.filter
def quote_html(post):
    """The start of a quoted post, sanitised like the post itself."""
    return rendering.render(Truncator(post.body).chars(threads.QUOTE_CHARACTERS), nofollow=_nofollow(post))


@register.filter
def topic_url(topic):
    return threads.topic_url(topic)
