"""The back office's state machine: who may take which step from which status, and the deadlines it sets."""

import itertools
from datetime import date, datetime

from django.contrib.auth.models import Group
from django.utils import timezone, translation

import pytest

from feedback.models import StatusChange, Submission
from feedback.workdays import add_working_days
from feedback.workflow import (
    ACTIONS,
    Role,
    TransitionError,
    allowed_actions,
    apply_action,
    deadline_after,
    resume_after_upload,
    role_for,
)
from services_catalog.factories import AgencyFactory, ServiceIndexPageFactory, ServicePageFactory

Kind = Submission.Kind
Status = Submission.Status
COORDINATOR, OFFICER, READER = Role.COORDINATOR, Role.OFFICER, Role.READER
ALL = tuple(Kind)
REPORTS = (Kind.COMPLAINT, Kind.ASPIRATION, Kind.INFORMATION)
APPLICATION = (Kind.APPLICATION,)
INFORMATION = (Kind.INFORMATION,)
SAME = None  # the extension keeps the status

# The transition table, written out by hand: (kinds, from statuses, action, role, to status).
TABLE = [
    (ALL, [Status.RECEIVED], "verify", COORDINATOR, Status.VERIFIED),
    (APPLICATION, [Status.RECEIVED], "verify", OFFICER, Status.VERIFIED),
    (ALL, [Status.RECEIVED, Status.VERIFIED], "reject", COORDINATOR, Status.REJECTED),
    (APPLICATION, [Status.WAITING], "reject", COORDINATOR, Status.REJECTED),
    (APPLICATION, [Status.RECEIVED, Status.VERIFIED, Status.WAITING], "reject", OFFICER, Status.REJECTED),
    (
        REPORTS,
        [Status.VERIFIED, Status.FORWARDED, Status.IN_PROGRESS],
        "forward",
        COORDINATOR,
        Status.FORWARDED,
    ),
    (ALL, [Status.VERIFIED], "start", OFFICER, Status.IN_PROGRESS),
    (REPORTS, [Status.FORWARDED], "start", OFFICER, Status.IN_PROGRESS),
    (
        APPLICATION,
        [Status.RECEIVED, Status.VERIFIED, Status.IN_PROGRESS],
        "request_documents",
        OFFICER,
        Status.WAITING,
    ),
    (APPLICATION, [Status.WAITING], "documents_received", OFFICER, Status.IN_PROGRESS),
    (ALL, [Status.IN_PROGRESS], "resolve", OFFICER, Status.RESOLVED),
    (ALL, [Status.RESOLVED, Status.REJECTED], "reopen", COORDINATOR, Status.IN_PROGRESS),
    (INFORMATION, [Status.FORWARDED, Status.IN_PROGRESS], "extend", OFFICER, SAME),
]
TRANSITIONS = [
    (kind, status, action, role, to)
    for kinds, statuses, action, role, to in TABLE
    for kind in kinds
    for status in statuses
]


def reachable(kind, status):
    """Applications are never forwarded; reports never wait for documents."""
    if kind == Kind.APPLICATION:
        return status != Status.FORWARDED
    return status != Status.WAITING


STATES = [
    (kind, status, role) for kind in Kind for status in Status for role in Role if reachable(kind, status)
]

FRIDAY = date(2026, 11, 20)
MONDAY = date(2026, 11, 23)
NOTE = "Catatan untuk warga."
_numbers = itertools.count(1)


def make_submission(kind, status=Status.RECEIVED, created_on=None, **fields):
    number = next(_numbers)
    submission = Submission.objects.create(
        kind=kind,
        status=status,
        tracking_code=f"SWL-2611-TEST{number:03}",
        submission_key=f"workflow-{number}",
        secret_hash="x",
        subject="Lampu jalan mati di Talawi",
        **fields,
    )
    if created_on:
        received = timezone.make_aware(datetime(created_on.year, created_on.month, created_on.day, 9))
        Submission.objects.filter(pk=submission.pk).update(created_at=received)
        submission.refresh_from_db()
    return submission


@pytest.fixture
def service(site_tree):
    index = ServiceIndexPageFactory(parent=site_tree.home)
    return ServicePageFactory(parent=index, processing_days=5)


@pytest.fixture
def officer(django_user_model):
    return django_user_model.objects.create_user(username="petugas", password="rahasia-petugas")


def step_options(action):
    """Whatever a step needs so that only status, kind and role decide."""
    options = {"public_note": NOTE}
    if ACTIONS[action].needs_agency:
        options["agency"] = AgencyFactory()
    return options


# What may be done


@pytest.mark.parametrize(("kind", "status", "role"), STATES, ids=lambda value: str(value))
def test_allowed_actions_follow_the_table(kind, status, role):
    expected = {action for k, s, action, r, _to in TRANSITIONS if (k, s, r) == (kind, status, role)}
    submission = Submission(kind=kind, status=status)
    assert {action.name for action in allowed_actions(submission, role)} == expected


def test_a_reader_may_do_nothing():
    for kind, status in itertools.product(Kind, Status):
        assert allowed_actions(Submission(kind=kind, status=status), READER) == []


def test_no_role_may_do_nothing():
    assert allowed_actions(Submission(kind=Kind.COMPLAINT, status=Status.RECEIVED), None) == []


def test_actions_come_in_workflow_order():
    submission = Submission(kind=Kind.APPLICATION, status=Status.VERIFIED)
    assert [action.name for action in allowed_actions(submission, OFFICER)] == [
        "reject",
        "start",
        "request_documents",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "status", "action", "role", "to"), TRANSITIONS, ids=lambda value: str(value)
)
def test_every_allowed_transition(kind, status, action, role, to):
    submission = make_submission(kind, status)
    change = apply_action(submission, action, role=role, today=MONDAY, **step_options(action))
    submission.refresh_from_db()
    assert submission.status == (to or status)
    assert (change.from_status, change.to_status) == (status, to or status)
    assert list(submission.history.all()) == [change]


# What is refused


REFUSED = [
    # wrong role
    (Kind.COMPLAINT, Status.RESOLVED, "reopen", OFFICER, "Your role does not allow this step."),
    (Kind.COMPLAINT, Status.VERIFIED, "forward", OFFICER, "Your role does not allow this step."),
    (Kind.COMPLAINT, Status.RECEIVED, "verify", OFFICER, "Your role does not allow this step."),
    (Kind.ASPIRATION, Status.RECEIVED, "reject", OFFICER, "Your role does not allow this step."),
    (Kind.COMPLAINT, Status.IN_PROGRESS, "resolve", COORDINATOR, "Your role does not allow this step."),
    (Kind.COMPLAINT, Status.FORWARDED, "start", COORDINATOR, "Your role does not allow this step."),
    (
        Kind.APPLICATION,
        Status.VERIFIED,
        "request_documents",
        COORDINATOR,
        "Your role does not allow this step.",
    ),
    (Kind.INFORMATION, Status.IN_PROGRESS, "extend", COORDINATOR, "Your role does not allow this step."),
    (Kind.COMPLAINT, Status.RECEIVED, "verify", READER, "Your role does not allow this step."),
    (Kind.APPLICATION, Status.IN_PROGRESS, "resolve", READER, "Your role does not allow this step."),
    (Kind.COMPLAINT, Status.RESOLVED, "reopen", READER, "Your role does not allow this step."),
    (Kind.COMPLAINT, Status.RECEIVED, "verify", None, "Your role does not allow this step."),
    # wrong kind
    (
        Kind.COMPLAINT,
        Status.VERIFIED,
        "request_documents",
        OFFICER,
        "This step is not possible for this kind of submission.",
    ),
    (
        Kind.COMPLAINT,
        Status.IN_PROGRESS,
        "extend",
        OFFICER,
        "This step is not possible for this kind of submission.",
    ),
    (
        Kind.APPLICATION,
        Status.VERIFIED,
        "forward",
        COORDINATOR,
        "This step is not possible for this kind of submission.",
    ),
    # wrong status
    (
        Kind.COMPLAINT,
        Status.RECEIVED,
        "resolve",
        OFFICER,
        "This step is not possible while the submission is “Received”.",
    ),
    (
        Kind.COMPLAINT,
        Status.VERIFIED,
        "verify",
        COORDINATOR,
        "This step is not possible while the submission is “Verified”.",
    ),
    (
        Kind.COMPLAINT,
        Status.IN_PROGRESS,
        "reopen",
        COORDINATOR,
        "This step is not possible while the submission is “Being handled”.",
    ),
    (
        Kind.APPLICATION,
        Status.RECEIVED,
        "start",
        OFFICER,
        "This step is not possible while the submission is “Received”.",
    ),
    (
        Kind.APPLICATION,
        Status.RESOLVED,
        "request_documents",
        OFFICER,
        "This step is not possible while the submission is “Resolved”.",
    ),
    (Kind.COMPLAINT, Status.RECEIVED, "delete", COORDINATOR, "This step does not exist."),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "status", "action", "role", "message"), REFUSED, ids=str)
def test_refused_step_changes_nothing(kind, status, action, role, message):
    submission = make_submission(kind, status, deadline=FRIDAY)
    options = step_options(action) if action in ACTIONS else {}
    with translation.override("en"), pytest.raises(TransitionError) as refused:
        apply_action(submission, action, role=role, today=MONDAY, **options)
    with translation.override("en"):
        assert str(refused.value) == message
    submission.refresh_from_db()
    assert (submission.status, submission.deadline) == (status, FRIDAY)
    assert not submission.history.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "status", "action", "role", "label"),
    [
        (Kind.COMPLAINT, Status.RECEIVED, "reject", COORDINATOR, "Reason for rejecting"),
        (Kind.APPLICATION, Status.VERIFIED, "request_documents", OFFICER, "Documents that are missing"),
        (Kind.ASPIRATION, Status.IN_PROGRESS, "resolve", OFFICER, "Answer for the citizen"),
        (Kind.INFORMATION, Status.IN_PROGRESS, "extend", OFFICER, "Reason for the extension"),
    ],
)
@pytest.mark.parametrize("note", ["", "   \n"])
def test_a_step_that_needs_a_note_is_refused_without_one(kind, status, action, role, label, note):
    submission = make_submission(kind, status)
    with translation.override("en"), pytest.raises(TransitionError, match=f"Fill in “{label}”."):
        apply_action(submission, action, role=role, public_note=note, today=MONDAY)
    submission.refresh_from_db()
    assert submission.status == status
    assert not submission.history.exists()


@pytest.mark.django_db
def test_forwarding_without_an_agency_is_refused():
    submission = make_submission(Kind.COMPLAINT, Status.VERIFIED)
    with translation.override("en"), pytest.raises(TransitionError, match="Choose the agency"):
        apply_action(submission, "forward", role=COORDINATOR, today=MONDAY)
    submission.refresh_from_db()
    assert (submission.status, submission.agency) == (Status.VERIFIED, None)
    assert not submission.history.exists()


@pytest.mark.django_db
def test_an_information_request_is_extended_only_once():
    submission = make_submission(Kind.INFORMATION, Status.IN_PROGRESS, deadline=FRIDAY)
    apply_action(submission, "extend", role=OFFICER, public_note="Dokumen masih dicari.", today=MONDAY)
    assert "extend" not in [action.name for action in allowed_actions(submission, OFFICER)]
    with translation.override("en"), pytest.raises(TransitionError, match="extended only once"):
        apply_action(submission, "extend", role=OFFICER, public_note="Sekali lagi.", today=MONDAY)
    assert submission.history.count() == 1


# What a step records


@pytest.mark.django_db
def test_the_history_row_records_who_what_and_why(officer):
    submission = make_submission(Kind.COMPLAINT, Status.IN_PROGRESS, deadline=FRIDAY)
    change = apply_action(
        submission,
        "resolve",
        role=OFFICER,
        user=officer,
        public_note="  Lampu sudah diganti pada 23 November.  ",
        internal_note="Tim PJU, tiket 4411.",
        today=MONDAY,
    )
    row = StatusChange.objects.get()
    assert row == change
    assert row.submission_id == submission.pk
    assert (row.from_status, row.to_status) == (Status.IN_PROGRESS, Status.RESOLVED)
    assert row.changed_by == officer
    assert row.public_note == "Lampu sudah diganti pada 23 November."
    assert row.internal_note == "Tim PJU, tiket 4411."
    stored = Submission.objects.get()
    assert stored.public_answer == "Lampu sudah diganti pada 23 November."
    assert stored.deadline is None
    # the caller's copy shows the new state too
    assert (submission.status, submission.deadline, submission.public_answer) == (
        Status.RESOLVED,
        None,
        stored.public_answer,
    )


@pytest.mark.django_db
def test_forwarding_sets_the_agency_and_the_follow_up_deadline():
    agency = AgencyFactory(name="Dinas Perhubungan")
    submission = make_submission(Kind.COMPLAINT, Status.VERIFIED)
    apply_action(submission, "forward", role=COORDINATOR, agency=agency, today=FRIDAY)
    submission.refresh_from_db()
    assert submission.agency == agency
    assert submission.deadline == date(2026, 11, 27)


@pytest.mark.django_db
def test_reassigning_a_forwarded_report_moves_it_to_the_new_agency():
    first, second = AgencyFactory(), AgencyFactory()
    submission = make_submission(Kind.COMPLAINT, Status.FORWARDED, agency=first)
    apply_action(submission, "forward", role=COORDINATOR, agency=second, today=FRIDAY)
    assert submission.agency_id == second.pk
    assert Submission.objects.get().agency == second


# Deadlines


@pytest.mark.django_db
def test_verifying_on_a_friday_gives_five_working_days_across_the_weekend():
    submission = make_submission(Kind.COMPLAINT, deadline=date(2026, 11, 25))
    apply_action(submission, "verify", role=COORDINATOR, today=FRIDAY)
    submission.refresh_from_db()
    assert submission.deadline == date(2026, 11, 27)


@pytest.mark.django_db
def test_cuti_bersama_passed_in_is_skipped():
    submission = make_submission(Kind.COMPLAINT)
    apply_action(submission, "verify", role=COORDINATOR, today=FRIDAY, extra_holidays=[MONDAY])
    assert submission.deadline == date(2026, 11, 30)


@pytest.mark.django_db
def test_a_complaint_keeps_its_follow_up_deadline_when_the_agency_starts():
    submission = make_submission(Kind.COMPLAINT, Status.FORWARDED, deadline=date(2026, 11, 27))
    apply_action(submission, "start", role=OFFICER, today=date(2026, 11, 25))
    assert Submission.objects.get().deadline == date(2026, 11, 27)


@pytest.mark.django_db
def test_an_information_request_being_handled_is_due_ten_working_days_after_receipt():
    submission = make_submission(Kind.INFORMATION, Status.FORWARDED, created_on=date(2026, 11, 2))
    apply_action(submission, "start", role=OFFICER, today=date(2026, 11, 4))
    assert Submission.objects.get().deadline == date(2026, 11, 16)


@pytest.mark.django_db
def test_a_step_deadline_never_passes_the_information_deadline():
    submission = make_submission(Kind.INFORMATION, created_on=date(2026, 11, 2))
    apply_action(submission, "verify", role=COORDINATOR, today=date(2026, 11, 12))
    assert Submission.objects.get().deadline == date(2026, 11, 16)  # not 19 November


@pytest.mark.django_db
def test_extending_an_information_request_adds_seven_working_days():
    submission = make_submission(Kind.INFORMATION, Status.IN_PROGRESS, deadline=FRIDAY)
    change = apply_action(
        submission, "extend", role=OFFICER, public_note="Dokumen tersimpan di arsip lain.", today=MONDAY
    )
    stored = Submission.objects.get()
    assert stored.deadline == date(2026, 12, 1)
    assert stored.status == Status.IN_PROGRESS
    assert stored.details["extended"] is True
    assert (change.from_status, change.to_status) == (Status.IN_PROGRESS, Status.IN_PROGRESS)
    assert change.public_note == "Dokumen tersimpan di arsip lain."


@pytest.mark.django_db
def test_an_extension_granted_before_handling_is_kept_when_handling_starts():
    submission = make_submission(
        Kind.INFORMATION, Status.FORWARDED, created_on=date(2026, 11, 2), deadline=date(2026, 11, 16)
    )
    apply_action(submission, "extend", role=OFFICER, public_note="Perlu waktu.", today=date(2026, 11, 10))
    assert submission.deadline == date(2026, 11, 25)
    apply_action(submission, "start", role=OFFICER, today=date(2026, 11, 11))
    assert Submission.objects.get().deadline == date(2026, 11, 25)


@pytest.mark.django_db
def test_an_application_keeps_its_processing_time_from_receipt(service):
    submission = make_submission(Kind.APPLICATION, service=service, created_on=date(2026, 11, 2))
    apply_action(submission, "verify", role=OFFICER, today=date(2026, 11, 4))
    assert submission.deadline == date(2026, 11, 9)
    apply_action(submission, "start", role=OFFICER, today=date(2026, 11, 5))
    assert Submission.objects.get().deadline == date(2026, 11, 9)


@pytest.mark.django_db
def test_waiting_for_documents_pauses_the_clock_and_resuming_keeps_the_days_left(service):
    submission = make_submission(
        Kind.APPLICATION, Status.IN_PROGRESS, service=service, deadline=date(2026, 11, 27)
    )
    apply_action(
        submission,
        "request_documents",
        role=OFFICER,
        public_note="Kartu Keluarga belum diunggah.",
        today=MONDAY,
    )
    stored = Submission.objects.get()
    assert (stored.status, stored.deadline) == (Status.WAITING, None)
    assert stored.details["paused_days_left"] == 4  # 24–27 November

    apply_action(submission, "documents_received", role=OFFICER, today=date(2026, 12, 7))
    stored = Submission.objects.get()
    assert (stored.status, stored.deadline) == (Status.IN_PROGRESS, date(2026, 12, 11))
    assert "paused_days_left" not in stored.details


@pytest.mark.django_db
def test_an_overdue_application_resumes_due_on_the_day(service):
    submission = make_submission(
        Kind.APPLICATION, Status.VERIFIED, service=service, deadline=date(2026, 11, 18)
    )
    apply_action(submission, "request_documents", role=OFFICER, public_note="KK", today=MONDAY)
    assert Submission.objects.get().details["paused_days_left"] == 0
    apply_action(submission, "documents_received", role=OFFICER, today=date(2026, 12, 7))
    assert Submission.objects.get().deadline == date(2026, 12, 7)


@pytest.mark.django_db
def test_the_citizen_uploading_the_documents_resumes_the_clock(service):
    submission = make_submission(
        Kind.APPLICATION,
        Status.WAITING,
        service=service,
        details={"paused_days_left": 2},
    )
    change = resume_after_upload(submission, today=date(2026, 12, 7))
    assert (change.to_status, change.changed_by) == (Status.IN_PROGRESS, None)
    assert Submission.objects.get().deadline == date(2026, 12, 9)
    assert resume_after_upload(submission, today=date(2026, 12, 8)) is None
    assert submission.history.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "status", "action", "role"),
    [
        (Kind.COMPLAINT, Status.IN_PROGRESS, "resolve", OFFICER),
        (Kind.APPLICATION, Status.VERIFIED, "reject", OFFICER),
        (Kind.INFORMATION, Status.RECEIVED, "reject", COORDINATOR),
    ],
)
def test_a_closed_submission_has_no_deadline(kind, status, action, role):
    submission = make_submission(kind, status, deadline=FRIDAY)
    apply_action(submission, action, role=role, public_note=NOTE, today=MONDAY)
    assert Submission.objects.get().deadline is None


@pytest.mark.django_db
def test_reopening_gives_a_fresh_period(service):
    complaint = make_submission(Kind.COMPLAINT, Status.RESOLVED)
    apply_action(complaint, "reopen", role=COORDINATOR, today=FRIDAY)
    assert complaint.deadline == date(2026, 11, 27)
    application = make_submission(Kind.APPLICATION, Status.REJECTED, service=service)
    apply_action(application, "reopen", role=COORDINATOR, today=FRIDAY)
    assert application.deadline == date(2026, 11, 27)  # the service's 5 working days


def test_deadline_after_is_a_plain_function():
    submission = Submission(kind=Kind.COMPLAINT, status=Status.RECEIVED)
    assert deadline_after(ACTIONS["verify"], submission, FRIDAY) == add_working_days(FRIDAY, 5)
    assert deadline_after(ACTIONS["reject"], submission, FRIDAY) is None


# Two officers at once


@pytest.mark.django_db
def test_the_second_of_two_simultaneous_steps_is_refused_and_changes_nothing():
    created = make_submission(Kind.COMPLAINT)
    first_screen = Submission.objects.get(pk=created.pk)
    second_screen = Submission.objects.get(pk=created.pk)

    apply_action(first_screen, "verify", role=COORDINATOR, today=FRIDAY)
    with translation.override("en"), pytest.raises(TransitionError) as refused:
        apply_action(
            second_screen, "reject", role=COORDINATOR, public_note="Bukan wewenang kota.", today=MONDAY
        )
    with translation.override("en"):
        assert str(refused.value) == (
            "Someone else has just changed this submission. Reload the page to see its current status."
        )

    stored = Submission.objects.get()
    assert (stored.status, stored.deadline) == (Status.VERIFIED, date(2026, 11, 27))
    assert list(stored.history.values_list("to_status", flat=True)) == [Status.VERIFIED]
    assert second_screen.status == Status.RECEIVED


@pytest.mark.django_db
def test_two_simultaneous_extensions_extend_once():
    created = make_submission(Kind.INFORMATION, Status.IN_PROGRESS, deadline=FRIDAY)
    first_screen = Submission.objects.get(pk=created.pk)
    second_screen = Submission.objects.get(pk=created.pk)
    apply_action(first_screen, "extend", role=OFFICER, public_note="Perlu waktu.", today=MONDAY)
    with pytest.raises(TransitionError):
        apply_action(second_screen, "extend", role=OFFICER, public_note="Perlu waktu.", today=MONDAY)
    assert Submission.objects.get().deadline == date(2026, 12, 1)
    assert created.history.count() == 1


# Roles


@pytest.mark.django_db
def test_role_comes_from_the_group_and_superusers_coordinate(django_user_model):
    superuser = django_user_model.objects.create_superuser(username="admin", password="rahasia-admin")
    officer = django_user_model.objects.create_user(username="petugas", password="rahasia-petugas")
    officer.groups.add(Group.objects.create(name="Petugas OPD"))
    head = django_user_model.objects.create_user(username="pimpinan", password="rahasia-pimpinan")
    head.groups.add(Group.objects.create(name="Pimpinan"))
    editor = django_user_model.objects.create_user(username="editor", password="rahasia-editor")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    inactive = django_user_model.objects.create_user(username="lama", password="x", is_active=False)
    inactive.groups.add(Group.objects.get(name="Petugas OPD"))

    assert role_for(superuser) == COORDINATOR
    assert role_for(officer) == OFFICER
    assert role_for(head) == READER
    assert role_for(editor) is None
    assert role_for(inactive) is None
    assert role_for(None) is None
