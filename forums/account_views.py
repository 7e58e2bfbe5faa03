"""A resident's own pages beside allauth's under /akun/: profile, data export, deleting the account.

UU 27/2022 (Pelindungan Data Pribadi) gives residents the right to a copy of their personal data in a
machine-readable form (Pasal 7 and 13) and to have it deleted (Pasal 8). The two functions doing that,
`account_data()` and `delete_account()`, take no request, so they can be tested and reused alone.
"""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from allauth.account.models import EmailAddress

from feedback.models import Submission

from .account_forms import ProfileForm, ReauthenticateForm
from .models import ConsultationComment, Flag, Post, Profile, Subscription, SupportVote, Topic


def account_data(user) -> dict:
    """Everything the site keeps about `user` that is theirs to take away, ready for JSON.

    No password hash, session or secret: the tracking links' secrets stay with the city. One query per
    list, whatever its length.
    """
    profile = Profile.objects.filter(user=user).select_related("kecamatan").first()
    posts = Post.objects.filter(author=user).select_related("topic").prefetch_related("revisions")
    return {
        "exported_at": timezone.now(),
        "account": {
            "username": user.get_username(),
            "name": user.get_full_name(),
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user).order_by("pk")
            ],
        },
        "profile": profile
        and {
            "display_name": profile.display_name,
            "kecamatan": profile.kecamatan.name if profile.kecamatan else None,
            "created_at": profile.created_at,
            "suspended_until": profile.suspended_until,
            "suspension_reason": profile.suspension_reason,
        },
        "topics": [
            {
                "id": topic.pk,
                "title": topic.title,
                "category": topic.category.name,
                "created_at": topic.created_at,
                "status": topic.status,
                "moderation": topic.state,
            }
            for topic in Topic.objects.filter(author=user).select_related("category").order_by("pk")
        ],
        "posts": [
            {
                "id": post.pk,
                "topic": {"id": post.topic_id, "title": post.topic.title},
                "text": post.body,
                "created_at": post.created_at,
                "edited_at": post.edited_at,
                "moderation": post.state,
                "hidden_reason": post.hidden_reason,
                "earlier_texts": [
                    {"text": revision.body, "replaced_at": revision.created_at}
                    for revision in post.revisions.all()
                ],
            }
            for post in posts
        ],
        "consultation_comments": [
            {
                "id": comment.pk,
                "consultation": comment.page.title,
                "question": comment.question.text if comment.question else None,
                "text": comment.body,
                "created_at": comment.created_at,
                "moderation": comment.state,
                "hidden_reason": comment.hidden_reason,
            }
            for comment in ConsultationComment.objects.filter(author=user).select_related("page", "question")
        ],
        "support_votes": [
            {"topic": {"id": vote.topic_id, "title": vote.topic.title}, "created_at": vote.created_at}
            for vote in SupportVote.objects.filter(user=user).select_related("topic").order_by("pk")
        ],
        "subscriptions": [
            {
                "topic": {"id": subscription.topic_id, "title": subscription.topic.title},
                "active": subscription.active,
            }
            for subscription in Subscription.objects.filter(user=user).select_related("topic").order_by("pk")
        ],
        "flags": [
            {"post": flag.post_id, "reason": flag.reason, "note": flag.note, "created_at": flag.created_at}
            for flag in Flag.objects.filter(user=user).order_by("pk")
        ],
        "submissions": [
            {
                "tracking_code": submission.tracking_code,
                "kind": submission.kind,
                "status": submission.status,
                "created_at": submission.created_at,
                "updated_at": submission.updated_at,
                "closed_at": submission.closed_at,
            }
            for submission in Submission.objects.filter(user=user).order_by("created_at")
        ],
    }


def delete_account(user) -> None:
    """Delete a resident's account and the personal data that hangs on it (UU 27/2022 Pasal 8).

    What they wrote in public stays, with author NULL, shown as "Pengguna terhapus": removing it would
    tear holes in other residents' discussions. Their submissions are government records: they stay,
    only unlinked from the account, and the retention purge (feedback.retention) removes their
    personal data later. Profile, email addresses, subscriptions, votes and flags go with the user
    (CASCADE); the counters kept on topics and posts are corrected first.
    """
    with transaction.atomic():
        Topic.objects.filter(votes__user=user).update(support_count=Greatest(F("support_count") - 1, 0))
        Post.objects.filter(flags__user=user).update(flag_count=Greatest(F("flag_count") - 1, 0))
        Submission.objects.filter(user=user).update(user=None)
        user.delete()


def _safe_next_url(request):
    """Where to go after saving the profile, e.g. back to the forum's reply form."""
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return ""


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """Display name and district. A resident without a profile (older accounts, staff) makes one here."""
    instance = Profile.objects.filter(user=request.user).first() or Profile(user=request.user)
    is_new = instance.pk is None
    next_url = _safe_next_url(request)
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile was saved."))
        return redirect(next_url or "accounts:profile")
    return render(request, "forums/account/profile.html", {"form": form, "is_new": is_new, "next": next_url})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def export(request):
    """GET explains what is in the file; POST (a button, so no link preview fetches it) sends it."""
    if request.method == "POST":
        response = JsonResponse(
            account_data(request.user),
            encoder=DjangoJSONEncoder,
            json_dumps_params={"ensure_ascii": False, "indent": 2},
        )
        filename = f"data-akun-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return render(request, "forums/account/export.html")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    """Explain what deleting the account does, ask for the password, delete, sign out."""
    user = request.user
    # Staff accounts carry back-office roles and history: an administrator removes them.
    if user.is_staff or user.is_superuser:
        return render(request, "forums/account/delete.html", {"staff": True})
    form = ReauthenticateForm(data=request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        delete_account(user)
        logout(request)
        return redirect("accounts:deleted")
    return render(request, "forums/account/delete.html", {"form": form})


def deleted(request):
    """The confirmation after deleting, seen signed out."""
    return render(request, "forums/account/deleted.html")
