"""The Wagtail admin home panel for the back office: what needs attention, and the current IKM."""

from datetime import timedelta
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from services_catalog.models import Agency

from .access import visible_submissions
from .ikm import compute_ikm, compute_ikm_by, period_range
from .models import RUNNING_STATUSES, Submission, SurveyResponse
from .workflow import Role, role_for

Status = Submission.Status
NEW = (Status.RECEIVED, Status.FORWARDED)  # not yet picked up: by the coordinator, or by the agency
IN_PROGRESS = (Status.VERIFIED, Status.IN_PROGRESS, Status.WAITING)


def _counts(today):
    week_end = today + timedelta(days=6 - today.weekday())  # up to and including Sunday
    running = Q(status__in=RUNNING_STATUSES)
    return {
        "new": Count("pk", filter=Q(status__in=NEW)),
        "in_progress": Count(
            "pk", filter=Q(status__in=(Status.VERIFIED, Status.IN_PROGRESS, Status.WAITING))
        ),
        "overdue": Count("pk", filter=running & Q(deadline__lt=today)),
        "due_this_week": Count(
            "pk", filter=Q(status__in=RUNNING_STATUSES, deadline__range=(today, week_end))
        ),
    }


def current_semester(today):
    return period_range("semester", today.year, 1 if today.month <= 6 else 2)


class SubmissionsPanel(Component):
    """Per agency for a Petugas OPD, city-wide for the coordinator and the Pimpinan: new, in progress,
    overdue and due this week, with the IKM of the current semester (the usual SKM cadence)."""

    name = "submissions"
    template_name = "feedback/admin/dashboard_panel.html"
    order = 50

    def __init__(self, user, role):
        self.user, self.role = user, role

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        submissions = visible_submissions(self.user)
        responses = SurveyResponse.objects.filter(service_date__range=current_semester(today))
        list_url = reverse("submissions:index")
        if self.role == Role.OFFICER:
            agencies = list(Agency.objects.filter(pk__in=self.user.agency_memberships.values("agency")))
            counts = {
                row.pop("agency__translation_key"): row
                for row in submissions.values("agency__translation_key").annotate(**_counts(today))
            }
            ikm = dict(
                compute_ikm_by(
                    responses.filter(agency__translation_key__in=[a.translation_key for a in agencies]),
                    "agency__translation_key",
                )
            )
            rows = [
                {
                    "label": agency.name,
                    "counts": counts.get(agency.translation_key, {}),
                    "ikm": ikm.get(agency.translation_key),
                    "query": {"agency": agency.pk},
                }
                for agency in agencies
            ]
        else:
            rows = [
                {
                    "label": _("All agencies"),
                    "counts": submissions.aggregate(**_counts(today)),
                    "ikm": compute_ikm(responses),
                    "query": {},
                }
            ]
        for row in rows:
            row["new_url"] = f"{list_url}?{urlencode({**row['query'], 'status': NEW}, doseq=True)}"
            row["overdue_url"] = f"{list_url}?{urlencode({**row['query'], 'overdue': 'true'})}"
        return {"rows": rows, "ikm_url": reverse("feedback:ikm")}


def panels_for(request, panels):
    role = role_for(request.user)
    if role is not None:
        panels.append(SubmissionsPanel(request.user, role))
