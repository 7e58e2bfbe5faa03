"""Emails to the citizen about their personal-data request: received, then the answer.

Sent by a background task after the transaction commits, in the language the citizen used. The copy's
summary in the email masks the NIK (privacy.copy); the full copy is a download behind the secret link
or the account, and the email only says where.
"""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from django_tasks import task

from feedback.tasks import absolute

from .copy import submissions_copy
from .models import DataRequest


@task()
def send_request_email(request_id: int):
    """Tell the citizen where their request stands (its status decides the text)."""
    data_request = DataRequest.objects.select_related("submission", "user").filter(pk=request_id).first()
    if data_request is None or not data_request.email:
        return
    with translation.override(data_request.language):
        context = {
            "data_request": data_request,
            "account_url": absolute(reverse("privacy:account")) if data_request.user_id else "",
        }
        if data_request.kind == DataRequest.Kind.COPY and data_request.status == DataRequest.Status.COMPLETED:
            context["copy"] = submissions_copy(data_request.covered_submissions(), full_nik=False)
        subject = render_to_string("privacy/email/request_subject.txt", context).strip()
        body = render_to_string("privacy/email/request.txt", context)
    EmailMessage(subject, body, to=[data_request.email]).send()
