from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = _("Security")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from allauth.mfa.signals import authenticator_added

        from .mfa import record_enrolment
        from .sessions import start_staff_session

        user_logged_in.connect(start_staff_session, dispatch_uid="security.start_staff_session")
        authenticator_added.connect(record_enrolment, dispatch_uid="security.record_enrolment")
