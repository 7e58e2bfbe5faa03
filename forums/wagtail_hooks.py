from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import consultation_admin, moderation_admin  # noqa: F401  (they register their admin views)
from .models import Category


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Forum categories")
    list_display = ["name", "sort_order", "staff_only"]
    ordering = ["sort_order", "name"]


register_snippet(CategoryViewSet)
