"""Background work for submissions (django-tasks: immediate in development, a worker in production)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from django_tasks import task

from outbox.delivery import deliver, store
from security.crypto import decrypt

from .models import StatusChange, Submission, hash_secret
from .performance import refresh_service_performance
from .workdays import INFORMATION_EXTENSION_DAYS

Status = Submission.Status


@task()
def send_receipt(submission_id: int, sealed_secret: str):
    """Email the tracking code and the secret link, in the language the citizen used.

    The secret comes encrypted (security.crypto): the database task queue keeps task arguments, and
    the secret opens the citizen's personal data. The email goes into the outbox (outbox.delivery),
    encrypted too, which delivers it and tries again while the mail server is down; the submission
    links to it, so staff see how it went on the submission's page.
    """
    secret = decrypt(sealed_secret)
    submission = Submission.objects.select_related("service", "agency").get(pk=submission_id)
    if not submission.email or submission.receipt_email_id:
        return  # nobody to tell, or a duplicate run: never queue the same receipt twice
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
    email = store(message, **_about(submission))
    Submission.objects.filter(pk=submission.pk).update(receipt_email=email)
    deliver.enqueue(email.pk)


def _about(submission: Submission) -> dict[str, str]:
    """What staff see the email is about in the outbox list: the code, linked to its back-office page."""
    return {
        "about": submission.tracking_code,
        "about_url": reverse("submissions:inspect", args=[submission.pk]),
    }


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

    The step is already committed. The email goes into the outbox (outbox.delivery), which delivers it
    and tries again, with a growing delay, while the mail server is down; the step links to it, so
    its state (tries, last error, next try) shows in the back-office timeline from the first failure.

    For "waiting for documents" the citizen needs the private link, where they upload. Only a hash
    of it is stored, so a new secret is made; its hash replaces the old one once the email has been
    delivered (feedback.signals): the link in that email is the only one that works from then on.
    """
    change = (
        StatusChange.objects.select_related("submission__agency", "changed_by").filter(pk=change_id).first()
    )
    if change is None or change.email_id:
        return  # deleted meanwhile, or a duplicate run: never email the same step twice
    submission = change.submission
    if not submission.email:  # anonymous, or purged meanwhile: there is nobody to tell
        return
    secret = submission.set_secret() if change.to_status == Status.WAITING else None
    change.new_secret_hash = hash_secret(secret) if secret else ""
    email = store(_status_email(change, secret), **_about(submission))
    StatusChange.objects.filter(pk=change.pk).update(email=email, new_secret_hash=change.new_secret_hash)
    deliver.enqueue(email.pk)


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
