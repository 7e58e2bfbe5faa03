"""The back office's view of the outbox (outbox.delivery): "Email queue", the emails not delivered
yet, each with its tries, last error and next try, and a button to try again now.

For the complaints coordinator (and superusers), who answer for the citizens being told: a mail
server that is down shows here, and on the submission's page, from the first failed try.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from outbox.delivery import retry_now
from outbox.models import OutgoingEmail

from .workflow import Role, role_for


def may_retry(user) -> bool:
    return role_for(user) == Role.COORDINATOR


class OutboxPermissionPolicy(BasePermissionPolicy):
    """Coordinators and superusers view the queue and retry; nobody adds, edits or deletes an email."""

    def user_has_permission(self, user, action):
        return action == "view" and may_retry(user)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name=Role.COORDINATOR.value), is_active=True)
            .distinct()
        )


register_permission_policy(OutgoingEmail, OutboxPermissionPolicy(OutgoingEmail))


class RetryColumn(Column):
    cell_template_name = "feedback/admin/email_retry_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(context["request"])
        return context


@require_POST
def retry(request, pk):
    """Try one email again now; back to where the button was (the queue or a submission's page)."""
    if not may_retry(request.user):
        raise PermissionDenied
    email = get_object_or_404(OutgoingEmail, pk=pk)
    retry_now(email)
    email.refresh_from_db()
    if email.status == OutgoingEmail.Status.SENT:
        messages.success(request, _("The email has been sent."))
    else:
        messages.info(request, _("The email is queued for another try."))
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = reverse("outgoing_emails:index")
    return redirect(back)


class OutgoingEmailIndexView(IndexView):
    def get_base_queryset(self):
        """The emails still on their way or given up on: delivered ones need nobody's attention."""
        return super().get_base_queryset().exclude(status=OutgoingEmail.Status.SENT)


class OutgoingEmailViewSet(ModelViewSet):
    model = OutgoingEmail
    index_view_class = OutgoingEmailIndexView
    icon = "mail"
    menu_label = _("Email queue")
    menu_order = 320
    add_to_admin_menu = True
    list_filter = ["status"]
    # The policy refuses adding, editing and deleting; Wagtail still wants a form for those views.
    form_fields = ["status"]
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        DateColumn("created_at", label=_("queued at")),
        TitleColumn("about", label=_("about"), get_url=lambda email: email.about_url or None),
        Column("recipients", label=_("recipient")),
        Column("subject", label=_("subject")),
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("attempts", label=_("tries")),
        Column("last_error", label=_("last error")),
        DateColumn("next_try_at", label=_("next try")),
        RetryColumn("retry", label=""),
    ]

    def get_permissions_to_register(self):
        return Permission.objects.none()

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("<int:pk>/retry/", retry, name="retry")]
