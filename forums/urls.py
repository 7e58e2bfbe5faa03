"""The forum at /forum/ (and /en/forum/)."""

from django.urls import path  # noqa: F401

app_name = "forums"

urlpatterns = []
