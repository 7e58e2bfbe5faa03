"""The admin screen where a superuser resets the two-factor sign-in of someone who lost their phone."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button

from allauth.mfa.models import Authenticator

from home.views import permission_denied

from .mfa import reset_mfa


class ResetMFAView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation, POST resets. Superusers only: a reset weakens an account's protection."""

    page_title = gettext_lazy("Reset two-factor sign-in")
    header_icon = "key"
    template_name = "security/admin/mfa_reset_confirm.html"

    def dispatch(self, request, *args, **kwargs):
        # A plain 403: raising PermissionDenied in the admin would redirect to the dashboard instead.
        if not request.user.is_superuser:
            return permission_denied(request)
        self.subject = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.subject.get_username()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            subject=self.subject,
            authenticators=Authenticator.objects.filter(user=self.subject).count(),
            cancel_url=reverse("wagtailusers_users:edit", args=[self.subject.pk]),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if reset_mfa(self.subject, by=request.user):
            messages.success(
                request,
                _("Two-factor sign-in of “%(user)s” was reset. They must set up an authenticator app again.")
                % {"user": self.subject.get_username()},
            )
        else:
            messages.info(
                request,
                _("“%(user)s” had no two-factor sign-in to reset.") % {"user": self.subject.get_username()},
            )
        return redirect("wagtailusers_users:edit", self.subject.pk)


def reset_button(user, request_user):
    """register_user_listing_buttons: in each user's "More" menu, for superusers only."""
    if not request_user.is_superuser:
        return []
    return [
        Button(
            gettext_lazy("Reset two-factor sign-in"),
            url=reverse("security_mfa_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )
    ]
