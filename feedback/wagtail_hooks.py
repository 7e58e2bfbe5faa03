from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

# Imported for their hooks: the admin URLs and report menu items of the IKM report and the suggestions.
from . import ikm_report, skm_suggestions  # noqa: F401
from .back_office import (
    LOG_ACTIONS,
    AttachmentDownloadFormatter,
    SubmissionPermissionPolicy,
    SubmissionViewSet,
)
from .dashboard import panels_for
from .email_admin import OutgoingEmailViewSet
from .lapor import LINK_ACTION, LinkLogFormatter
from .models import AgencyMembership, NonWorkingDay, Submission

register_permission_policy(Submission, SubmissionPermissionPolicy(Submission))


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return SubmissionViewSet("submissions")


@hooks.register("register_admin_viewset")
def register_outgoing_email_viewset():
    return OutgoingEmailViewSet("outgoing_emails")


hooks.register("construct_homepage_panels", panels_for)


@hooks.register("register_log_actions")
def register_submission_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)
    actions.register_action(LINK_ACTION)(LinkLogFormatter)
    actions.register_action("feedback.attachment.download")(AttachmentDownloadFormatter)


class NonWorkingDayViewSet(ModelViewSet):
    """Cuti bersama and other days off that deadlines skip; kept by the complaints coordinator."""

    model = NonWorkingDay
    icon = "date"
    menu_label = _("Extra non-working days")
    menu_order = 300
    add_to_admin_menu = True
    form_fields = ["date", "description"]
    list_display = ["date", "description"]
    list_filter = ["date"]


@hooks.register("register_admin_viewset")
def register_non_working_day_viewset():
    return NonWorkingDayViewSet("non_working_days")


class AgencyMembershipViewSet(ModelViewSet):
    """Which staff member works for which agency; a Petugas OPD sees only those agencies' submissions."""

    model = AgencyMembership
    icon = "group"
    menu_label = _("Agency staff")
    menu_order = 310
    add_to_admin_menu = True
    form_fields = ["user", "agency"]
    list_display = ["user", "agency"]
    list_filter = ["agency"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]


@hooks.register("register_admin_viewset")
def register_agency_membership_viewset():
    return AgencyMembershipViewSet("agency_memberships")
