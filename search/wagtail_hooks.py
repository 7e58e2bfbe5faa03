"""The search back office: synonym groups as a snippet, and the "Searches without results" report.

Wagtail's search_promotions app adds its own "Search terms" report (popular queries, superusers only)
under Reports and "Promoted search results" (best bets) under Settings.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import query
from .admin_views import ZeroResultReportView
from .models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 230
    add_to_admin_menu = True
    url_namespace = "search_synonyms"
    list_display = ["terms", "locale"]
    search_fields = ["terms"]
    # No list_filter: Wagtail adds its locale filter (by language code) to translatable snippets itself.


register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_urls")
def zero_result_report_urls():
    return [
        path("reports/pencarian-tanpa-hasil/", ZeroResultReportView.as_view(), name="search_zero_results"),
        path(
            "reports/pencarian-tanpa-hasil/results/",
            ZeroResultReportView.as_view(results_only=True),
            name="search_zero_results_results",
        ),
    ]


class ZeroResultReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.add_synonymgroup") or request.user.has_perm(
            "search.change_synonymgroup"
        )


@hooks.register("register_reports_menu_item")
def zero_result_report_menu_item():
    return ZeroResultReportMenuItem(
        _("Searches without results"), reverse("search_zero_results"), icon_name="search", order=1310
    )


@hooks.register("search_by_words")
def search_by_words(queryset, text, language):
    """The site search's matching for another app's list that cannot import this app (the service
    index, services_catalog.filters: this app reads the catalogue). Returns (the matches in
    `queryset`, best first; the editors' best bets), or None when `text` holds no words."""
    words = query.clean(text)
    if not words:
        return None
    return query.RankedResults(queryset, query.expand(words, language)), list(query.best_bets(words))
