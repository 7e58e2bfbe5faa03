"""The survey's suggestions for staff (Reports → SKM suggestions), per service.

The SKM's last question asks what the service should improve; PermenPANRB 14/2017 wants the answers
followed up, so the officers of each agency read those about their own services (the coordinator and
the Pimpinan read all of them). Shown without anything about the respondent — not even the profile
answers (gender, age, education, occupation), which could point to one person at a small service —
only the service, the month it was used and the text, newest first.
"""

from django.core.paginator import Paginator
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.views import permission_denied

from .models import Agency, SurveyResponse
from .workflow import Role, role_for

PER_PAGE = 25


def visible_suggestions(user):
    """Survey answers with a suggestion that `user` may read: those of their agencies' services for a
    Petugas OPD (in any language version of the agency), all of them for the coordinator and Pimpinan."""
    responses = SurveyResponse.objects.exclude(suggestion="")
    role = role_for(user)
    if role in (Role.COORDINATOR, Role.READER):
        return responses
    if role == Role.OFFICER:
        keys = Agency.objects.filter(pk__in=user.agency_memberships.values("agency")).values(
            "translation_key"
        )
        return responses.filter(agency__translation_key__in=keys)
    return responses.none()


class SuggestionsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Survey suggestions (SKM)")
    header_icon = "comment"
    template_name = "feedback/admin/skm_suggestions.html"

    def dispatch(self, request, *args, **kwargs):
        if role_for(request.user) is None:  # a plain 403, as in the IKM report
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        responses = visible_suggestions(self.request.user).select_related("service")
        services = sorted(set(responses.values_list("service_id", "service__title")), key=lambda row: row[1])
        chosen = self.request.GET.get("layanan", "")
        if chosen.isdigit():
            responses = responses.filter(service_id=int(chosen))
        page = Paginator(responses.order_by("-created_at", "-pk"), PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        return super().get_context_data(
            **kwargs,
            services=services,
            chosen=int(chosen) if chosen.isdigit() else None,
            page_obj=page,
            elided_page_range=page.paginator.get_elided_page_range(page.number),
        )


class SuggestionsMenuItem(MenuItem):
    def is_shown(self, request):
        return role_for(request.user) is not None


@hooks.register("register_admin_urls")
def suggestions_urls():
    return [path("reports/saran-skm/", SuggestionsView.as_view(), name="feedback_skm_suggestions")]


@hooks.register("register_reports_menu_item")
def suggestions_menu_item():
    return SuggestionsMenuItem(
        _("Survey suggestions (SKM)"), reverse("feedback_skm_suggestions"), icon_name="comment", order=921
    )
