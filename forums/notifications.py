"""Emails from the forum: new replies to a topic's subscribers, and moderators' warnings and suspensions.

Replies are batched: a subscriber gets at most one email per topic per BATCH_INTERVAL, listing every
reply they have not seen. A reply that comes within the hour is not lost: it goes out with the next
email, which a deferred run of `notify_subscribers` sends when the task backend can run tasks later
(the database backend in production), and the `send_forum_notifications` command's sweep otherwise
(the immediate backend; run it from cron every few minutes).

Each email has a link that stops it without signing in: a signed token holding the subscription's id
(django.core.signing, salt "forums.unsubscribe"). Opening the link only asks; the button on the page
(a POST) switches the subscription off, because mail scanners open links in emails.

Language. The models keep no preferred language for residents, so we use Wagtail's
`UserProfile.preferred_language` (wagtail.users), which exists for every account and which nothing on
the public site uses: when a resident without admin access posts a reply, `reply_posted` records the
language they wrote in (the site's language for that request). Staff choose theirs in the admin
account settings, and we never overwrite it. With nothing recorded, an email about a topic is in the
language of the topic's forum category, and any other email in settings.LANGUAGE_CODE (Indonesian).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import DateTimeField, Exists, Max, OuterRef, Q, Value
from django.db.models.functions import Coalesce
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.text import Truncator
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.users.models import UserProfile

from django_tasks import task

from feedback.tasks import absolute

from .models import ModerationLog, Post, State, Subscription, Topic
from .posting import display_name

logger = logging.getLogger(__name__)

BATCH_INTERVAL = timedelta(hours=1)  # at most one email per topic per subscriber in this time
MAX_LISTED = 10  # replies quoted in one email; the rest are counted, with a link to the topic
SWEEP_WINDOW = timedelta(days=7)  # the sweep looks at replies this recent
UNSUBSCRIBE_SALT = "forums.unsubscribe"


# Shared helpers (also used by forums.moderation and the moderation screens).


def excerpt(text: str, length: int = 200) -> str:
    """The start of a resident's text on one line, for lists and emails."""
    return Truncator(" ".join(text.split())).chars(length)


def opening_post_id(topic) -> int | None:
    """The topic's first post, which opens it; every later post is a reply."""
    return topic.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()


def language_for(user, fallback: str | None = None) -> str:
    """The language to write to `user` in: their recorded one, else `fallback`, else the site's default."""
    try:
        preferred = user.wagtail_userprofile.preferred_language
    except ObjectDoesNotExist:
        preferred = ""
    available = dict(settings.LANGUAGES)
    for language in (preferred, fallback):
        if language in available:
            return language
    return settings.LANGUAGE_CODE


def remember_language(user, language: str) -> None:
    """Record the language a resident writes in, for their emails. Staff keep the one they chose."""
    if language not in dict(settings.LANGUAGES) or user.has_perm("wagtailadmin.access_admin"):
        return
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})


def post_url(post_id: int) -> str:
    """A post's permanent address (/forum/pos/<id>/, which the forum sends on to the post in its topic),
    in the active language."""
    return absolute(reverse("forums:post", args=[post_id]))


# Replies to subscribers.


def reply_posted(post):
    """Called once a published reply has been committed, in the request of the resident who wrote it."""
    if post.author is not None:
        remember_language(post.author, translation.get_language())
    notify_subscribers.enqueue(post.topic_id)


def unsent_replies(subscription, opening_id):
    """Published replies by others that the subscriber has not been emailed about and has not seen:
    newer than the last email and than the subscriber's own last post in the topic."""
    user = subscription.user
    own_last = Post.objects.filter(topic_id=subscription.topic_id, author=user).aggregate(
        latest=Max("created_at")
    )["latest"]
    since = max((moment for moment in (subscription.notified_at, own_last) if moment), default=None)
    replies = (
        Post.objects.filter(topic_id=subscription.topic_id, state=State.PUBLISHED)
        .exclude(pk=opening_id)
        .exclude(author=user)
    )
    if since is not None:
        replies = replies.filter(created_at__gt=since)
    return replies.select_related("author__forum_profile", "as_agency").order_by("created_at", "pk")


@task()
def notify_subscribers(topic_id: int) -> int:
    """Email each subscriber of the topic who is owed an email now; returns how many were sent.

    A subscriber emailed less than BATCH_INTERVAL ago waits: the task runs again when the first of
    them is due (backends that can defer), or the sweep finds them.
    """
    topic = Topic.objects.select_related("category__locale").filter(pk=topic_id).first()
    if topic is None or topic.state != State.PUBLISHED:
        return 0
    opening_id = opening_post_id(topic)
    subscription_ids = topic.subscriptions.filter(active=True, user__is_active=True).values_list(
        "pk", flat=True
    )
    sent, next_due = 0, None
    for subscription_id in subscription_ids:
        try:
            outcome = _notify_one(subscription_id, topic, opening_id)
        except Exception:  # one bad address or a mail server hiccup must not stop the others
            logger.exception("Email about new replies (subscription %s) failed", subscription_id)
            continue
        if outcome is True:
            sent += 1
        elif outcome:
            next_due = min(next_due or outcome, outcome)
    if next_due is not None and notify_subscribers.get_backend().supports_defer:
        notify_subscribers.using(run_after=next_due).enqueue(topic_id)
    return sent


def _notify_one(subscription_id, topic, opening_id):
    """Send one subscriber's email if they are owed one: True when sent, the moment it will be due when
    they must wait, None when there is nothing new. The row is locked so two runs cannot both send."""
    with transaction.atomic():
        subscription = (
            Subscription.objects.select_for_update(of=("self",))
            .select_related("user__forum_profile", "user__wagtail_userprofile")
            .filter(pk=subscription_id, active=True)
            .first()
        )
        if subscription is None or not subscription.user.email:
            return None
        replies = unsent_replies(subscription, opening_id)
        total = replies.count()
        if not total:
            return None
        now = timezone.now()
        if subscription.notified_at and subscription.notified_at > now - BATCH_INTERVAL:
            return subscription.notified_at + BATCH_INTERVAL
        _replies_email(subscription, topic, list(replies[:MAX_LISTED]), total).send()
        subscription.notified_at = now
        subscription.save(update_fields=["notified_at"])
        return True


def _replies_email(subscription, topic, replies, total) -> EmailMultiAlternatives:
    user = subscription.user
    with translation.override(language_for(user, topic.category.locale.language_code)):
        unsubscribe_url = absolute(
            reverse("forum_notifications:unsubscribe", args=[unsubscribe_token(subscription)])
        )
        context = {
            "name": display_name(user),
            "topic": topic,
            "replies": [
                {
                    "author": display_name(reply.author),
                    "agency": reply.as_agency.name if reply.as_agency else "",
                    "created_at": reply.created_at,
                    "excerpt": excerpt(reply.body),
                    "url": post_url(reply.pk),
                }
                for reply in replies
            ],
            "total": total,
            "more": total - len(replies),
            "first_url": post_url(replies[0].pk),
            "unsubscribe_url": unsubscribe_url,
            "language": translation.get_language(),
        }
        return _email("replies", context, user.email, unsubscribe_url)


def _email(name, context, to, unsubscribe_url=None) -> EmailMultiAlternatives:
    """templates/forums/email/<name>_subject.txt, <name>.txt and <name>.html, in the active language."""
    subject = " ".join(render_to_string(f"forums/email/{name}_subject.txt", context).split())
    headers = {}
    if unsubscribe_url:
        # RFC 2369 and RFC 8058: mail programs show their own "unsubscribe" button, which POSTs here.
        headers = {
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMultiAlternatives(
        subject, render_to_string(f"forums/email/{name}.txt", context), to=[to], headers=headers
    )
    message.attach_alternative(render_to_string(f"forums/email/{name}.html", context), "text/html")
    return message


def sweep(now=None) -> int:
    """Run `notify_subscribers` for each topic where a subscriber may be owed an email; returns how many
    topics. For cron (the `send_forum_notifications` command) when the task backend cannot defer."""
    now = now or timezone.now()
    floor = Value(now - SWEEP_WINDOW, output_field=DateTimeField())
    owed = Post.objects.filter(
        topic=OuterRef("topic"),
        state=State.PUBLISHED,
        created_at__gt=Coalesce(OuterRef("notified_at"), floor),
        created_at__gte=floor,
    ).exclude(author=OuterRef("user"))
    topic_ids = list(
        Subscription.objects.filter(active=True, topic__state=State.PUBLISHED)
        .filter(Q(notified_at__isnull=True) | Q(notified_at__lte=now - BATCH_INTERVAL))
        .filter(Exists(owed))
        .values_list("topic_id", flat=True)
        .distinct()
    )
    for topic_id in topic_ids:
        notify_subscribers.enqueue(topic_id)
    return len(topic_ids)


# Moderators' warnings and suspensions.


@task()
def send_moderation_notice(log_id: int):
    """Tell a resident they were warned or suspended, and why, in their language."""
    log = (
        ModerationLog.objects.select_related("target_user__forum_profile", "target_user__wagtail_userprofile")
        .filter(pk=log_id, action__in=[ModerationLog.Action.WARN, ModerationLog.Action.SUSPEND])
        .first()
    )
    if log is None or log.target_user is None or not log.target_user.email:
        return
    user = log.target_user
    with translation.override(language_for(user)):
        context = {
            "name": display_name(user),
            "log": log,
            "suspended": log.action == ModerationLog.Action.SUSPEND,
            "until": parse_datetime(log.details.get("until", "")),
            "excerpt": log.details.get("excerpt", ""),
            "language": translation.get_language(),
        }
        _email("moderation_notice", context, user.email).send()


# Unsubscribing without signing in.


def unsubscribe_token(subscription) -> str:
    return signing.dumps(subscription.pk, salt=UNSUBSCRIBE_SALT)


def subscription_id_from(token: str) -> int | None:
    """The subscription a token was made for, or None when it was not made by us or was altered."""
    try:
        subscription_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return subscription_id if isinstance(subscription_id, int) else None


@never_cache
@csrf_exempt  # the signed token is the credential; mail programs' one-click POST carries no CSRF token
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks (nothing changes: mail scanners open links); POST stops the emails for this topic."""
    subscription_id = subscription_id_from(token)
    if subscription_id is None:
        return render(request, "forums/unsubscribe.html", {"invalid": True}, status=400)
    subscription = Subscription.objects.select_related("topic").filter(pk=subscription_id).first()
    if subscription is None:
        return render(request, "forums/unsubscribe.html", {"gone": True}, status=404)
    if request.method == "POST" and subscription.active:
        subscription.active = False
        subscription.save(update_fields=["active"])
    return render(
        request,
        "forums/unsubscribe.html",
        {"subscription": subscription, "topic": subscription.topic, "done": not subscription.active},
    )
