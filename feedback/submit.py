"""Saving what a wizard collected: the submission, its files and its first history row, all or nothing."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from home.models import SiteSettings
from security.crypto import encrypt

from . import workdays
from .models import Attachment, NonWorkingDay, StatusChange, Submission, SurveyResponse, hash_secret
from .tasks import send_receipt
from .tracking import create_with_unique_code
from .uploads import sanitise

# Bump when the privacy notice changes, so each consent record names the text agreed to.
PRIVACY_NOTICE_VERSION = "2026-11"


def first_deadline(kind, service=None, start=None):
    """3 working days to verify a report (SP4N-LAPOR!); an application gets its service's processing time;
    an information request the 10 working days of UU 14/2008 ps. 22(7) (the PPID may extend them once).

    Weekends, national holidays and the extra non-working days (cuti bersama) do not count.
    """
    start = start or timezone.localdate()
    if kind == Submission.Kind.APPLICATION and service:
        days = max(service.processing_days, 1)
    elif kind == Submission.Kind.INFORMATION:
        days = workdays.INFORMATION_DAYS
    else:
        days = workdays.VERIFY_DAYS
    return workdays.add_working_days(start, days, NonWorkingDay.dates())


def _create(fields, files, *, key, language, user, secret=None):
    """Create the submission with a unique tracking code; return what the confirmation page shows.

    `secret`: the private link's secret when the wizard made it with the run's key (its session keeps it).
    """
    prefix = SiteSettings.objects.values_list("tracking_prefix", flat=True).first() or "LYN"
    saved_files = []
    try:
        with transaction.atomic():
            submission = Submission(
                **fields,
                submission_key=key,
                language=language,
                user=user if user and user.is_authenticated else None,
                consent_at=timezone.now(),
                consent_version=PRIVACY_NOTICE_VERSION,
            )
            if secret:
                submission.secret_hash = hash_secret(secret)
            else:
                secret = submission.set_secret()

            def save(code):
                submission.tracking_code = code
                submission.save()
                return submission

            create_with_unique_code(save, prefix)
            for label, upload in files:
                content, _extension, content_type = sanitise(upload)
                attachment = Attachment(
                    submission=submission, label=label, content_type=content_type, size=content.size
                )
                attachment.file.save(content.name, content, save=False)
                saved_files.append(attachment.file)
                attachment.save()
            StatusChange.objects.create(submission=submission, to_status=Submission.Status.RECEIVED)
            transaction.on_commit(lambda: send_receipt.enqueue(submission.pk, encrypt(secret)))
    except Exception:
        for stored in saved_files:  # files are not part of the transaction: remove what was written
            stored.storage.delete(stored.name)
        raise
    return confirmation(submission, secret)


def confirmation(submission, secret=None):
    return {
        "kind": submission.kind,
        "code": submission.tracking_code,
        "secret": secret,
        "deadline": submission.deadline.isoformat() if submission.deadline else None,
        "email": bool(submission.email),
    }


SURVEY_CONFIRMATION = {"kind": "survei"}  # a survey answer has no code to show


def existing(key, secret=None):
    """The confirmation of what was already saved with this key (a repeated last step), or None.

    With the run's `secret` (only the session that ran the wizard has it), the private link too.
    """
    submission = Submission.objects.filter(submission_key=key).first()
    if submission:
        return confirmation(submission, secret if secret and submission.check_secret(secret) else None)
    return SURVEY_CONFIRMATION if SurveyResponse.objects.filter(submission_key=key).exists() else None


def create_application(service, data, files, *, key, user, language, answers=(), secret=None):
    """`answers`: the service's own questions and the marital status, each {key, label, value}."""
    applicant, contact, documents = data["pemohon"], data["kontak"], data["dokumen"]
    fields = {
        "kind": Submission.Kind.APPLICATION,
        "service": service,
        "agency": service.agency,
        "deadline": first_deadline(Submission.Kind.APPLICATION, service),
        "name": applicant["name"],
        "nik": applicant["nik"],
        "birth_date": applicant["birth_date"],
        "address": applicant["address"],
        "kecamatan": applicant["kecamatan"],
        "kelurahan": applicant["kelurahan"],
        "email": contact["email"],
        "phone": contact["phone"],
        "subject": service.title,
        "description": documents["notes"],
        "details": {"answers": list(answers)} if answers else {},
    }
    return _create(fields, files, key=key, language=language, user=user, secret=secret)


def create_report(data, files, *, key, user, language, secret=None):
    kind, report, reporter = data["jenis"]["kind"], data["laporan"], data["identitas"]
    details, address = {}, ""
    if "informasi" in data:
        details = {"purpose": data["informasi"]["purpose"], "delivery": data["informasi"]["delivery"]}
        address = data["informasi"]["address"]
    fields = {
        "kind": kind,
        "agency": report["agency"],
        "deadline": first_deadline(kind),
        "identity": reporter["identity"],
        "allow_publication": reporter["allow_publication"],
        "name": reporter["name"],
        "email": reporter["email"],
        "phone": reporter["phone"],
        "address": address,
        "kecamatan": report["kecamatan"],
        "kelurahan": report["kelurahan"],
        "subject": report["subject"],
        "description": report["description"],
        "event_date": report["event_date"],
        "details": details,
    }
    return _create(fields, files, key=key, language=language, user=user, secret=secret)


def create_survey_response(data, *, key, submission, language):
    service = data["layanan"]["service"]
    return SurveyResponse.objects.create(
        service=service,
        agency_id=service.agency_id,
        service_date=data["layanan"]["service_date"],
        submission=submission,
        **data["penilaian"],
        **{
            name: data["profil"][name]
            for name in ("gender", "age_band", "education", "occupation", "occupation_other")
        },
        suggestion=data["saran"]["suggestion"],
        language=language,
        submission_key=key,
    )


def add_missing_document(submission, upload):
    """A document the officer asked for, uploaded through the secret link."""
    content, _extension, content_type = sanitise(upload)
    attachment = Attachment(
        submission=submission,
        label=str(_("Requested document")),
        content_type=content_type,
        size=content.size,
    )
    attachment.file.save(content.name, content, save=False)
    attachment.save()
    return attachment
