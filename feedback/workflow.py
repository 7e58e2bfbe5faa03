"""The back office's state machine: who may move a submission to which status, and its new deadline.

Statuses follow SP4N-LAPOR! (PermenPANRB 62/2018): a report is received (diterima), verified
(diverifikasi) or rejected with a reason (ditolak), forwarded to an agency (didisposisikan), handled
(ditindaklanjuti) and resolved (selesai). A service application needs no forwarding (its service names
the agency) and may wait for missing documents (menunggu kelengkapan), which pauses its deadline clock.

Roles mirror LAPOR!'s admins: the Koordinator Pengaduan (the city's Admin Koordinator) verifies and
forwards, the Petugas OPD (an agency's Admin Penghubung) handles and answers, the Pimpinan reads.
Choices beyond DESIGN.md:

- An officer may verify or reject *applications* too: checking an applicant's files is the agency's work.
- The coordinator forwards reports only, and may forward again while a report is forwarded or being
  handled, to reassign it to another agency.
- The coordinator does not start, answer or resolve: as in LAPOR!, the answer comes from the agency.
- An application that waits for documents may be rejected (the documents never came).
- Applications are verified before an officer starts on them; there is no shortcut from diterima.
- Extending an information request needs a reason for the citizen (UU 14/2008 ps. 22(8)).

This module only changes database rows. The caller checks that an officer works for the submission's
agency, and once the transaction has committed it emails the citizen (when ``Action.public``) and writes
the Wagtail audit-log entry: neither may happen for a change that was rolled back.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import StatusChange, Submission
from .workdays import (
    FOLLOW_UP_DAYS,
    INFORMATION_DAYS,
    INFORMATION_EXTENSION_DAYS,
    VERIFY_DAYS,
    add_working_days,
    working_days_between,
)

Kind = Submission.Kind
Status = Submission.Status
REPORTS = frozenset({Kind.COMPLAINT, Kind.ASPIRATION, Kind.INFORMATION})


class Role(StrEnum):
    """A back-office role; the value is the name of the Wagtail group that grants it."""

    COORDINATOR = "Koordinator Pengaduan"  # every agency: verify, reject, forward, reassign, reopen
    OFFICER = "Petugas OPD"  # their own agencies: start, request documents, answer, extend
    READER = "Pimpinan"  # the heads of office: read only


def role_for(user) -> Role | None:
    """The most powerful role the user's groups give; superusers act as coordinators."""
    if user is None or not user.is_active or not user.is_authenticated:
        return None
    if user.is_superuser:
        return Role.COORDINATOR
    # Asked for every row of a listing, so kept on the user object, which lives for one request.
    if not hasattr(user, "_back_office_role"):
        groups = set(user.groups.values_list("name", flat=True))
        user._back_office_role = next((role for role in Role if role.value in groups), None)
    return user._back_office_role


@dataclass(frozen=True)
class Action:
    """One step an officer can take. ``to_status=None`` keeps the status (an extension)."""

    name: str
    label: Promise
    from_statuses: frozenset[Status]
    to_status: Status | None
    roles: frozenset[Role]
    kinds: frozenset[Kind] | None = None  # None: every kind
    officer_kinds: frozenset[Kind] | None = None  # narrower kinds an officer may take it for
    needs_public_note: bool = False
    note_label: Promise | str = ""  # the label of the note field, when a note is required
    needs_agency: bool = False
    public: bool = True  # the citizen is emailed

    def permits(self, role: Role | None, kind: str) -> bool:
        if role not in self.roles:
            return False
        if role == Role.OFFICER and self.officer_kinds is not None:
            return kind in self.officer_kinds
        return True


def _action(name, label, from_statuses, to_status, roles, **options) -> Action:
    return Action(name, label, frozenset(from_statuses), to_status, frozenset(roles), **options)


ACTIONS: dict[str, Action] = {
    action.name: action
    for action in (
        _action(
            "verify",
            gettext_lazy("Verify"),
            {Status.RECEIVED},
            Status.VERIFIED,
            {Role.COORDINATOR, Role.OFFICER},
            officer_kinds=frozenset({Kind.APPLICATION}),
        ),
        _action(
            "reject",
            gettext_lazy("Reject"),
            {Status.RECEIVED, Status.VERIFIED, Status.WAITING},
            Status.REJECTED,
            {Role.COORDINATOR, Role.OFFICER},
            officer_kinds=frozenset({Kind.APPLICATION}),
            needs_public_note=True,
            note_label=gettext_lazy("Reason for rejecting"),
        ),
        _action(
            "forward",
            gettext_lazy("Forward to an agency"),
            {Status.VERIFIED, Status.FORWARDED, Status.IN_PROGRESS},
            Status.FORWARDED,
            {Role.COORDINATOR},
            kinds=REPORTS,
            needs_agency=True,
        ),
        _action(
            "start",
            gettext_lazy("Start handling"),
            {Status.VERIFIED, Status.FORWARDED},
            Status.IN_PROGRESS,
            {Role.OFFICER},
        ),
        _action(
            "request_documents",
            gettext_lazy("Ask for missing documents"),
            {Status.RECEIVED, Status.VERIFIED, Status.IN_PROGRESS},
            Status.WAITING,
            {Role.OFFICER},
            kinds=frozenset({Kind.APPLICATION}),
            needs_public_note=True,
            note_label=gettext_lazy("Documents that are missing"),
        ),
        _action(
            "documents_received",
            gettext_lazy("Documents received"),
            {Status.WAITING},
            Status.IN_PROGRESS,
            {Role.OFFICER},
            kinds=frozenset({Kind.APPLICATION}),
            public=False,  # the citizen has just sent them and sees the upload confirmed
        ),
        _action(
            "resolve",
            gettext_lazy("Answer and resolve"),
            {Status.IN_PROGRESS},
            Status.RESOLVED,
            {Role.OFFICER},
            needs_public_note=True,
            note_label=gettext_lazy("Answer for the citizen"),
        ),
        _action(
            "reopen",
            gettext_lazy("Reopen"),
            {Status.RESOLVED, Status.REJECTED},
            Status.IN_PROGRESS,
            {Role.COORDINATOR},
        ),
        _action(
            "extend",
            gettext_lazy("Extend the deadline"),
            {Status.FORWARDED, Status.IN_PROGRESS},
            None,
            {Role.OFFICER},
            kinds=frozenset({Kind.INFORMATION}),
            needs_public_note=True,
            note_label=gettext_lazy("Reason for the extension"),
        ),
    )
}


class TransitionError(Exception):
    """A step that may not be taken; ``message`` is translated and can be shown to the officer."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)


def _refusal(action: Action, submission: Submission, role) -> str | None:
    """Why ``role`` may not take ``action`` on ``submission`` now, or None when it may."""
    if not action.permits(role, submission.kind):
        return _("Your role does not allow this step.")
    if action.kinds is not None and submission.kind not in action.kinds:
        return _("This step is not possible for this kind of submission.")
    if submission.status not in action.from_statuses:
        status = Status(submission.status).label
        return _("This step is not possible while the submission is “%(status)s”.") % {"status": status}
    if action.name == "extend" and (submission.details or {}).get("extended"):
        return _("The deadline of an information request can be extended only once.")
    return None


def allowed_actions(submission: Submission, role: Role | None) -> list[Action]:
    """The steps ``role`` may take on ``submission`` in its current status, in workflow order."""
    return [action for action in ACTIONS.values() if _refusal(action, submission, role) is None]


def _created_on(submission: Submission) -> date:
    return timezone.localdate(submission.created_at) if submission.created_at else timezone.localdate()


def _processing_days(submission: Submission) -> int:
    # As submit.first_deadline: the service's processing time, or the verification time without one.
    service = submission.service
    return max(service.processing_days, 1) if service is not None else VERIFY_DAYS


def _information_deadline(submission: Submission, extra_holidays: Iterable[date]) -> date:
    """UU 14/2008 ps. 22(7)-(8): 10 working days from receipt, 7 more once extended."""
    deadline = add_working_days(_created_on(submission), INFORMATION_DAYS, extra_holidays)
    if (submission.details or {}).get("extended"):
        deadline = add_working_days(deadline, INFORMATION_EXTENSION_DAYS, extra_holidays)
    return deadline


def _running_deadline(submission: Submission, extra_holidays: Iterable[date]) -> date:
    """An application's current deadline: the one stored, else its processing time from receipt."""
    return submission.deadline or add_working_days(
        _created_on(submission), _processing_days(submission), extra_holidays
    )


def deadline_after(
    action: Action, submission: Submission, today: date, extra_holidays: Iterable[date] = ()
) -> date | None:
    """The deadline ``submission`` gets from ``action``, taken on ``today`` from its current status.

    Reports: verified or forwarded, the agency follows up within 5 working days of today (SP4N-LAPOR!);
    an information request never gets a later date than its UU 14/2008 deadline, which applies once it is
    being handled. A complaint or aspiration keeps its follow-up deadline when the agency starts on it.
    Applications keep their service's processing time from receipt; it pauses while they wait for
    documents and resumes with the working days that were left. Reopening gives a fresh period from
    today. Rejected, resolved and waiting submissions have no deadline.
    """
    extra_holidays = tuple(extra_holidays)
    if action.to_status is None:  # the one extension of an information request
        current = submission.deadline or _information_deadline(submission, extra_holidays)
        return add_working_days(current, INFORMATION_EXTENSION_DAYS, extra_holidays)
    if action.to_status in (Status.REJECTED, Status.RESOLVED, Status.WAITING):
        return None
    if submission.kind == Kind.APPLICATION:
        if submission.status == Status.WAITING:
            days_left = (submission.details or {}).get("paused_days_left", 0)
            return add_working_days(today, days_left, extra_holidays)
        if action.name == "reopen":
            return add_working_days(today, _processing_days(submission), extra_holidays)
        return _running_deadline(submission, extra_holidays)
    follow_up = add_working_days(today, FOLLOW_UP_DAYS, extra_holidays)
    if action.name == "reopen":
        return follow_up
    if submission.kind == Kind.INFORMATION:
        legal = _information_deadline(submission, extra_holidays)
        return legal if action.to_status == Status.IN_PROGRESS else min(follow_up, legal)
    if action.to_status == Status.IN_PROGRESS:
        return submission.deadline or follow_up
    return follow_up


def apply_action(
    submission: Submission,
    action_name: str,
    *,
    role: Role | None,
    user=None,
    public_note: str = "",
    internal_note: str = "",
    agency=None,
    today: date | None = None,
    extra_holidays: Iterable[date] = (),
) -> StatusChange:
    """Take a step and record it in the history; raise ``TransitionError`` and change nothing if refused.

    ``submission`` is the copy the officer saw. When its row changed status since (another officer was
    faster), the step is refused rather than applied to a status the officer never saw. On success the
    caller's copy is updated too.
    """
    action = ACTIONS.get(action_name)
    if action is None:
        raise TransitionError(_("This step does not exist."))
    public_note, internal_note = public_note.strip(), internal_note.strip()
    refusal = _refusal(action, submission, role)
    if refusal:
        raise TransitionError(refusal)
    if action.needs_public_note and not public_note:
        raise TransitionError(_("Fill in “%(field)s”.") % {"field": action.note_label})
    if action.needs_agency and agency is None:
        raise TransitionError(_("Choose the agency to forward to."))
    today = today or timezone.localdate()
    extra_holidays = tuple(extra_holidays)

    with transaction.atomic():
        current = Submission.objects.select_for_update().get(pk=submission.pk)
        if current.status != submission.status:
            raise TransitionError(
                _("Someone else has just changed this submission. Reload the page to see its current status.")
            )
        refusal = _refusal(action, current, role)  # e.g. a simultaneous extension
        if refusal:
            raise TransitionError(refusal)
        from_status = current.status
        details = dict(current.details or {})
        if action.to_status == Status.WAITING:
            running = _running_deadline(current, extra_holidays)
            details["paused_days_left"] = working_days_between(today, running, extra_holidays)
        current.deadline = deadline_after(action, current, today, extra_holidays)
        if from_status == Status.WAITING:
            details.pop("paused_days_left", None)
        if action.name == "extend":
            details["extended"] = True
        if action.needs_agency:
            current.agency = agency
        if action.name == "resolve":
            current.public_answer = public_note
        if action.to_status in (Status.RESOLVED, Status.REJECTED):
            current.closed_at = timezone.now()
        elif action.to_status is not None:
            current.closed_at = None
        current.status = action.to_status or from_status
        current.details = details
        current.save()
        change = StatusChange.objects.create(
            submission=current,
            from_status=from_status,
            to_status=current.status,
            action=action.name,
            changed_by=user,
            public_note=public_note,
            internal_note=internal_note,
        )
    for field in ("status", "deadline", "agency_id", "public_answer", "details", "closed_at", "updated_at"):
        setattr(submission, field, getattr(current, field))
    return change


def resume_after_upload(
    submission: Submission, *, today: date | None = None, extra_holidays: Iterable[date] = ()
) -> StatusChange | None:
    """The citizen sent the missing documents: resume the clock as an officer's "documents_received" would.

    The history row has no ``changed_by``: the citizen made the change. Returns None when the
    submission is not waiting for documents (the upload then changes no status).
    """
    if submission.status != Status.WAITING:
        return None
    return apply_action(
        submission, "documents_received", role=Role.OFFICER, today=today, extra_holidays=extra_holidays
    )
