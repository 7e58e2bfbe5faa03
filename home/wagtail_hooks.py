from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
