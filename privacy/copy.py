"""The copy of a citizen's data (UU 27/2022 Pasal 7 and 32): everything the portal holds about their
submissions, as plain values ready for JSON.

The download (through the secret link or the account) has the full NIK: the citizen owns it and has
proved who they are. The email summary masks it (feedback.identity.mask_nik): email is not a safe
channel. Left out: officers' internal notes (the agency's working papers about the case, not data the
citizen gave) and the tracking link's secret (only its hash is kept, and it is not theirs to keep).
"""

from django.db.models import QuerySet
from django.utils import timezone

from feedback.models import Submission
from security.masking import mask_nik


def submissions_copy(submissions: QuerySet[Submission], *, full_nik: bool) -> dict:
    """The copy of ``submissions``; a fixed number of queries, however many there are."""
    submissions = submissions.select_related("service", "agency", "kecamatan", "kelurahan").prefetch_related(
        "attachments", "history"
    )
    return {
        "exported_at": timezone.now(),
        "submissions": [_one(submission, full_nik) for submission in submissions.order_by("created_at")],
    }


def _one(submission: Submission, full_nik: bool) -> dict:
    nik = submission.nik if full_nik else mask_nik(submission.nik)
    return {
        "tracking_code": submission.tracking_code,
        "kind": submission.get_kind_display(),
        "status": submission.get_status_display(),
        "service": submission.service.title if submission.service else None,
        "agency": submission.agency.name if submission.agency else None,
        "received_at": submission.created_at,
        "closed_at": submission.closed_at,
        "personal_data_removed_at": submission.purged_at,
        "identity": submission.get_identity_display(),
        "may_be_published": submission.allow_publication,
        "name": submission.name,
        "nik": nik,
        "birth_date": submission.birth_date,
        "address": submission.address,
        "district": submission.kecamatan.name if submission.kecamatan else None,
        "village": str(submission.kelurahan) if submission.kelurahan else None,
        "email": submission.email,
        "phone": submission.phone,
        "subject": submission.subject,
        "description": submission.description,
        "event_date": submission.event_date,
        "details": submission.details,
        "consent_given_at": submission.consent_at,
        "privacy_notice_version": submission.consent_version,
        "public_answer": submission.public_answer,
        "history": [
            {"at": change.created_at, "status": change.get_to_status_display(), "note": change.public_note}
            for change in submission.history.all()
        ],
        "attachments": [
            {"document": attachment.label, "size_bytes": attachment.size, "sent_at": attachment.created_at}
            for attachment in submission.attachments.all()
        ],
    }
