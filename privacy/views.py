"""The citizen's side of personal-data requests: through a submission's secret link or their account.

One page per way in, the same template: the two requests with what each does, the status and answer of
earlier ones, and the download of the copy once staff have sent it (privacy.processing). The download
has the full NIK, so it answers a POST only: a link preview or a crawler never fetches it.
"""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.log_actions import log

from feedback.views import submission_for_secret_link

from .copy import submissions_copy
from .forms import ErasureForm
from .models import DataRequest
from .processing import COPY_AVAILABLE_DAYS, available_copy, open_request

Kind = DataRequest.Kind


@never_cache
@require_http_methods(["GET", "POST"])
def by_link(request, code, secret):
    submission = submission_for_secret_link(request, code, secret)
    return _requests_page(
        request,
        subject={"submission": submission},
        email=submission.email,
        copy_url=reverse("privacy:copy_by_link", args=[code, secret]),
        back_url=reverse("feedback:track_detail", args=[code, secret]),
        purged=submission.purged_at is not None,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def for_account(request):
    return _requests_page(
        request,
        subject={"user": request.user},
        email=request.user.email,
        copy_url=reverse("privacy:account_copy"),
        back_url=reverse("feedback:my_submissions"),
        purged=False,
    )


def _requests_page(request, *, subject, email, copy_url, back_url, purged):
    erasure_form = ErasureForm()
    if request.method == "POST":
        kind = request.POST.get("kind")
        if kind == Kind.ERASURE:
            erasure_form = ErasureForm(request.POST)
        if kind in Kind.values and (kind == Kind.COPY or erasure_form.is_valid()):
            data_request, created = open_request(
                kind, **subject, email=email, language=translation.get_language()
            )
            if created:
                messages.success(
                    request,
                    _("We received your request. We will answer by %(due)s.")
                    % {"due": date_format(timezone.localtime(data_request.due_at), "j F Y, H.i")},
                )
            else:
                messages.info(request, _("You already made this request. We are handling it."))
            return redirect(request.path)
    requests = DataRequest.objects.filter(**subject).order_by("-created_at")
    copy = available_copy(**subject)
    context = {
        "submission": subject.get("submission"),
        "requests": requests,
        "open_kinds": {r.kind for r in requests if r.status == DataRequest.Status.RECEIVED},
        "erasure_form": erasure_form,
        "copy_url": copy_url if copy else "",
        "copy_until": copy and copy.processed_at + timedelta(days=COPY_AVAILABLE_DAYS),
        "back_url": back_url,
        "purged": purged,
    }
    return render(request, "privacy/requests.html", context)


@never_cache
@require_POST
def copy_by_link(request, code, secret):
    submission = submission_for_secret_link(request, code, secret)
    return _copy_download(request, available_copy(submission=submission))


@never_cache
@login_required
@require_POST
def account_copy(request):
    return _copy_download(request, available_copy(user=request.user))


def _copy_download(request, data_request):
    """The full copy as a JSON file, when staff have sent it (and for ``COPY_AVAILABLE_DAYS`` after)."""
    if data_request is None:
        raise Http404
    log(data_request, "privacy.copy.downloaded", user=request.user if request.user.is_authenticated else None)
    response = JsonResponse(
        submissions_copy(data_request.covered_submissions(), full_nik=True),
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    filename = f"data-pribadi-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
