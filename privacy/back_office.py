"""Personal-data requests in the Wagtail admin, for the city's data protection officer.

UU 27/2022 Pasal 53 has the controller (here the city government, not each agency) appoint an officer
for personal data protection; the group "Pejabat Pelindungan Data (PPID/DPO)" (privacy.demo) holds the
one permission that opens these screens, "Can change personal data request". The screens are not
split by agency: a request made through an account covers submissions to several agencies, and the
answer is the city's. Officers of the agencies (Petugas OPD) do not have the permission.

The list filters by kind, status and "overdue" (past the 3×24-hour answer time, still open); the
inspect page shows the submissions concerned, which of them a deletion would keep and why, and the
three answers: send the copy, delete, or refuse with a reason. Each answer is audit-logged.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, Case, Value, When
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.models import ModelLogEntry
from wagtail.permission_policies.base import ModelPermissionPolicy

import django_filters

from home.forms import message_form_errors

from .forms import RefuseForm
from .models import DataRequest
from .processing import AlreadyAnswered, erase, kept_because, refuse, send_copy

PROCESS_PERMISSION = "privacy.change_datarequest"


class DataRequestPermissionPolicy(ModelPermissionPolicy):
    """Whoever may process requests may see them; nobody adds, edits or deletes one through the
    generic admin views: requests come from citizens, and staff answer them through ``process``."""

    def user_has_permission(self, user, action):
        return action == "view" and user.has_perm(PROCESS_PERMISSION)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(["change"])


def with_overdue(queryset, now):
    return queryset.annotate(
        is_overdue=Case(
            When(status=DataRequest.Status.RECEIVED, due_at__lt=now, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


class DataRequestFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Request"),
        choices=DataRequest.Kind.choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=DataRequest.Status.choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    overdue = django_filters.BooleanFilter(
        label=gettext_lazy("Overdue"), method="filter_overdue", widget=BooleanRadioSelect
    )

    class Meta:
        model = DataRequest
        fields = []

    def filter_overdue(self, queryset, name, value):
        return queryset.filter(is_overdue=value)


class DueColumn(Column):
    """The answer time, with "overdue" in words, not by colour alone."""

    def get_value(self, instance):
        due = timezone.localtime(instance.due_at).strftime("%d-%m-%Y %H.%M")
        return f"{due} – {_('overdue')}" if instance.is_overdue else due


class DataRequestIndexView(IndexView):
    default_ordering = "-created_at"

    def get_base_queryset(self):
        queryset = DataRequest.objects.select_related("submission", "user")
        return with_overdue(queryset, timezone.now())

    @cached_property
    def columns(self):
        return [
            self._get_title_column("kind", accessor="get_kind_display"),
            Column("subject", label=_("About"), accessor="subject_label"),
            StatusTagColumn("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            DateColumn("created_at", label=_("Received"), sort_key="created_at"),
            DueColumn("due_at", label=_("Answer due"), sort_key="due_at"),
        ]


class DataRequestInspectView(InspectView):
    template_name = "privacy/admin/request_inspect.html"

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data_request, now = self.object, timezone.now()
        submissions = data_request.covered_submissions().select_related("agency").order_by("created_at")
        context.update(
            data_request=data_request,
            submissions=[(submission, kept_because(submission, now)) for submission in submissions],
            is_open=data_request.status == DataRequest.Status.RECEIVED,
            is_overdue=data_request.status == DataRequest.Status.RECEIVED and data_request.due_at < now,
            refuse_form=kwargs.get("refuse_form") or RefuseForm(),
            audit_log=ModelLogEntry.objects.for_instance(data_request).select_related("user"),
        )
        return context

    def post(self, request, *args, **kwargs):
        """Answer the request: "copy", "erase" or "refuse" (with a reason)."""
        data_request = self.object
        answer = request.POST.get("answer")
        try:
            if answer == "copy":
                send_copy(data_request, request.user)
                messages.success(request, _("The copy is ready; the citizen was told where to download it."))
            elif answer == "erase":
                data_request = erase(data_request, request.user)
                messages.success(request, _("Done. What was removed and what was kept is shown below."))
            elif answer == "refuse":
                form = RefuseForm(request.POST)
                if not form.is_valid():
                    message_form_errors(request, form)
                    return self.render_to_response(self.get_context_data(refuse_form=form))
                refuse(data_request, request.user, form.cleaned_data["reason"])
                messages.success(request, _("The request was refused; the citizen was told why."))
            else:
                raise PermissionDenied
        except AlreadyAnswered:
            messages.error(request, _("This request was already answered."))
        return redirect("data_requests:inspect", data_request.pk)


class DataRequestViewSet(ModelViewSet):
    model = DataRequest
    icon = "lock"
    menu_label = gettext_lazy("Personal data requests")
    menu_order = 205  # just after "Submissions" (feedback, 200)
    add_to_admin_menu = True
    index_view_class = DataRequestIndexView
    inspect_view_class = DataRequestInspectView
    inspect_view_enabled = True
    filterset_class = DataRequestFilterSet
    search_fields = ["submission__tracking_code", "user__username", "email"]
    search_backend_name = None  # a few hundred rows: the database's LIKE, no search index
    list_per_page = 50
    form_fields = []  # nobody edits a request; staff answer it from the inspect page

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name in ("index", "index_results", "inspect")
        ]


LOG_ACTIONS = {
    "privacy.request.received": (
        gettext_lazy("Personal data request received"),
        gettext_lazy("A citizen asked about their personal data"),
    ),
    "privacy.request.copy_sent": (gettext_lazy("Send the copy"), gettext_lazy("Sent the copy of the data")),
    "privacy.request.erased": (gettext_lazy("Delete the data"), gettext_lazy("Deleted the personal data")),
    "privacy.request.refused": (gettext_lazy("Refuse the request"), gettext_lazy("Refused the request")),
    "privacy.copy.downloaded": (
        gettext_lazy("Download the copy"),
        gettext_lazy("The citizen downloaded the copy of their data"),
    ),
}
