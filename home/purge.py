"""Which cached pages an edit affects: purged from the page cache (home.page_cache) and from a CDN.

A published, unpublished, moved or deleted page affects, in every language it exists in: itself
(with its routable sub-pages, `get_cached_paths`), its ancestors (the listings and the home page that
show it), its descendants (their breadcrumbs show its title; a move changes their addresses), the
pages that link to or embed it (Wagtail's reference index) and the search results. A page in the main
menu, or the home page itself, affects every page. An edited snippet affects the pages that
reference it, plus the listings its app names (see `purge_object`).

Paths are purged at once and again when the transaction commits: a visitor arriving in between
would otherwise put the old version back in the cache. The CDN is purged too, after the commit, when
WAGTAILFRONTENDCACHE is set.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import reverse
from django.utils.translation import override

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex, Site

from . import page_cache


def in_every_language(paths_of) -> set[str]:
    """The paths `paths_of()` gives with each site language active: reverse() adds the /en/ prefix."""
    paths = set()
    for language, _name in settings.LANGUAGES:
        with override(language):
            paths.update(paths_of())
    return paths


def every_language(url_name: str, *args) -> set[str]:
    """The path of a named URL in every site language: {"/forum/", "/en/forum/"}."""
    return in_every_language(lambda: [reverse(url_name, args=args)])


def page_paths(page) -> set[str]:
    """Every path a page answers on: its URL and its routable sub-pages (e.g. an RSS feed)."""
    url_parts = page.get_url_parts()
    if url_parts is None:
        return set()
    url = url_parts[2]
    return {url + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()}


def paths_of_pages(pages) -> set[str]:
    return set().union(*map(page_paths, pages))


def referencing_pages(objects) -> list:
    """Live pages that link to, embed or choose any of `objects` (Wagtail's reference index)."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = set()
    for obj in objects:
        references = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type)
        ids.update(int(pk) for pk in references.values_list("object_id", flat=True))
    return list(Page.objects.live().filter(pk__in=ids))


def affects_every_page(page) -> bool:
    return page.depth <= 2 or (page.depth == 3 and page.show_in_menus)


def paths_for_page(page) -> set[str]:
    """The paths a change to `page` affects (see the module docstring), in every language."""
    translations = list(Page.objects.filter(translation_key=page.translation_key))
    pages = set(translations)
    for translation in translations:
        pages.update(translation.get_ancestors().filter(depth__gt=1))
        pages.update(translation.get_descendants())
    pages.update(referencing_pages(translations))
    return paths_of_pages(pages) | every_language("search")


def purge_paths(paths) -> None:
    """Purge `paths` now and once the current transaction commits."""
    paths = set(paths)
    page_cache.purge(paths)
    transaction.on_commit(lambda: _purge_committed(paths))


def _purge_committed(paths) -> None:
    page_cache.purge(paths)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        root_url = Site.objects.get(is_default_site=True).root_url
        PurgeBatch(root_url + path for path in paths).purge()


def purge_everything() -> None:
    """For what every page shows (menu, footer, site settings, important notice)."""

    def committed():
        page_cache.purge_all()
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            batch = PurgeBatch()
            batch.add_pages(Page.objects.live().filter(depth__gt=1))
            batch.purge()

    page_cache.purge_all()
    transaction.on_commit(committed)


def purge_page(instance, **kwargs) -> None:
    """Signal receiver for page_published and page_unpublished (also sent when a live page is deleted)."""
    if affects_every_page(instance):
        purge_everything()
    else:
        purge_paths(paths_for_page(instance))


# Page id → its paths before a move in progress (post_page_move gets a freshly loaded instance).
_paths_before_move: dict[int, set[str]] = {}


def remember_paths_before_move(instance, **kwargs) -> None:
    """pre_page_move: the old addresses, purged with the new ones once the move is saved."""
    _paths_before_move[instance.pk] = paths_for_page(instance)


def purge_moved_page(instance, **kwargs) -> None:
    """post_page_move."""
    old_paths = _paths_before_move.pop(instance.pk, set())
    if affects_every_page(instance):
        purge_everything()
    else:
        purge_paths(old_paths | paths_for_page(instance))


def purge_object(obj, listings=()) -> None:
    """A snippet (or image, document) changed: the live pages referencing it and its `listings` paths."""
    translations = [obj]
    if hasattr(obj, "get_translations"):
        translations += list(obj.get_translations())
    purge_paths(set(listings) | paths_of_pages(referencing_pages(translations)))
