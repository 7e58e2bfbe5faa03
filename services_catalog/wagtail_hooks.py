from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .export import COLUMNS, export_row
from .models import Agency, HelpfulVote, ServiceCategory, ServicePage


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies (OPD)")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "short_name", "phone", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "short_name"]


class ServiceCategoryViewSet(SnippetViewSet):
    model = ServiceCategory
    icon = "tag"
    menu_label = _("Service categories")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order", "locale"]
    list_filter = ["locale", "icon"]
    search_fields = ["name"]


register_snippet(AgencyViewSet)
register_snippet(ServiceCategoryViewSet)


class HelpfulVoteViewSet(ModelViewSet):
    """Residents' answers to "Was this page helpful?", read-only for editors."""

    model = HelpfulVote
    icon = "comment"
    menu_label = _("Page feedback")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["page", "helpful", "comment", "language", "created_at"]
    list_filter = ["helpful", "language", "created_at", "page"]
    search_fields = ["comment"]
    inspect_view_enabled = True
    list_export = ["page", "helpful", "comment", "language", "created_at"]
    form_fields = ["helpful", "comment"]

    def get_queryset(self, request):
        return HelpfulVote.objects.select_related("page")


helpful_vote_viewset = HelpfulVoteViewSet("helpful_votes")


@hooks.register("register_admin_viewset")
def register_helpful_vote_viewset():
    return helpful_vote_viewset


@hooks.register("register_permissions")
def helpful_vote_permissions():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="services_catalog", codename__endswith="helpfulvote"
    )


class CatalogueReportView(ReportView):
    """The whole catalogue, one row per service, exportable as CSV or XLSX (the SIPPN register's shape)."""

    page_title = _("Service catalogue")
    header_icon = "list-ul"
    index_url_name = "services_catalog_report"
    index_results_url_name = "services_catalog_report_results"
    export_filename = "katalog-layanan"
    list_export = [key for key, _heading in COLUMNS]
    export_headings = dict(COLUMNS)
    columns = [
        TitleColumn(
            "title",
            label=_("Service"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("agency", label=_("Agency"), accessor="agency.short_name"),
        Column("category", label=_("Category")),
        NumberColumn("processing_days", label=_("Working days")),
        NumberColumn("cost", label=_("Cost (rupiah)")),
        BooleanColumn("online_application", label=_("Online")),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
    ]

    def get_queryset(self):
        return ServicePage.objects.select_related("agency", "category", "locale").order_by(
            "locale_id", "title"
        )

    def to_row_dict(self, item):
        return export_row(item, self.request)


class HelpfulnessReportView(ReportView):
    page_title = _("Helpfulness of service pages")
    header_icon = "comment"
    index_url_name = "services_catalog_helpfulness"
    index_results_url_name = "services_catalog_helpfulness_results"
    export_filename = "kegunaan-halaman-layanan"
    list_export = ["title", "yes_count", "no_count", "comment_count"]
    export_headings = {
        "title": _("Service"),
        "yes_count": _("Helpful"),
        "no_count": _("Not helpful"),
        "comment_count": _("Comments"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Service"),
            get_url=lambda page: reverse("helpful_votes:index") + f"?page={page.pk}",
        ),
        NumberColumn("yes_count", label=_("Helpful")),
        NumberColumn("no_count", label=_("Not helpful")),
        NumberColumn("comment_count", label=_("Comments")),
    ]

    def get_queryset(self):
        return (
            ServicePage.objects.annotate(
                yes_count=Count("helpful_votes", filter=Q(helpful_votes__helpful=True)),
                no_count=Count("helpful_votes", filter=Q(helpful_votes__helpful=False)),
                comment_count=Count("helpful_votes", filter=~Q(helpful_votes__comment="")),
            )
            .filter(Q(yes_count__gt=0) | Q(no_count__gt=0))
            .order_by("-no_count", "title")
        )


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path("reports/katalog-layanan/", CatalogueReportView.as_view(), name="services_catalog_report"),
        path(
            "reports/katalog-layanan/results/",
            CatalogueReportView.as_view(results_only=True),
            name="services_catalog_report_results",
        ),
        path(
            "reports/kegunaan-layanan/", HelpfulnessReportView.as_view(), name="services_catalog_helpfulness"
        ),
        path(
            "reports/kegunaan-layanan/results/",
            HelpfulnessReportView.as_view(results_only=True),
            name="services_catalog_helpfulness_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def catalogue_report_menu_item():
    return MenuItem(
        _("Service catalogue"), reverse("services_catalog_report"), icon_name="list-ul", order=900
    )


@hooks.register("register_reports_menu_item")
def helpfulness_report_menu_item():
    return MenuItem(
        _("Helpfulness of service pages"),
        reverse("services_catalog_helpfulness"),
        icon_name="comment",
        order=910,
    )
