"""Background work for submissions (django-tasks: immediate in development, a worker in production)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from django_tasks import task


@task()
def send_receipt(submission_id: int, secret: str):
    """Email the tracking code and the secret link, in the language the citizen used."""
    from .models import Submission

    submission = Submission.objects.select_related("service", "agency").get(pk=submission_id)
    if not submission.email:
        return
    with translation.override(submission.language):
        context = {
            "submission": submission,
            "tracking_url": absolute(reverse("feedback:track") + f"?kode={submission.tracking_code}"),
            "secret_url": absolute(reverse("feedback:track_detail", args=[submission.tracking_code, secret])),
        }
        subject = render_to_string("feedback/email/receipt_subject.txt", context).strip()
        message = EmailMultiAlternatives(
            subject, render_to_string("feedback/email/receipt.txt", context), to=[submission.email]
        )
        message.attach_alternative(render_to_string("feedback/email/receipt.html", context), "text/html")
        message.send()


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
