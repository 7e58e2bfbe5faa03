"""Removing citizens' personal data once a closed submission has been kept long enough (UU 27/2022 PDP).

UU 27/2022 art. 43–44: personal data is erased when the purpose it was collected for has ended and
the retention period is over. A submission's purpose ends when it is resolved (selesai) or rejected
(ditolak); ``settings.RETENTION_DAYS`` days after ``closed_at`` its personal data is replaced.

What is removed, and why:

- name, address and description become a short placeholder, so staff see that something was there
  and was removed (a blank name would read as an anonymous report); blank values stay blank;
- NIK, email and phone become blank (a fake value could be taken for a real one, and blank already
  means "not given" everywhere: no receipt is sent, nothing is masked), and so does the NIK's lookup
  hash (``Submission.objects.bulk_update`` recomputes it); birth date, event date, the user account
  link and the village (kelurahan) are cleared;
- the subject is kept only for applications (where it is the service's title) and for reports the
  citizen allowed to be published and whose identity is not "rahasia" (the citizen agreed to make
  the topic public); otherwise it becomes the placeholder too;
- ``details`` keeps only the non-personal workflow keys in ``KEPT_DETAILS`` (an allowlist, so keys
  added later are removed until someone decides they are not personal);
- attachments (KTP scans, documents): the stored files and their rows;
- in the history, internal notes (staff write about the person there) are cleared;
- the emails to the citizen in the outbox (receipt, status changes: their address, the private
  link, and errors that quote the address) are deleted, delivered or not (outbox.delivery).

What is kept: kind, service, agency, status, dates, deadline, district (kecamatan, a statistic at
district level), identity option, the public answer and the history's public notes (the agency's
official words, which the tracking page shows), the tracking code, the consent record and the SKM
answers linked to the submission (IKM statistics, which hold no name or NIK).
"""

import logging
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from django_tasks import task

from outbox.models import OutgoingEmail

from .models import Attachment, StatusChange, Submission

logger = logging.getLogger(__name__)

CLOSED_STATUSES = (Submission.Status.RESOLVED, Submission.Status.REJECTED)
# Small enough to keep memory and lock time low, large enough that a year's backlog takes few queries.
BATCH_SIZE = 500
# Workflow facts that say nothing about the person: the one extension of an information request
# (UU 14/2008), the days left when paused, and how the answer was delivered (email, post, office).
KEPT_DETAILS = frozenset({"extended", "paused_days_left", "delivery"})
REMOVED = _("[removed]")
PURGED_FIELDS = [
    "name",
    "nik",
    "birth_date",
    "address",
    "kelurahan",
    "email",
    "phone",
    "user",
    "subject",
    "description",
    "event_date",
    "details",
    "purged_at",
]


@dataclass(frozen=True)
class PurgeResult:
    submissions: int = 0
    files: int = 0


def due_for_purge(days: int | None = None, now: datetime | None = None) -> QuerySet[Submission]:
    """Submissions resolved or rejected more than ``days`` days before ``now`` and not purged yet."""
    days = settings.RETENTION_DAYS if days is None else days
    if days < 0:
        raise ValueError("The retention period cannot be negative.")
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return Submission.objects.filter(
        status__in=CLOSED_STATUSES, closed_at__lt=cutoff, purged_at__isnull=True
    ).order_by("pk")


def purge_personal_data(
    days: int | None = None, now: datetime | None = None, *, batch_size: int = BATCH_SIZE
) -> PurgeResult:
    """Replace the personal data of submissions closed more than ``days`` days ago (see the module).

    ``days`` defaults to ``settings.RETENTION_DAYS``. Works through ``batch_size`` submissions at a
    time, each batch in its own transaction with its rows locked, so a submission reopened meanwhile
    is left alone. Purged submissions get ``purged_at``, so running it again purges nothing.
    Stored files are deleted inside the batch's transaction, before its rows are: if a file cannot
    be deleted the batch rolls back and is tried again on the next run, rather than leaving a file
    with personal data that no row points to.
    """
    now = now or timezone.now()
    due = due_for_purge(days, now)
    # Stored text, read by staff in any language: written in the site's main language.
    with translation.override(settings.LANGUAGE_CODE):
        placeholder = str(REMOVED)
    submissions = files = 0
    last_pk = 0
    while True:
        with transaction.atomic():
            batch = list(due.filter(pk__gt=last_pk).select_for_update()[:batch_size])
            if not batch:
                break
            last_pk = batch[-1].pk
            files += _purge_batch(batch, now, placeholder)
            submissions += len(batch)
    if submissions:
        logger.info("Retention purge: %d submission(s), %d file(s) deleted.", submissions, files)
    return PurgeResult(submissions=submissions, files=files)


def _purge_batch(batch: list[Submission], now: datetime, placeholder: str) -> int:
    """Purge locked submissions; return the number of stored files deleted."""
    attachments = Attachment.objects.filter(submission__in=batch)
    deleted = Counter()
    for attachment in attachments.only("pk", "submission_id", "file"):
        storage, name = attachment.file.storage, attachment.file.name
        if name and storage.exists(name):
            storage.delete(name)
            deleted[attachment.submission_id] += 1
    attachments.delete()
    history = StatusChange.objects.filter(submission__in=batch)
    history.update(internal_note="")
    # The emails to the citizen (receipt, status changes), delivered or not: their content is theirs.
    emails = [submission.receipt_email_id for submission in batch]
    emails += history.values_list("email_id", flat=True)
    OutgoingEmail.objects.filter(pk__in=[pk for pk in emails if pk]).delete()
    for submission in batch:
        _replace_personal_data(submission, placeholder)
        submission.purged_at = now
    Submission.objects.bulk_update(batch, PURGED_FIELDS)
    for submission in batch:
        logger.info(
            "Removed the personal data of %s; %d file(s) deleted.",
            submission.tracking_code,
            deleted[submission.pk],
        )
    return deleted.total()


def _replace_personal_data(submission: Submission, placeholder: str) -> None:
    submission.name = placeholder if submission.name else ""
    submission.address = placeholder if submission.address else ""
    submission.description = placeholder if submission.description else ""
    if not _subject_may_stay(submission) and submission.subject:
        submission.subject = placeholder
    submission.nik = submission.email = submission.phone = ""
    submission.birth_date = submission.event_date = None
    submission.user = submission.kelurahan = None
    submission.details = {
        key: value for key, value in (submission.details or {}).items() if key in KEPT_DETAILS
    }


def _subject_may_stay(submission: Submission) -> bool:
    if submission.kind == Submission.Kind.APPLICATION:
        return True  # the service's title, set by the application wizard
    return submission.allow_publication and submission.identity != Submission.Identity.CONFIDENTIAL


def purge_on_request(submissions: list[Submission], now: datetime | None = None) -> int:
    """Purge these submissions now, before their retention ends: an erasure request granted (UU 27/2022
    Pasal 8 and 43; privacy.processing decides which may go). The caller holds their rows locked
    (``select_for_update``) inside a transaction. Returns the number of stored files deleted."""
    with translation.override(settings.LANGUAGE_CODE):
        placeholder = str(REMOVED)
    return _purge_batch(submissions, now or timezone.now(), placeholder)


@task()
def purge_personal_data_task(days: int | None = None) -> dict[str, int]:
    """The purge as a background task, to be scheduled daily; returns the counts as JSON."""
    return asdict(purge_personal_data(days))
