"""Stopping reply emails from the link in them, without signing in: /forum/berhenti-langganan/<token>/."""

from django.urls import path

from . import notifications

app_name = "forum_notifications"

urlpatterns = [path("<str:token>/", notifications.unsubscribe, name="unsubscribe")]
