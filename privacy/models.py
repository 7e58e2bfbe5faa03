"""A citizen's request to exercise a right over the personal data of their submissions (UU 27/2022 PDP).

Rights used here: a copy of the data held (Pasal 7 and 32) and its deletion (Pasal 8 and 43). A
request is about one submission (asked through its secret tracking link) or about every submission
of a citizen account. It keeps only what is needed to answer: the contact email and the language;
never a NIK.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from feedback.models import Submission

# UU 27/2022 Pasal 32(2): access and a copy within 3×24 jam of the request; used for deletion as well,
# the span the law gives for most of the subject's rights (Pasal 30, 32, 40–42).
ANSWER_WITHIN = timedelta(hours=3 * 24)


class DataRequest(models.Model):
    class Kind(models.TextChoices):
        COPY = "salinan", _("Copy of my data")
        ERASURE = "penghapusan", _("Deletion of my data")

    class Status(models.TextChoices):
        RECEIVED = "diterima", _("Received")
        COMPLETED = "selesai", _("Completed")
        REFUSED = "ditolak", _("Refused")

    kind = models.CharField(_("request"), max_length=12, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED)
    # Exactly one of the two: the submission whose secret link was used, or the account (all its submissions).
    submission = models.ForeignKey(
        Submission,
        verbose_name=_("submission"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="data_requests",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="data_requests",
    )
    email = models.EmailField(_("answer to"), blank=True)
    language = models.CharField(_("language"), max_length=8, default="id")
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    due_at = models.DateTimeField(_("answer due"))
    processed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("processed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    processed_at = models.DateTimeField(_("processed"), null=True, blank=True)
    reply = models.TextField(
        _("answer to the citizen"),
        blank=True,
        help_text=_("The reason for a refusal, or which submissions were kept and why."),
    )

    class Meta:
        verbose_name = _("personal data request")
        verbose_name_plural = _("personal data requests")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(submission__isnull=False, user__isnull=True)
                | models.Q(submission__isnull=True, user__isnull=False),
                name="data_request_one_subject",
            ),
            # A second click, or a second tab, finds the open request instead of making another.
            models.UniqueConstraint(
                fields=["kind", "submission"],
                condition=models.Q(status="diterima", submission__isnull=False),
                name="one_open_data_request_per_submission",
            ),
            models.UniqueConstraint(
                fields=["kind", "user"],
                condition=models.Q(status="diterima", user__isnull=False),
                name="one_open_data_request_per_account",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.subject_label}"

    @property
    def subject_label(self) -> str:
        """Whose data: the tracking code, or the account's username."""
        if self.submission_id:
            return self.submission.tracking_code
        return self.user.get_username()

    def covered_submissions(self):
        """The submissions the request is about: the one of the secret link, or all of the account's."""
        if self.submission_id:
            return Submission.objects.filter(pk=self.submission_id)
        return Submission.objects.filter(user_id=self.user_id)
