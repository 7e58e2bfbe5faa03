"""Purge “Kami menjawab” from the page cache (home.page_cache) when a report's answer may have
changed: any save of an existing submission (resolving, publishing, reopening, editing the answer)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from home.purge import every_language, purge_paths
from outbox.delivery import delivered

from .models import StatusChange, Submission


@receiver(post_save, sender=Submission, dispatch_uid="page-cache-submission-saved")
def purge_answers(instance, created, **kwargs):
    if not created:
        purge_paths(every_language("feedback:answers") | every_language("feedback:answers_feed"))


@receiver(delivered, dispatch_uid="feedback-new-private-link-delivered")
def use_the_new_private_link(email, **kwargs):
    """A "waiting for documents" email was delivered: its private link replaces the old one (see
    feedback.tasks.notify_status_change). Until then the old link keeps working."""
    if not email.about_url:
        return  # not about a submission (account emails, digests): no query for them
    change = StatusChange.objects.filter(email=email).exclude(new_secret_hash="").first()
    if change:
        Submission.objects.filter(pk=change.submission_id).update(secret_hash=change.new_secret_hash)
        StatusChange.objects.filter(pk=change.pk).update(new_secret_hash="")
