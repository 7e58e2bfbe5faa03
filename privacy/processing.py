"""Receiving and answering personal-data requests (UU 27/2022): the rules, with no request object.

Each step writes the Wagtail audit-log entry and, once the transaction commits, emails the citizen
(privacy.emails). Deletion reuses the retention purge of feedback.retention, so the list of personal
fields lives in one place.

Which submissions a deletion request may not touch yet, and why:

- one still being handled (not resolved or rejected): the officers need the data to answer it, and
  the citizen can ask again once it is closed;
- a service application, until ``RETENTION_DAYS`` after it was closed: it is the record of an
  administrative decision, which the city must keep (UU 27/2022 Pasal 15(1) huruf c, the exception
  for the public interest in running the state; UU 43/2009 on archives). The retention purge removes
  its personal data at the end of that period anyway.

Complaints, aspirations and information requests that are closed are purged at once.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from feedback.models import Submission
from feedback.retention import CLOSED_STATUSES, purge_on_request

from .emails import send_request_email
from .models import ANSWER_WITHIN, DataRequest

Kind = DataRequest.Kind
Status = DataRequest.Status
# How long the download of a copy stays open after staff sent it; a later copy needs a new request.
COPY_AVAILABLE_DAYS = 30


class AlreadyAnswered(Exception):
    """Someone else answered the request meanwhile (two officers, or a second click)."""


def open_request(
    kind: str, *, submission=None, user=None, email="", language="id"
) -> tuple[DataRequest, bool]:
    """The open request of this kind about this submission or account, made if there is none.

    Returns it and whether it is new: a double click, or a second tab, finds the first one.
    """
    lookup = {"kind": kind, "status": Status.RECEIVED, "submission": submission, "user": user}
    existing = DataRequest.objects.filter(**lookup).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            data_request = DataRequest.objects.create(
                **lookup, email=email, language=language, due_at=timezone.now() + ANSWER_WITHIN
            )
            log(data_request, "privacy.request.received", user=user)
    except IntegrityError:  # the same request, made a moment earlier
        return DataRequest.objects.get(**lookup), False
    _email_after_commit(data_request)
    return data_request, True


def kept_because(submission: Submission, now: datetime) -> str:
    """Why this submission's personal data must stay for now (see the module), or "" if it may go."""
    if submission.status not in CLOSED_STATUSES:
        return _("it is still being handled, and the officers need your data to answer it")
    if submission.kind == Submission.Kind.APPLICATION:
        until = (submission.closed_at or now) + timedelta(days=settings.RETENTION_DAYS)
        if until > now:
            return _(
                "a service application is a government record, which the city must keep until %(date)s "
                "(UU 27/2022 Pasal 15(1) c; UU 43/2009 on archives)"
            ) % {"date": date_format(timezone.localtime(until).date())}
    return ""


def send_copy(data_request: DataRequest, user) -> DataRequest:
    """Open the download of the copy for the citizen and tell them (UU 27/2022 Pasal 32)."""
    with transaction.atomic():
        data_request = _claim(data_request, Kind.COPY)
        _finish(data_request, user, Status.COMPLETED, "")
    return data_request


def erase(data_request: DataRequest, user) -> DataRequest:
    """Purge the personal data of the covered submissions that may go (UU 27/2022 Pasal 8 and 43).

    The reply says which were removed and which were kept, and why. Refused when none could be
    removed; completed otherwise, also when there was nothing (left) to remove.
    """
    now = timezone.now()
    with transaction.atomic():
        data_request = _claim(data_request, Kind.ERASURE)
        submissions = list(data_request.covered_submissions().select_for_update().order_by("pk"))
        with translation.override(data_request.language):
            already = [submission for submission in submissions if submission.purged_at]
            verdicts = [(item, kept_because(item, now)) for item in submissions if not item.purged_at]
            removed = [item for item, reason in verdicts if not reason]
            kept = [(item, reason) for item, reason in verdicts if reason]
            lines = [
                _("%(code)s: its personal data was removed.") % {"code": item.tracking_code}
                for item in already + removed
            ]
            lines += [
                _("%(code)s: kept, because %(reason)s.") % {"code": item.tracking_code, "reason": reason}
                for item, reason in kept
            ]
            if not submissions:
                lines.append(_("We hold no submission about you."))
        codes = [submission.tracking_code for submission in removed]
        files = purge_on_request(removed, now) if removed else 0
        status = Status.REFUSED if kept and not removed else Status.COMPLETED
        _finish(data_request, user, status, "\n".join(lines), {"removed": codes, "files": files})
    return data_request


def refuse(data_request: DataRequest, user, reason: str) -> DataRequest:
    """Refuse with a reason the citizen reads (UU 27/2022 Pasal 15 lists when a right does not apply)."""
    with transaction.atomic():
        data_request = _claim(data_request, data_request.kind)
        _finish(data_request, user, Status.REFUSED, reason)
    return data_request


def available_copy(*, submission=None, user=None) -> DataRequest | None:
    """The copy request answered in the last ``COPY_AVAILABLE_DAYS`` days: its download is open."""
    since = timezone.now() - timedelta(days=COPY_AVAILABLE_DAYS)
    return (
        DataRequest.objects.filter(
            kind=Kind.COPY, status=Status.COMPLETED, submission=submission, user=user, processed_at__gte=since
        )
        .order_by("-processed_at")
        .first()
    )


def _claim(data_request: DataRequest, kind: str) -> DataRequest:
    """The request's row, locked, if it is still open and of this kind."""
    locked = DataRequest.objects.select_for_update().get(pk=data_request.pk)
    if locked.status != Status.RECEIVED or locked.kind != kind:
        raise AlreadyAnswered
    return locked


def _finish(data_request: DataRequest, user, status: str, reply: str, data: dict | None = None) -> None:
    data_request.status, data_request.reply = status, reply
    data_request.processed_by, data_request.processed_at = user, timezone.now()
    data_request.save(update_fields=["status", "reply", "processed_by", "processed_at"])
    if status == Status.REFUSED:
        action = "privacy.request.refused"
    else:
        action = "privacy.request.copy_sent" if data_request.kind == Kind.COPY else "privacy.request.erased"
    log(data_request, action, user=user, data=data or {})
    _email_after_commit(data_request)


def _email_after_commit(data_request: DataRequest) -> None:
    if data_request.email:
        transaction.on_commit(lambda: send_request_email.enqueue(data_request.pk))
