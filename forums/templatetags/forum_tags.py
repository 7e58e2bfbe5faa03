"""Template helpers for forum pages: names, post text, addresses and page links."""

from django import template
from django.utils.text import Truncator

from forums import posting, rendering, threads
from forums.models import State

register = template.Library()


register.filter("display_name", posting.display_name)


def _nofollow(post):
    return posting.nofollow(post.author, published=post.state == State.PUBLISHED)


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
