import datetime
import uuid

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest
from allauth.mfa.models import Authenticator

from feedback.models import Attachment, StatusChange, Submission
from privacy.demo import DATA_PROTECTION_GROUP, ensure_data_protection_group
from tests.feedback.conftest import catalogue, make_staff, make_submission, staff  # noqa: F401  (fixtures)

NIK = "1373014101900001"
Status = Submission.Status


def indonesian(message):
    """Public pages and emails speak Indonesian by default; compare with the translated text."""
    with translation.override("id"):
        return gettext(message)


def with_secret(submission):
    """Give the submission a secret link, as the receipt email does; return the link's secret."""
    secret = submission.set_secret()
    submission.save(update_fields=["secret_hash"])
    return secret


def closed_report(agency, **fields):
    """A complaint resolved ten days ago, with everything a citizen gives: name, NIK, contacts, a file."""
    fields = {
        "status": Status.RESOLVED,
        "closed_at": timezone.now() - datetime.timedelta(days=10),
        "name": "Siti Rahmawati",
        "nik": NIK,
        "email": "siti@example.org",
        "phone": "+6281234567890",
        "address": "Jl. Soekarno-Hatta 12, Talawi",
        "subject": "Antrean KTP-el terlalu lama",
        "description": "Saya menunggu tiga jam.",
        "public_answer": "Loket tambahan sudah dibuka.",
    } | fields
    submission = make_submission(agency, **fields)
    StatusChange.objects.create(
        submission=submission,
        from_status=Status.IN_PROGRESS,
        to_status=submission.status,
        public_note="Loket tambahan sudah dibuka.",
        internal_note="Pelapor sudah ditelepon oleh Pak Andi.",
    )
    attachment = Attachment(submission=submission, label="Foto antrean", content_type="image/jpeg", size=4)
    attachment.file.save(f"{uuid.uuid4().hex}.jpg", ContentFile(b"\xff\xd8\xff\xd9"))
    return submission


@pytest.fixture
def report(catalogue):  # noqa: F811
    return closed_report(catalogue.disdukcapil)


def with_authenticator(user):
    """Staff open /admin/ only with an authenticator app enrolled (security.mfa); give them one."""
    Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "JBSWY3DPEHPK3PXP"}}
    )
    return user


@pytest.fixture
def officer_pdp(db):
    """The city's data protection officer: the group made by load_demo, with the permission to process."""
    ensure_data_protection_group()
    return with_authenticator(make_staff("ppid", DATA_PROTECTION_GROUP))


@pytest.fixture
def resident(db):
    return get_user_model().objects.create_user("warga", "warga@example.org", "rahasia-123")
