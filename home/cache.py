"""Cache of data shown on many pages (menu, footer, banners, lists of categories).

Every entry's key carries a content version that changes whenever editors publish, move or delete
a page or save a snippet or setting, so nothing stale is ever shown and nothing needs to be
purged key by key. Full-page caching for anonymous visitors is a separate concern (issue #10).
"""

import hashlib
import time

from django.core.cache import cache

from wagtail.models import PageViewRestriction

VERSION_KEY = "content-version"
TIMEOUT = 6 * 60 * 60


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_content_version(**kwargs):
    """Signal receiver: any published content change makes every cached fragment stale."""
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def cached(name: str, compute, timeout: int = TIMEOUT):
    """Return compute() for `name`, cached until the content changes (or `timeout` seconds)."""
    if len(name) > 150 or not name.isascii() or " " in name:  # lists of ids, long paths, queries
        name = hashlib.sha256(name.encode()).hexdigest()
    return cache.get_or_set(f"content:{content_version()}:{name}", compute, timeout)


def restricted_paths() -> list[str]:
    """Tree paths of pages behind a password or login: they and their subtrees are not public."""
    return cached(
        "restricted-paths", lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True))
    )
