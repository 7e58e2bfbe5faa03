from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from .mfa import RESET_ACTION
from .mfa_admin import ResetMFAView, reset_button

hooks.register("register_user_listing_buttons", reset_button)


@hooks.register("register_admin_urls")
def register_mfa_reset_url():
    return [
        path("pengguna/<int:user_id>/reset-dua-faktor/", ResetMFAView.as_view(), name="security_mfa_reset")
    ]


@hooks.register("register_log_actions")
def register_mfa_log_actions(actions):
    actions.register_action(RESET_ACTION, _("Reset two-factor sign-in"), _("Reset two-factor sign-in"))
