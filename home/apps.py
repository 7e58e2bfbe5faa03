from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from . import signals  # noqa: F401
        from .wagtail_export_formulas import install

        install()  # every CSV/XLSX export of the admin goes through home.spreadsheet
