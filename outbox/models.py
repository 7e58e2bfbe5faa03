"""Every email the site sends, kept until it is delivered: see outbox.delivery for why and how."""

import json
from functools import cached_property

from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.utils.translation import gettext_lazy as _

from security.crypto import DecryptionError, decrypt, encrypt


class OutgoingEmail(models.Model):
    """One email on its way. Its content (subject, bodies, addresses) is encrypted (security.crypto):
    receipts and account emails carry private links and personal data. What staff need to follow
    it (status, tries, the last error, the next try) stays readable and carries no link."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("tries"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    next_try_at = models.DateTimeField(_("next try"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    # The message as encrypted JSON; emptied once it has been delivered for a while (outbox.delivery).
    sealed_message = models.TextField(blank=True)
    # What the email is about, for staff: e.g. a tracking code and its page in the back office.
    about = models.CharField(_("about"), max_length=100, blank=True)
    about_url = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_try_at"], name="outbox_due")]

    def __str__(self):
        return self.about or f"#{self.pk}"

    def seal(self, message: EmailMultiAlternatives) -> None:
        self.sealed_message = encrypt(json.dumps(_as_dict(message)))

    def message(self) -> EmailMultiAlternatives:
        return _from_dict(json.loads(decrypt(self.sealed_message)))

    @property
    def subject(self) -> str:
        message = self._readable_message
        return message.subject if message else ""

    @property
    def recipients(self) -> str:
        message = self._readable_message
        return ", ".join(message.recipients()) if message else ""

    @cached_property
    def _readable_message(self) -> EmailMultiAlternatives | None:
        """The message for staff to read (decrypted once per row shown); None once erased, or if its key
        left ENCRYPTION_KEYS."""
        if not self.sealed_message:
            return None
        try:
            return self.message()
        except DecryptionError:
            return None


def _as_dict(message) -> dict:
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment  # MIMEBase attachments are not used on this site
        if isinstance(content, str):
            content = content.encode()
        attachments.append([filename, content.hex(), mimetype])
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [[content, mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
    }


def _from_dict(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        data["subject"],
        data["body"],
        data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(pair) for pair in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, bytes.fromhex(content), mimetype)
    return message
