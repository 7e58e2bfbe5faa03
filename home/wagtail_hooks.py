from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import page_cache
from .cache import restricted_paths
from .models import AnnouncementCategory, FooterText


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    menu_label = _("Footer texts")
    list_display = ["title", "locale"]


register_snippet(FooterTextViewSet)


class AnnouncementCategoryViewSet(SnippetViewSet):
    model = AnnouncementCategory
    icon = "tag"
    menu_label = _("Announcement categories")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(AnnouncementCategoryViewSet)


@hooks.register("before_serve_page")
def allow_page_cache(page, request, serve_args, serve_kwargs):
    """A page without view restrictions is the same for every anonymous visitor (home.page_cache)."""
    if page_cache.cacheable_request(request) and not page.path.startswith(tuple(restricted_paths())):
        request.cache_public = True
