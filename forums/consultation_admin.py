"""Consultation comments for staff in the Wagtail admin: list and CSV/XLSX export.

Read-only here (moderators approve and hide comments in the moderation queue). Staff see the list
with Wagtail's "view" permission on ConsultationComment; the export carries the resident's public
display name only, never their email address or other account data (UU 27/2022: the minimum).
"""

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from .models import ConsultationComment, ConsultationPage, State
from .posting import display_name

EXPORT_HEADINGS = {
    "page": _("Consultation"),
    "question": _("Question"),
    "author": _("Display name"),
    "created_at": _("Created"),
    "state": _("Moderation"),
    "body": _("Comment"),
}


class ConsultationCommentFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        label=_("Consultation"),
        queryset=lambda request: ConsultationPage.objects.order_by("-opens_at").select_related("locale"),
    )
    state = django_filters.ChoiceFilter(label=_("Moderation"), choices=State.choices, empty_label=_("All"))

    class Meta:
        model = ConsultationComment
        fields = ["page", "state"]


class ConsultationCommentIndexView(IndexView):
    export_headings = EXPORT_HEADINGS
    list_export = list(EXPORT_HEADINGS)
    export_filename = "komentar-konsultasi"
    default_ordering = "-created_at"

    def get_base_queryset(self):
        return ConsultationComment.objects.select_related("page", "question", "author__forum_profile")

    @property
    def columns(self):
        return [
            Column("body", label=_("Comment"), accessor=lambda comment: comment.body[:120]),
            Column("page", label=_("Consultation"), accessor="page.title"),
            Column("question", label=_("Question"), accessor=lambda c: c.question.text if c.question else ""),
            Column("author", label=_("Display name"), accessor=lambda item: display_name(item.author)),
            Column("state", label=_("Moderation"), accessor="get_state_display", sort_key="state"),
            DateColumn("created_at", label=_("Created"), sort_key="created_at"),
        ]

    def to_row_dict(self, item):
        return {
            "page": item.page.title,
            "question": item.question.text if item.question else _("General comment"),
            "author": display_name(item.author),
            "created_at": timezone.localtime(item.created_at).replace(tzinfo=None),
            "state": item.get_state_display(),
            "body": item.body,
        }


class ConsultationCommentViewSet(ModelViewSet):
    model = ConsultationComment
    icon = "comment"
    menu_label = _("Consultation comments")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = ConsultationCommentIndexView
    filterset_class = ConsultationCommentFilterSet
    search_fields = ["body"]
    list_per_page = 50
    copy_view_enabled = False

    def get_index_view_kwargs(self, **kwargs):
        # Only the list: no add, edit or delete buttons pointing at views that do not exist here.
        no_views = dict.fromkeys(
            ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name", "usage_url_name")
        )
        return super().get_index_view_kwargs(**no_views, **kwargs)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]


@hooks.register("register_admin_viewset")
def register_consultation_comment_viewset():
    return ConsultationCommentViewSet("consultation_comments")


@hooks.register("register_permissions")
def consultation_comment_permissions():
    return Permission.objects.filter(content_type__app_label="forums", codename="view_consultationcomment")
