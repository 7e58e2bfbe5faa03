"""The back office for submissions in the Wagtail admin (Petugas OPD, Koordinator Pengaduan, Pimpinan).

A list of only what the user may see (feedback.access), with filters, search, a deadline column that
says "overdue" in words, and CSV/XLSX exports; an inspect page with everything the citizen sent, the
timeline and forms for the steps the user's role allows now (feedback.workflow). Every download,
export and step is written to Wagtail's audit log. Personal data follows DESIGN.md: an "anonim"
reporter's identity is shown to the coordinator only, and a NIK is masked unless the user has the
"view_full_nik" permission. The SP4N-LAPOR! hand-off (its filter, its form on the inspect page and its
CSV) follows the rules in feedback.lapor.
"""

import tempfile
from datetime import date

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import BooleanField, Case, Q, Value, When
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, Table
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter, log
from wagtail.models import ModelLogEntry
from wagtail.permission_policies.base import BasePermissionPolicy

import django_filters

from home.forms import message_form_errors
from security.logging import redact_niks
from security.masking import mask_nik
from services_catalog.models import Agency, ServicePage

from . import lapor
from .access import visible_submissions
from .email_admin import may_retry
from .identity import nik_in_search
from .models import RUNNING_STATUSES, Kecamatan, NonWorkingDay, Submission
from .tasks import notify_status_change
from .workflow import ACTIONS, REPORTS, Role, TransitionError, allowed_actions, apply_action, role_for

Status = Submission.Status
HIDDEN = gettext_lazy("(hidden: the reporter chose to stay anonymous)")


class SubmissionPermissionPolicy(BasePermissionPolicy):
    """Any back-office role may open the submission screens; which rows it sees is feedback.access's
    rule, and which steps it may take is feedback.workflow's. Nobody adds, edits or deletes a citizen's
    submission through the generic admin views."""

    def user_has_permission(self, user, action):
        return action == "view" and role_for(user) is not None

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True) | Q(groups__name__in=[role.value for role in Role]), is_active=True
            )
            .distinct()
        )


def identity_hidden(submission: Submission, role: Role | None) -> bool:
    """DESIGN.md: an anonymous reporter's identity is hidden from the agency; only the coordinator sees it."""
    return submission.identity == Submission.Identity.ANONYMOUS and role != Role.COORDINATOR


def shown_nik(submission: Submission, user) -> str:
    return submission.nik if user.has_perm("feedback.view_full_nik") else mask_nik(submission.nik)


def with_overdue(queryset, today: date):
    return queryset.annotate(
        is_overdue=Case(
            When(status__in=RUNNING_STATUSES, deadline__lt=today, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


def default_locale_choices(model):
    """Agencies or services in the default language (a join, not a query for the locale first)."""
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class SubmissionFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind"),
        choices=Submission.Kind.choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    status = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Status"), choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    overdue = django_filters.BooleanFilter(
        label=gettext_lazy("Overdue"), method="filter_overdue", widget=BooleanRadioSelect
    )
    agency = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Agency"),
        queryset=lambda request: default_locale_choices(Agency).order_by("name"),
        method="filter_translation",
    )
    service = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Service"),
        queryset=lambda request: default_locale_choices(ServicePage).order_by("title"),
        method="filter_translation",
    )
    kecamatan = django_filters.ModelChoiceFilter(
        label=gettext_lazy("District"), queryset=Kecamatan.objects.all()
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Received between"), widget=DateRangePickerWidget
    )
    identity = django_filters.ChoiceFilter(
        label=gettext_lazy("Identity"),
        choices=Submission.Identity.choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    lapor = django_filters.ChoiceFilter(
        label=gettext_lazy("SP4N-LAPOR!"),
        choices=lapor.FILTER_CHOICES,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
        method="filter_lapor",
    )

    class Meta:
        model = Submission
        fields = []

    def filter_overdue(self, queryset, name, value):
        return queryset.filter(is_overdue=value)

    def filter_lapor(self, queryset, name, value):
        return lapor.filter_submissions(queryset, value)

    def filter_translation(self, queryset, name, value):
        # A submission made on the English site points to the English version of the agency or service.
        return queryset.filter(**{f"{name}__translation_key": value.translation_key})


class DeadlineColumn(Column):
    """The deadline, with "overdue by N days" in words (and an icon), not by colour alone."""

    cell_template_name = "feedback/admin/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["days_late"] = (timezone.localdate() - instance.deadline).days if instance.is_overdue else 0
        return context


class SubmissionTable(Table):
    def get_row_classname(self, instance):
        return "submission-overdue" if instance.is_overdue else ""


EXPORT_HEADINGS = {
    "tracking_code": gettext_lazy("Tracking code"),
    "kind": gettext_lazy("Kind"),
    "status": gettext_lazy("Status"),
    "created_at": gettext_lazy("Received"),
    "deadline": gettext_lazy("Deadline"),
    "overdue": gettext_lazy("Overdue"),
    "agency": gettext_lazy("Agency"),
    "service": gettext_lazy("Service"),
    "kecamatan": gettext_lazy("District"),
    "identity": gettext_lazy("Identity"),
    "name": gettext_lazy("Name"),
    "nik": gettext_lazy("NIK"),
    "email": gettext_lazy("Email"),
    "phone": gettext_lazy("Mobile number"),
    "subject": gettext_lazy("Subject"),
    "description": gettext_lazy("Description"),
    "public_answer": gettext_lazy("Public answer"),
}


class SubmissionIndexView(IndexView):
    table_class = SubmissionTable
    export_headings = EXPORT_HEADINGS
    list_export = list(EXPORT_HEADINGS)
    export_log_action = "feedback.submissions.export"
    default_ordering = "-created_at"

    @cached_property
    def role(self):
        return role_for(self.request.user)

    def get_base_queryset(self):
        queryset = visible_submissions(self.request.user).select_related("agency", "service", "kecamatan")
        return with_overdue(queryset, timezone.localdate())

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        term = self.search_query.strip()
        if nik := nik_in_search(term):
            # Found by its keyed hash (the stored NIK is encrypted); no LIKE query carries the NIK.
            found = queryset.with_nik(nik)
            if self.role != Role.COORDINATOR:  # nor may an anonymous reporter be found by their NIK
                found = found.exclude(identity=Submission.Identity.ANONYMOUS)
            return found
        match = Q(tracking_code__iexact=term) | Q(subject__icontains=term) | Q(description__icontains=term)
        by_name = Q(name__icontains=term)
        if self.role != Role.COORDINATOR:  # an anonymous reporter must not be found by their name
            by_name &= ~Q(identity=Submission.Identity.ANONYMOUS)
        return queryset.filter(match | by_name)

    @cached_property
    def columns(self):
        return [
            self._get_title_column("tracking_code"),
            Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
            Column("subject", label=_("Subject")),
            Column("agency", label=_("Agency"), accessor="agency.short_name"),
            StatusTagColumn("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            DateColumn("created_at", label=_("Received"), sort_key="created_at"),
            DeadlineColumn("deadline", label=_("Deadline"), sort_key="deadline"),
        ]

    @cached_property
    def header_more_buttons(self):
        query = self.request.GET.urlencode()
        lapor_url = reverse("submissions:lapor_export") + (f"?{query}" if query else "")
        return [
            *super().header_more_buttons,
            Button(_("Download CSV for SP4N-LAPOR!"), url=lapor_url, icon_name="download", priority=110),
        ]

    # Exports: every row the user may see under the current filters, streamed from a database cursor.

    def get(self, request, *args, **kwargs):
        if not self.is_export:
            return super().get(request, *args, **kwargs)
        return self.export(request.GET["export"])

    def export(self, export_format):
        user = self.request.user
        log(
            user,
            self.export_log_action,
            user=user,
            data={"format": export_format, "filters": redact_niks(self.request.GET.urlencode())},
        )
        rows = self.get_queryset().iterator(chunk_size=1000)
        return self.as_spreadsheet(rows, export_format)

    def get_heading(self, queryset, field):
        return str(self.export_headings[field])

    def to_row_dict(self, item):
        hidden = identity_hidden(item, self.role)
        person = {
            "name": item.name,
            "nik": shown_nik(item, self.request.user) if item.nik else "",
            "email": item.email,
            "phone": item.phone,
        }
        return {
            "tracking_code": item.tracking_code,
            "kind": item.get_kind_display(),
            "status": item.get_status_display(),
            "created_at": timezone.localtime(item.created_at).replace(tzinfo=None),
            "deadline": item.deadline,
            "overdue": _("Yes") if item.is_overdue else _("No"),
            "agency": item.agency.name if item.agency else "",
            "service": item.service.title if item.service else "",
            "kecamatan": item.kecamatan.name if item.kecamatan else "",
            "identity": item.get_identity_display(),
            **{key: (str(HIDDEN) if hidden and value else value) for key, value in person.items()},
            "subject": item.subject,
            "description": item.description,
            "public_answer": item.public_answer,
        }

    def write_xlsx_response(self, queryset):
        # openpyxl's write-only mode keeps few rows in memory; the file goes to disk, not to a BytesIO.
        output = tempfile.TemporaryFile()  # noqa: SIM115  (FileResponse closes it)
        self.write_xlsx(queryset, output)
        output.seek(0)
        return FileResponse(
            output,
            as_attachment=True,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            filename=f"{self.get_filename()}.xlsx",
        )


class LaporExportView(SubmissionIndexView):
    """The reports of the list under its filters as the CSV for typing them into SP4N-LAPOR! (columns:
    feedback.lapor), with a byte-order mark so that Excel reads the UTF-8."""

    export_headings = lapor.EXPORT_HEADINGS
    list_export = list(lapor.EXPORT_HEADINGS)
    export_log_action = lapor.EXPORT_ACTION

    def get(self, request, *args, **kwargs):
        return self.export(self.FORMAT_CSV)

    def get_base_queryset(self):
        return super().get_base_queryset().filter(kind__in=REPORTS).select_related("kelurahan")

    def to_row_dict(self, item):
        return lapor.export_row(item)

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)


class ActionForm(forms.Form):
    """One workflow step. ``seen_status`` is the status on the officer's page: a stale page is refused.

    Each step's form on the page has the step's name as prefix, so field ids stay unique."""

    seen_status = forms.ChoiceField(choices=Status.choices, widget=forms.HiddenInput)
    public_note = forms.CharField(required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    internal_note = forms.CharField(
        label=gettext_lazy("Internal note (not shown to the citizen)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    agency = forms.ModelChoiceField(
        label=gettext_lazy("Agency"), required=False, queryset=Agency.objects.none()
    )

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, prefix=action.name, **kwargs)
        self.fields["agency"].queryset = default_locale_choices(Agency).order_by("name")
        self.fields["public_note"].label = action.note_label or _("Note for the citizen (optional)")
        self.fields["public_note"].required = action.needs_public_note
        self.fields["agency"].required = action.needs_agency
        if not action.needs_agency:
            del self.fields["agency"]
        if not action.public:
            del self.fields["public_note"]


class SubmissionInspectView(InspectView):
    template_name = "feedback/admin/submission_inspect.html"

    def get_object(self, queryset=None):
        queryset = visible_submissions(self.request.user).select_related(
            "agency", "service", "kecamatan", "kelurahan", "user"
        )
        return get_object_or_404(with_overdue(queryset, timezone.localdate()), pk=self.pk)

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission, user = self.object, self.request.user
        role = role_for(user)
        hidden = identity_hidden(submission, role)
        steps = [
            (action, ActionForm(action=action, initial={"seen_status": submission.status}))
            for action in allowed_actions(submission, role)
        ]
        context.update(
            submission=submission,
            identity_hidden=hidden,
            hidden_text=HIDDEN,
            nik=shown_nik(submission, user) if submission.nik and not hidden else "",
            attachments=submission.attachments.all(),
            history=submission.history.select_related("changed_by", "email"),
            may_retry_email=may_retry(user),
            audit_log=ModelLogEntry.objects.for_instance(submission).select_related("user")[:50],
            steps=steps,
            action_url=reverse("submissions:act", args=[submission.pk]),
            days_late=(timezone.localdate() - submission.deadline).days if submission.is_overdue else 0,
        )
        if "lapor_form" not in context and lapor.may_record(submission, user):
            context["lapor_form"] = lapor.LaporLinkForm(submission=submission)
        return context

    def post(self, request, *args, **kwargs):
        """Record or correct the SP4N-LAPOR! hand-off; a refused form comes back with its errors and input."""
        submission = self.object
        if not lapor.may_record(submission, request.user):
            raise PermissionDenied
        form = lapor.LaporLinkForm(request.POST, submission=submission)
        if not form.is_valid():
            message_form_errors(request, form)
            return self.render_to_response(self.get_context_data(lapor_form=form))
        lapor.record_link(submission, user=request.user, **form.cleaned_data)
        if submission.lapor_direction:
            message = _("SP4N-LAPOR! hand-off of %(code)s saved: %(direction)s, %(number)s.") % {
                "code": submission.tracking_code,
                "direction": submission.get_lapor_direction_display(),
                "number": submission.lapor_id,
            }
        else:
            code = submission.tracking_code
            message = _("The SP4N-LAPOR! hand-off of %(code)s was removed.") % {"code": code}
        messages.success(request, message)
        return redirect("submissions:inspect", submission.pk)


@require_POST
def act(request, pk):
    """Take one workflow step from the inspect page; the state machine decides whether it is allowed."""
    submission = get_object_or_404(visible_submissions(request.user), pk=pk)
    inspect_url = reverse("submissions:inspect", args=[pk])
    action = ACTIONS.get(request.POST.get("step", ""))
    if action is None:
        raise Http404
    form = ActionForm(request.POST, action=action)
    if not form.is_valid():
        message_form_errors(request, form)
        return redirect(inspect_url)
    data = form.cleaned_data
    submission.status = data["seen_status"]  # the status the officer acted on
    try:
        change = apply_action(
            submission,
            action.name,
            role=role_for(request.user),
            user=request.user,
            public_note=data.get("public_note", ""),
            internal_note=data["internal_note"],
            agency=data.get("agency"),
            extra_holidays=NonWorkingDay.dates(),
        )
    except TransitionError as error:
        messages.error(request, error.message)
        return redirect(inspect_url)
    log(
        submission,
        f"feedback.submission.{action.name}",
        user=request.user,
        data={"from": change.from_status, "to": change.to_status, "change": change.pk},
    )
    if action.public and submission.email:
        transaction.on_commit(lambda: notify_status_change.enqueue(change.pk))
    messages.success(
        request,
        _("“%(step)s” done: %(code)s is now “%(status)s”.")
        % {"step": action.label, "code": submission.tracking_code, "status": submission.get_status_display()},
    )
    return redirect(inspect_url)


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "mail"
    menu_label = gettext_lazy("Submissions")
    menu_order = 200
    add_to_admin_menu = True
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    inspect_view_enabled = True
    filterset_class = SubmissionFilterSet
    search_fields = ["tracking_code", "name", "subject", "description"]
    list_per_page = 50
    export_filename = "pengajuan"
    form_fields = []  # nobody edits a citizen's submission; they take workflow steps

    def get_urlpatterns(self):
        lapor_export = self.construct_view(
            LaporExportView, **self.get_index_view_kwargs(export_filename="sp4n-lapor")
        )
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name in ("index", "index_results", "inspect")
        ] + [
            path("act/<int:pk>/", act, name="act"),
            path("lapor.csv", lapor_export, name="lapor_export"),
        ]


LOG_ACTIONS = {
    "feedback.submissions.export": (gettext_lazy("Export submissions"), gettext_lazy("Exported submissions")),
    lapor.EXPORT_ACTION: (
        gettext_lazy("Export submissions for SP4N-LAPOR!"),
        gettext_lazy("Exported submissions for SP4N-LAPOR!"),
    ),
    **{f"feedback.submission.{name}": (action.label, action.label) for name, action in ACTIONS.items()},
}


class AttachmentDownloadFormatter(LogFormatter):
    """The audit-log line of a download says which file: UU 27/2022 asks who read which personal data."""

    label = gettext_lazy("Download attachment")

    def format_message(self, log_entry):
        data = log_entry.data
        return _("Downloaded “%(label)s” (file %(id)s)") % {"label": data["label"], "id": data["attachment"]}
