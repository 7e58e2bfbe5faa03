"""Purge “Kami menjawab” from the page cache (home.page_cache) when a report's answer may have
changed: any save of an existing submission (resolving, publishing, reopening, editing the answer)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from home.purge import every_language, purge_paths

from .models import Submission


@receiver(post_save, sender=Submission, dispatch_uid="page-cache-submission-saved")
def purge_answers(instance, created, **kwargs):
    if not created:
        purge_paths(every_language("feedback:answers") | every_language("feedback:answers_feed"))
