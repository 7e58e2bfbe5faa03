"""Background work for submissions (django-tasks: immediate in development, a worker in production)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from django_tasks import task

from security.crypto import decrypt

from .models import EmailStatus, StatusChange, Submission
from .performance import refresh_service_performance
from .workdays import INFORMATION_EXTENSION_DAYS

Status = Submission.Status
logger = logging.getLogger(__name__)

# An email to a citizen is tried this many times in all; after that staff see "failed" in the timeline.
MAX_EMAIL_ATTEMPTS = 5
# The wait before the next try doubles each time: 10, 20, 40 and 80 minutes after tries 1 to 4.
RETRY_DELAY = timedelta(minutes=5)


@task()
def send_receipt(submission_id: int, sealed_secret: str):
    """Email the tracking code and the secret link, in the language the citizen used.

    The secret comes encrypted (security.crypto): the database task queue keeps task arguments, and
    the secret opens the citizen's personal data.
    """
    secret = decrypt(sealed_secret)
    submission = Submission.objects.select_related("service", "agency").get(pk=submission_id)
    if not submission.email:
        return
    with translation.override(submission.language):
        context = {
            "submission": submission,
            "tracking_url": absolute(reverse("feedback:track") + f"?kode={submission.tracking_code}"),
            "secret_url": absolute(reverse("feedback:track_detail", args=[submission.tracking_code, secret])),
        }
        subject = render_to_string("feedback/email/receipt_subject.txt", context).strip()
        message = EmailMultiAlternatives(
            subject, render_to_string("feedback/email/receipt.txt", context), to=[submission.email]
        )
        message.attach_alternative(render_to_string("feedback/email/receipt.html", context), "text/html")
        message.send()


# What the email about a new status says first, in the citizen's words rather than the officer's.
STATUS_INTROS = {
    Status.VERIFIED: _("We have checked your submission; it will now be followed up."),
    Status.REJECTED: _("We cannot process your submission, for the reason below."),
    Status.FORWARDED: _("Your submission has been forwarded to the agency responsible for it."),
    Status.IN_PROGRESS: _("An officer is now handling your submission."),
    Status.WAITING: _(
        "We need more documents from you before we can continue. "
        "The processing time is paused until we receive them."
    ),
    Status.RESOLVED: _("Your submission has been answered and resolved."),
}
REOPENED_INTRO = _("Your submission has been reopened and is being handled again.")
EXTENDED_INTRO = _(
    "The time for answering your information request has been extended by %(days)s working days."
)
# The heading of the officer's public note: the answer, the reason, or the documents still needed.
NOTE_LABELS = {
    Status.RESOLVED: _("Our answer"),
    Status.REJECTED: _("Reason"),
    Status.WAITING: _("Documents that are missing"),
}
EXTENDED_NOTE_LABEL = _("Reason for the extension")
NOTE_LABEL = _("Note from the officer")


@task()
def notify_status_change(change_id: int):
    """Email the citizen about one step in their submission's history, in the language they used.

    The step is already committed; a mail server that fails only changes the ``email_*`` fields. The
    next try is scheduled with a growing delay when the task backend can run tasks later
    (``supports_defer``: the database backend in production). The immediate backend (development,
    tests) cannot, and retrying at once would only keep the officer waiting, so there the email is
    marked "failed" at once and ``retry_failed_emails()`` (the daily ``send_digest`` command) tries
    again. ``email_attempts`` counts every try, successful or not.

    For "waiting for documents" the citizen needs the private link, where they upload. Only a hash
    of it is stored, so a new secret is made and replaces the old one once the email has gone:
    the link in that email is the only one that works from then on.
    """
    change = (
        StatusChange.objects.select_related("submission__agency", "changed_by").filter(pk=change_id).first()
    )
    if change is None or change.email_status == EmailStatus.SENT:
        return  # deleted meanwhile, or a duplicate run: never email the same step twice
    submission = change.submission
    if not submission.email:  # anonymous, or purged meanwhile: there is nobody to tell
        if change.email_status:
            StatusChange.objects.filter(pk=change.pk).update(email_status="")
        return
    secret = submission.set_secret() if change.to_status == Status.WAITING else None
    message = _status_email(change, secret)
    change.email_attempts += 1
    try:
        message.send()
    except Exception as error:  # whatever the mail backend raises, the step stays committed
        change.email_error = _short_error(error, secret)
        logger.warning("Email about status change %s failed: %s", change.pk, change.email_error)
        backend = notify_status_change.get_backend()
        if change.email_attempts < MAX_EMAIL_ATTEMPTS and backend.supports_defer:
            change.email_status = EmailStatus.QUEUED
            change.save(update_fields=["email_status", "email_attempts", "email_error"])
            run_after = timezone.now() + RETRY_DELAY * 2**change.email_attempts
            notify_status_change.using(run_after=run_after).enqueue(change.pk)
        else:
            change.email_status = EmailStatus.FAILED
            change.save(update_fields=["email_status", "email_attempts", "email_error"])
        return
    if secret is not None:
        submission.save(update_fields=["secret_hash"])
    change.email_status, change.email_error = EmailStatus.SENT, ""
    change.save(update_fields=["email_status", "email_attempts", "email_error"])


def _status_email(change, secret: str | None) -> EmailMultiAlternatives:
    submission = change.submission
    code = submission.tracking_code
    extended = change.action == "extend"
    with translation.override(submission.language):
        if extended:
            intro = EXTENDED_INTRO % {"days": INFORMATION_EXTENSION_DAYS}
            note_label = EXTENDED_NOTE_LABEL
        else:
            reopened = change.from_status in (Status.RESOLVED, Status.REJECTED)
            intro = REOPENED_INTRO if reopened else STATUS_INTROS.get(change.to_status, "")
            note_label = NOTE_LABELS.get(change.to_status, NOTE_LABEL)
        agency = submission.agency.localized if submission.agency else None
        context = {
            "submission": submission,
            "change": change,
            "extended": extended,
            "intro": intro,
            "note_label": note_label,
            "agency_name": agency.name if agency else "",
            "tracking_url": absolute(reverse("feedback:track") + f"?kode={code}"),
            "secret_url": absolute(reverse("feedback:track_detail", args=[code, secret])) if secret else "",
        }
        subject = render_to_string("feedback/email/status_update_subject.txt", context).strip()
        message = EmailMultiAlternatives(
            subject, render_to_string("feedback/email/status_update.txt", context), to=[submission.email]
        )
        message.attach_alternative(
            render_to_string("feedback/email/status_update.html", context), "text/html"
        )
    return message


def _short_error(error: Exception, secret: str | None) -> str:
    """The error for the staff timeline: one line, short, and never the secret link."""
    text = f"{type(error).__name__}: {error}".splitlines()[0]
    if secret:
        text = text.replace(secret, "…")
    return text[:200]


def retry_failed_emails() -> int:
    """Queue again the emails to citizens that failed and have tries left; returns how many.

    Run daily (the ``send_digest`` command): with the immediate backend a failed email is not retried
    on its own, and with the database backend a mail server that was down for hours gets another go.
    """
    failed = StatusChange.objects.filter(
        email_status=EmailStatus.FAILED, email_attempts__lt=MAX_EMAIL_ATTEMPTS
    )
    change_ids = list(failed.values_list("pk", flat=True))
    StatusChange.objects.filter(pk__in=change_ids).update(email_status=EmailStatus.QUEUED)
    for change_id in change_ids:
        notify_status_change.enqueue(change_id)
    return len(change_ids)


@task()
def send_agency_digests() -> dict[str, int]:
    """Email staff the submissions overdue or due tomorrow (see feedback.digest); returns the counts."""
    from .digest import send_digests

    return send_digests()


@task()
def refresh_performance() -> int:
    """Recompute every service's performance figures for the service pages (see feedback.performance)
    and store them in the cache; returns how many services have figures. Run hourly: the
    ``refresh_performance`` command."""
    return len(refresh_service_performance())


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
