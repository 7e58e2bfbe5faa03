"""RSS feeds, and how plain text goes into them.

In RSS 2.0 readers take an item's title and description as HTML (after the XML entities are decoded),
while our subjects, titles, summaries and answers are plain text typed by people. So each is escaped
once for HTML here and once more for XML by the feed generator, and line breaks become <br>/<p>: a
reader then shows "<b>" as the characters typed, never as markup or a script. (Django's own default
`Feed.item_title` escapes for the same reason, Django ticket #6533; overriding it drops that.)
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape, linebreaks

from .site_url import absolute_url


def feed_title(text: str) -> str:
    """Plain text as an RSS title: escaped for the readers that render titles as HTML."""
    return escape(text)


def feed_description(text: str) -> str:
    """Plain text as an RSS description (HTML): escaped, its paragraphs and line breaks kept."""
    return linebreaks(text, autoescape=True)


class AnnouncementFeed(Feed):
    """RSS 2.0 feed of an announcement index, in the index's language."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.seo_title or self.index_page.title

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return absolute_url(self.request.path)

    def description(self):
        return self.index_page.intro or self.index_page.title

    def items(self):
        return self.index_page.announcements()[: self.index_page.FEED_ITEMS]

    def item_title(self, item):
        return feed_title(item.title)

    def item_description(self, item):
        return feed_description(item.summary)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_categories(self, item):
        return [item.category.name] if item.category else []
