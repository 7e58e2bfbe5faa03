"""The moderation queue and log in the Wagtail admin."""
