"""A resident's own pages next to allauth's under /akun/: profile, data export, deleting the account."""

from django.urls import path  # noqa: F401

urlpatterns = []
