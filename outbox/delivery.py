"""Email as a retried, visible job.

Sending an email in the request that causes it makes a mail server that is down everybody's
problem: the resident gets a 500 after their account or submission was already saved, and the email
is lost. So every email the site sends (receipts, status changes, account emails, staff digests,
Wagtail's own) is first stored in the outbox (``OutgoingEmail``, the content encrypted) by the
``EMAIL_BACKEND`` (outbox.backends) or by ``queue()``, and a task (django-tasks) delivers it through
the real backend that ``EMAIL_URL`` names (``OUTBOX_DELIVERY_BACKEND``).

A failed try is recorded at once (tries, error, next try: staff see it), and the next try waits
longer each time: 10, 20, 40 minutes… up to ``MAX_ATTEMPTS`` tries, about a day. The database task
backend (production) schedules the next try itself; the immediate backend (development, tests)
cannot wait, so there ``send_queued_email`` (every few minutes from cron, a safety net in production
too) sends what is due. After the last try the email is "failed" until a member of staff retries it.

Personal data: a delivered email's content is erased after ``OUTBOX_KEEP_DAYS``; an email about
nothing in particular (account emails) is then deleted, one about a submission keeps its delivery
record until the submission's own purge deletes it (feedback.retention). A failed email is deleted
after ``OUTBOX_KEEP_FAILED_DAYS``.
"""

import logging
import re
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import F, Q
from django.dispatch import Signal
from django.utils import timezone

from django_tasks import task

from .models import OutgoingEmail

logger = logging.getLogger(__name__)
Status = OutgoingEmail.Status

# Tries in all; with the doubling delay below the last is about 21 hours after the first.
MAX_ATTEMPTS = 8
# The wait before the next try doubles each time: 10, 20, 40 … minutes after tries 1, 2, 3 …
RETRY_DELAY = timedelta(minutes=5)
# A try in progress holds the email this long, so two workers never send it twice at once.
CLAIM = timedelta(minutes=5)

# Sent with the OutgoingEmail as ``email`` once it has been delivered (e.g. feedback then makes
# the new private link in a "waiting for documents" email the one that works).
delivered = Signal()


def queue(message, *, about: str = "", about_url: str = "") -> OutgoingEmail:
    """Store ``message`` in the outbox and have it delivered; returns the stored email."""
    email = store(message, about=about, about_url=about_url)
    deliver.enqueue(email.pk)
    return email


def store(message, *, about: str = "", about_url: str = "") -> OutgoingEmail:
    """Store ``message`` without delivering it yet: the caller links to it first, then enqueues
    ``deliver`` (with the immediate backend the delivery, and ``delivered``, happen at once)."""
    email = OutgoingEmail(about=about[:100], about_url=about_url[:200])
    email.seal(message)
    email.save()
    return email


@task()
def deliver(email_id: int) -> str:
    """One try at sending a stored email; returns its status afterwards."""
    return attempt(email_id)


def attempt(email_id: int) -> str:
    now = timezone.now()
    claimed = (
        OutgoingEmail.objects.filter(pk=email_id, status=Status.QUEUED)
        .filter(Q(next_try_at__isnull=True) | Q(next_try_at__lte=now))
        .update(attempts=F("attempts") + 1, next_try_at=now + CLAIM)
    )
    email = OutgoingEmail.objects.filter(pk=email_id).first()
    if not claimed or email is None:
        return email.status if email else ""  # sent, given up, not due yet, or gone
    try:
        with get_connection(settings.OUTBOX_DELIVERY_BACKEND) as connection:
            connection.send_messages([email.message()])
    except Exception as error:  # whatever the backend raises, the email stays in the outbox
        _record_failure(email, error)
        return email.status
    email.status, email.sent_at, email.next_try_at, email.last_error = Status.SENT, timezone.now(), None, ""
    email.save(update_fields=["status", "sent_at", "next_try_at", "last_error"])
    delivered.send(sender=OutgoingEmail, email=email)
    return email.status


def _record_failure(email: OutgoingEmail, error: Exception) -> None:
    email.last_error = short_error(error)
    logger.warning("Email %s, try %s, failed: %s", email.pk, email.attempts, email.last_error)
    if email.attempts >= MAX_ATTEMPTS:
        email.status, email.next_try_at = Status.FAILED, None
    else:
        email.next_try_at = timezone.now() + RETRY_DELAY * 2**email.attempts
        if deliver.get_backend().supports_defer:
            deliver.using(run_after=email.next_try_at).enqueue(email.pk)
    email.save(update_fields=["status", "next_try_at", "last_error"])


def short_error(error: Exception) -> str:
    """The error for staff: one line, short, and never a link (a link may be someone's private one)."""
    text = f"{type(error).__name__}: {error}".splitlines()[0]
    return re.sub(r"\S*://\S*|/lacak/\S*", "…", text)[:300]


def retry_now(email: OutgoingEmail) -> None:
    """A member of staff asked: try now, even an email given up on (it gets one more try)."""
    OutgoingEmail.objects.filter(pk=email.pk).exclude(status=Status.SENT).update(
        status=Status.QUEUED, next_try_at=None
    )
    deliver.enqueue(email.pk)


def send_due(now: datetime | None = None) -> int:
    """Queue a try for every email whose next try is due, or that waited unsent for ``CLAIM`` (a
    worker lost it); returns how many. The ``send_queued_email`` command, run every few minutes."""
    now = now or timezone.now()
    due = OutgoingEmail.objects.filter(status=Status.QUEUED).filter(
        Q(next_try_at__lte=now) | Q(next_try_at__isnull=True, created_at__lte=now - CLAIM)
    )
    email_ids = list(due.values_list("pk", flat=True))
    for email_id in email_ids:
        deliver.enqueue(email_id)
    return len(email_ids)


def purge(now: datetime | None = None) -> int:
    """Erase delivered emails' content after ``OUTBOX_KEEP_DAYS`` (deleting those about nothing that
    keeps them), and delete failed ones after ``OUTBOX_KEEP_FAILED_DAYS``; returns how many."""
    now = now or timezone.now()
    old_sent = OutgoingEmail.objects.filter(
        status=Status.SENT, sent_at__lt=now - timedelta(days=settings.OUTBOX_KEEP_DAYS)
    )
    count, _ = old_sent.filter(about_url="").delete()
    count += old_sent.exclude(sealed_message="").update(sealed_message="")
    old_failed = OutgoingEmail.objects.filter(
        status=Status.FAILED, created_at__lt=now - timedelta(days=settings.OUTBOX_KEEP_FAILED_DAYS)
    )
    count += old_failed.delete()[0]
    return count
