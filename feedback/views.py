import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail.log_actions import log

from home.ratelimit import client_ip, hit
from security.crypto import DecryptionError, decrypt
from security.mfa import staff_required

from .access import visible_submissions
from .forms import MissingDocumentForm
from .models import Attachment, Submission, hash_secret
from .submit import add_missing_document
from .tracking import TRACKING_CODE_RE, normalise_tracking_code

TEN_MINUTES = 10 * 60
# The public look-up by code (per address): it shows the status of any code, so codes are not to be
# enumerated. A resident's own private link does not count (submission_for_secret_link).
LOOKUPS_PER_TEN_MINUTES = 20
# Wrong private links: per code (someone guessing one submission's secret) and, higher, per address (a
# scan over many codes, where one address may be a carrier's NAT shared by thousands).
WRONG_SECRETS_PER_CODE = 10
WRONG_SECRETS_PER_ADDRESS = 60
# Compared against when a code does not exist, so a wrong link costs the same time as a right one.
DUMMY_HASH = hash_secret("no such submission")


@never_cache
def confirmation(request):
    """Shown once after sending: the tracking code, what happens next and by when."""
    result = request.session.get("last_submission")
    if not result:
        return redirect("wagtail_serve", "")
    try:  # kept encrypted in the session (wizards.sealed)
        result = result | {"secret": decrypt(result["secret"]) if result.get("secret") else None}
    except DecryptionError:  # sealed with a key no longer configured: the code alone
        result = result | {"secret": None}
    deadline = datetime.date.fromisoformat(result["deadline"]) if result.get("deadline") else None
    return render(request, "feedback/confirmation.html", {"result": result, "deadline": deadline})


def public_view_of(submission):
    """What anyone with the code may see: no personal data, and only the status of a confidential report."""
    confidential = submission.identity == Submission.Identity.CONFIDENTIAL
    return {
        "submission": submission,
        "confidential": confidential,
        "history": [] if confidential else list(submission.history.all()),
        "overdue": submission.deadline
        and submission.status not in (Submission.Status.RESOLVED, Submission.Status.REJECTED)
        and submission.deadline < timezone.localdate(),
    }


@never_cache
@require_GET
def track(request):
    """/lacak/: follow a submission by its tracking code."""
    raw = request.GET.get("kode", "").strip()[:40]
    context = {"code": raw}
    if raw:
        if hit("tracking", client_ip(request), LOOKUPS_PER_TEN_MINUTES, TEN_MINUTES):
            context["error"] = _(
                "Too many look-ups from your connection. Please wait ten minutes and try again."
            )
            return render(request, "feedback/track.html", context, status=429)
        code = normalise_tracking_code(raw)
        submission = (
            Submission.objects.select_related("service", "agency").filter(tracking_code=code).first()
            if TRACKING_CODE_RE.match(code)
            else None
        )
        if submission is None:
            context["error"] = _(
                "We found no submission with this code. "
                "Check the code in your receipt: it looks like SWL-2611-7KQ4M2."
            )
        else:
            context.update(public_view_of(submission))
    return render(request, "feedback/track.html", context)


def submission_for_secret_link(request, code, secret):
    """The submission if the secret link is right, else 404 — the same way whether or not the code exists.

    A right link is always served and never counted: its secret is 32 random characters (192 bits), which
    no guessing finds, so a limit on it would only let someone lock the owner (or everyone behind their
    address) out of their own page. Wrong links are counted per code and per address, for every page of
    the link; past either limit they get a 403 instead of a 404, which ends a scan's run."""
    submission = Submission.objects.filter(tracking_code=code).first()
    expected = submission.secret_hash if submission else DUMMY_HASH
    if len(secret) < 100 and hash_secret(secret) == expected and submission is not None:
        return submission
    over_code = hit("secret-guess-code", code[:40], WRONG_SECRETS_PER_CODE, TEN_MINUTES)
    over_address = hit("secret-guess-address", client_ip(request), WRONG_SECRETS_PER_ADDRESS, TEN_MINUTES)
    if over_code or over_address:
        raise PermissionDenied
    raise Http404


@never_cache
def track_detail(request, code, secret):
    """The citizen's own view through the secret link: their answers, and uploading requested documents."""
    submission = submission_for_secret_link(request, code, secret)
    form = MissingDocumentForm()
    if request.method == "POST":
        if submission.status != Submission.Status.WAITING:
            messages.error(request, _("No documents are being asked for at the moment."))
            return redirect(request.path)
        form = MissingDocumentForm(request.POST, request.FILES)
        if form.is_valid():
            add_missing_document(submission, form.cleaned_data["document"])
            messages.success(request, _("Thank you. The document was sent to the officer."))
            return redirect(request.path)
    context = public_view_of(submission) | {
        "form": form,
        "attachments": submission.attachments.all(),
        "can_upload": submission.status == Submission.Status.WAITING,
    }
    return render(request, "feedback/track_detail.html", context)


@login_required
def my_submissions(request):
    """A signed-in citizen's past submissions and the forms they have not finished in this browser."""
    drafts = [{"title": title, "url": url} for title, url in _wizard_drafts(request)]
    submissions = (
        Submission.objects.filter(user=request.user).select_related("service").order_by("-created_at")
    )
    return render(request, "feedback/my_submissions.html", {"submissions": submissions, "drafts": drafts})


def _wizard_drafts(request):
    """Wizards this browser has started but not sent (formtools keeps them under "wizard_<prefix>")."""
    for key, data in request.session.items():
        if not key.startswith("wizard_") or not isinstance(data, dict) or not data.get("step_data"):
            continue
        prefix = key.removeprefix("wizard_")
        if prefix.startswith("apply_"):
            slug = prefix.removeprefix("apply_")
            title = _("Application: %(service)s") % {"service": slug.replace("-", " ")}
            yield title, reverse("feedback:apply", args=[slug])
        elif prefix == "report_wizard":
            yield _("Aspiration or complaint"), reverse("feedback:report")
        elif prefix == "survey_wizard":
            yield _("Satisfaction survey"), reverse("feedback:survey")


@never_cache
@staff_required
def attachment_download(request, pk):
    """Private files go out only through here, to staff who may see the submission (feedback.access).

    Each download is in the submission's audit log (who, when, which file), shown on its back-office
    page; the file is never cached and always saved, never displayed, by the browser."""
    attachment = get_object_or_404(
        Attachment.objects.filter(submission__in=visible_submissions(request.user)).select_related(
            "submission"
        ),
        pk=pk,
    )
    log(
        attachment.submission,
        "feedback.attachment.download",
        user=request.user,
        data={"attachment": attachment.pk, "label": attachment.label},
    )
    response = FileResponse(attachment.file.open("rb"), content_type=attachment.content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{attachment.submission.tracking_code}-{attachment.pk}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
