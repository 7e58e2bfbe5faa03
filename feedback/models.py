"""Citizen submissions: service applications, complaints, aspirations, information requests, SKM.

Statuses and report types follow SP4N-LAPOR! (PermenPANRB 62/2018); information requests follow
UU 14/2008; the satisfaction survey follows PermenPANRB 14/2017.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from security.crypto import lookup_hash
from security.fields import EncryptedTextField, LookupHashField, LookupHashQuerySet
from services_catalog.models import Agency, ServicePage

from .uploads import private_storage


class Kecamatan(models.Model):
    """A district of the city, loaded as data (codes differ between sources, so they are not validated)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    code = models.CharField(_("code"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("district (kecamatan)")
        verbose_name_plural = _("districts (kecamatan)")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Kelurahan(models.Model):
    """An urban (kelurahan) or rural (desa) village inside a kecamatan."""

    kecamatan = models.ForeignKey(Kecamatan, on_delete=models.CASCADE, related_name="villages")
    name = models.CharField(_("name"), max_length=100)
    is_desa = models.BooleanField(_("rural village (desa)"), default=False)

    class Meta:
        verbose_name = _("village (kelurahan/desa)")
        verbose_name_plural = _("villages (kelurahan/desa)")
        ordering = ["kecamatan__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["kecamatan", "name"], name="unique_village_per_district")
        ]

    def __str__(self):
        return f"{'Desa' if self.is_desa else 'Kelurahan'} {self.name}"


class SubmissionQuerySet(LookupHashQuerySet):
    def with_nik(self, nik: str):
        """Submissions with exactly this NIK (the stored NIK is encrypted, so its keyed hash is compared)."""
        return self.filter(nik_hash=lookup_hash(nik)) if nik else self.none()


class Submission(models.Model):
    class Kind(models.TextChoices):
        APPLICATION = "permohonan", _("Service application")
        COMPLAINT = "pengaduan", _("Complaint")
        ASPIRATION = "aspirasi", _("Aspiration")
        INFORMATION = "informasi", _("Information request")

    class Status(models.TextChoices):
        RECEIVED = "diterima", _("Received")
        VERIFIED = "diverifikasi", _("Verified")
        REJECTED = "ditolak", _("Rejected")
        FORWARDED = "didisposisikan", _("Forwarded to the agency")
        IN_PROGRESS = "ditindaklanjuti", _("Being handled")
        WAITING = "menunggu_kelengkapan", _("Waiting for documents from you")
        RESOLVED = "selesai", _("Resolved")

    class Identity(models.TextChoices):
        NORMAL = "biasa", _("Normal")
        ANONYMOUS = "anonim", _("Anonymous")
        CONFIDENTIAL = "rahasia", _("Confidential")

    class LaporDirection(models.TextChoices):
        """Which way a report went between this portal and SP4N-LAPOR! (feedback.lapor)."""

        FORWARDED = "diteruskan", _("Forwarded to SP4N-LAPOR!")
        RECEIVED = "diterima", _("Received from SP4N-LAPOR!")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    tracking_code = models.CharField(_("tracking code"), max_length=24, unique=True)
    status = models.CharField(_("status"), max_length=24, choices=Status.choices, default=Status.RECEIVED)
    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    service = models.ForeignKey(
        ServicePage,
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    public_answer = models.TextField(_("public answer"), blank=True)
    identity = models.CharField(
        _("identity"), max_length=10, choices=Identity.choices, default=Identity.NORMAL
    )
    allow_publication = models.BooleanField(
        _("may be published"),
        default=False,
        help_text=_("The citizen agreed to publish the report and its answer."),
    )

    # The person. Applications need identity; reports may be anonymous.
    name = models.CharField(_("name"), max_length=150, blank=True)
    # UU 27/2022: encrypted at rest (security.crypto); found by its keyed hash (Submission.objects.with_nik).
    nik = EncryptedTextField(_("NIK"), max_length=16, blank=True)
    nik_hash = LookupHashField(source="nik", db_index=True)
    birth_date = models.DateField(_("date of birth"), null=True, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    kecamatan = models.ForeignKey(
        Kecamatan,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kelurahan = models.ForeignKey(
        Kelurahan,
        verbose_name=_("village"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("mobile number"), max_length=20, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="submissions"
    )

    # What was sent.
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    event_date = models.DateField(_("date of the event"), null=True, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)  # kind-specific answers

    # UU 27/2022: consent with a stated purpose, recorded with the text version agreed to.
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    consent_version = models.CharField(_("privacy notice version"), max_length=20, blank=True)
    language = models.CharField(_("language"), max_length=8, default="id")
    secret_hash = models.CharField(max_length=64, editable=False)
    # One per completed wizard: a second submit of the same wizard finds this and creates nothing.
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    # Set when the submission is resolved or rejected, cleared on reopening; the retention clock.
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # Set when the retention purge replaced the personal data with placeholders.
    purged_at = models.DateTimeField(_("personal data removed"), null=True, blank=True)
    # The receipt with the code and the private link, on its way or delivered (outbox.delivery).
    receipt_email = models.ForeignKey(
        "outbox.OutgoingEmail",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The manual hand-off to or from SP4N-LAPOR! (feedback.lapor); who recorded it is in the audit log.
    lapor_direction = models.CharField(
        _("SP4N-LAPOR! hand-off"), max_length=10, choices=LaporDirection.choices, blank=True
    )
    lapor_id = models.CharField(_("SP4N-LAPOR! tracking ID"), max_length=30, blank=True)
    lapor_date = models.DateField(_("date of the SP4N-LAPOR! hand-off"), null=True, blank=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-created_at"]
        permissions = [("view_full_nik", _("Can see the full NIK"))]
        indexes = [
            # The back office: an agency's submissions, or those in one status, newest first.
            models.Index(fields=["agency", "-created_at"], name="submission_agency_recent"),
            models.Index(fields=["status", "-created_at"], name="submission_status_recent"),
            # "Kami menjawab" (feedback.answers): the few published answers among all submissions.
            models.Index(
                fields=["-updated_at"],
                condition=models.Q(status="selesai", allow_publication=True) & ~models.Q(public_answer=""),
                name="submission_published_answers",
            ),
        ]
        constraints = [
            # A hand-off has a direction, a tracking ID and a date, or there is none.
            models.CheckConstraint(
                condition=models.Q(lapor_direction="", lapor_id="", lapor_date__isnull=True)
                | (
                    ~models.Q(lapor_direction="")
                    & ~models.Q(lapor_id="")
                    & models.Q(lapor_date__isnull=False)
                ),
                name="lapor_link_complete",
            )
        ]

    def __str__(self):
        return self.tracking_code

    def set_secret(self) -> str:
        """Make a new secret for the tracking link; only its hash is stored."""
        secret = secrets.token_urlsafe(24)
        self.secret_hash = hash_secret(secret)
        return secret

    def check_secret(self, secret: str) -> bool:
        return secrets.compare_digest(self.secret_hash, hash_secret(secret))


# Statuses whose deadline runs: waiting for documents pauses it, resolved and rejected end it.
RUNNING_STATUSES = (
    Submission.Status.RECEIVED,
    Submission.Status.VERIFIED,
    Submission.Status.FORWARDED,
    Submission.Status.IN_PROGRESS,
)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class StatusChange(models.Model):
    """One step in a submission's history: who moved it from which status to which, and why."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(_("from"), max_length=24, choices=Submission.Status.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=24, choices=Submission.Status.choices)
    action = models.CharField(_("step"), max_length=30, blank=True)  # a feedback.workflow.ACTIONS name
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    public_note = models.TextField(_("note for the citizen"), blank=True)
    internal_note = models.TextField(_("internal note"), blank=True)
    # The email to the citizen about this step, on its way or delivered (outbox.delivery).
    email = models.ForeignKey(
        "outbox.OutgoingEmail",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # "Waiting for documents" emails a new private link: its hash replaces the submission's once the
    # email is delivered (feedback.signals), so a failed email leaves the old link working.
    new_secret_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.submission_id}: {self.from_status or '—'} → {self.to_status}"


class Attachment(models.Model):
    """A file a citizen sent: stored privately under a random name, never at a public URL."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="attachments")
    label = models.CharField(_("document"), max_length=250)
    file = models.FileField(_("file"), storage=private_storage, upload_to="submissions/%Y/%m/")
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField(_("size (bytes)"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.label


class SurveyResponse(models.Model):
    """One SKM questionnaire (PermenPANRB 14/2017): nine elements answered 1–4, no name, no NIK."""

    service = models.ForeignKey(
        ServicePage, verbose_name=_("service"), on_delete=models.PROTECT, related_name="+"
    )
    agency = models.ForeignKey(Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="+")
    service_date = models.DateField(_("date of the service"))
    submission = models.OneToOneField(
        Submission, null=True, blank=True, on_delete=models.SET_NULL, related_name="survey_response"
    )
    u1 = models.PositiveSmallIntegerField()
    u2 = models.PositiveSmallIntegerField()
    u3 = models.PositiveSmallIntegerField()
    u4 = models.PositiveSmallIntegerField()
    u5 = models.PositiveSmallIntegerField()
    u6 = models.PositiveSmallIntegerField()
    u7 = models.PositiveSmallIntegerField()
    u8 = models.PositiveSmallIntegerField()
    u9 = models.PositiveSmallIntegerField()
    gender = models.CharField(_("gender"), max_length=1, blank=True)
    age_band = models.CharField(_("age"), max_length=10, blank=True)
    education = models.CharField(_("education"), max_length=10, blank=True)
    occupation = models.CharField(_("occupation"), max_length=20, blank=True)
    occupation_other = models.CharField(_("other occupation"), max_length=100, blank=True)
    suggestion = models.TextField(_("suggestion"), blank=True)
    language = models.CharField(_("language"), max_length=8, default="id")
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    **{f"u{n}__gte": 1 for n in range(1, 10)}, **{f"u{n}__lte": 4 for n in range(1, 10)}
                ),
                name="skm_answers_1_to_4",
            )
        ]

    def __str__(self):
        return f"SKM {self.service_id} {self.service_date}"


class NonWorkingDay(models.Model):
    """A day off that is not a national holiday, e.g. cuti bersama (the `holidays` package lacks them)."""

    date = models.DateField(_("date"), unique=True)
    description = models.CharField(
        _("description"), max_length=200, help_text=_("e.g. 'Cuti bersama Idulfitri'.")
    )

    class Meta:
        verbose_name = _("extra non-working day")
        verbose_name_plural = _("extra non-working days")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.description}"

    @classmethod
    def dates(cls):
        return set(cls.objects.values_list("date", flat=True))


class AgencyMembership(models.Model):
    """A staff member works for an agency (OPD): a Petugas OPD sees only their agencies' submissions."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="agency_memberships",
    )
    agency = models.ForeignKey(Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("agency membership")
        verbose_name_plural = _("agency memberships")
        constraints = [models.UniqueConstraint(fields=["user", "agency"], name="unique_agency_membership")]

    def __str__(self):
        return f"{self.user} – {self.agency}"
