"""The forum's rules, with no request object: who sees which topics and posts, who may edit, what
three reports do, how support and official answers count. forums.views checks access, reads forms and
renders; everything it changes goes through these functions."""

from datetime import timedelta
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.search import index

from feedback.models import AgencyMembership
from feedback.workflow import Role, role_for
from services_catalog.models import Agency

from . import notifications
from .models import Flag, Post, State, Subscription, SupportVote, Topic
from .notifications import opening_post_id
from .posting import initial_state

POSTS_PER_PAGE = 20
TOPICS_PER_PAGE = 20
EDIT_MINUTES = 30  # authors may correct a post this long after posting; later, the thread stands
FLAGS_TO_HIDE = 3  # reports from this many different residents hide a post until a moderator looks
QUOTE_CHARACTERS = 400

# ?urut= on a topic list: label and ordering.
SORTS = {
    "aktif": (gettext_lazy("Latest activity"), ["-pinned", "-last_activity_at", "-pk"]),
    "baru": (gettext_lazy("Newest"), ["-created_at", "-pk"]),
    "dukungan": (gettext_lazy("Most supported"), ["-support_count", "-last_activity_at", "-pk"]),
}


# URLs


def topic_slug(topic) -> str:
    return slugify(topic.title)[:80].strip("-")


def topic_url(topic) -> str:
    slug = topic_slug(topic)
    if slug:
        return reverse("forums:topic", args=[topic.pk, slug])
    return reverse("forums:topic_short", args=[topic.pk])


def category_url(slug) -> str:
    return reverse("forums:category", args=[slug])


# Who sees what


def visible_topics(user):
    """Published topics; also the reader's own pending or hidden ones. Staff see all."""
    if user.is_staff:
        return Topic.objects.all()
    shown = Q(state=State.PUBLISHED)
    if user.is_authenticated:
        shown |= Q(author=user)
    return Topic.objects.filter(shown)


def visible_posts(topic, user):
    """Published posts and placeholders of hidden ones; pending posts only for their author and staff."""
    posts = Post.objects.filter(topic=topic)
    if user.is_staff:
        return posts
    shown = Q(state__in=[State.PUBLISHED, State.HIDDEN])
    if user.is_authenticated:
        shown |= Q(author=user)
    return posts.filter(shown)


def agencies_of(user) -> list[Agency]:
    """The agencies a staff member may speak for (feedback.AgencyMembership); none for residents."""
    if not (user.is_authenticated and user.is_staff):
        return []
    return [m.agency for m in AgencyMembership.objects.filter(user=user).select_related("agency")]


def may_mark_official_answer(user, topic, agencies=None) -> bool:
    """The complaints coordinator (Koordinator Pengaduan, and superusers) for any topic; an officer only
    for a topic that concerns one of their agencies (Topic.agency, in either language). A topic about
    no agency is the coordinator's to route: a moderator moves it to an agency's category.
    `agencies`: agencies_of(user), when the caller has it already."""
    if not (user.is_authenticated and user.is_staff):
        return False
    if role_for(user) == Role.COORDINATOR:
        return True
    if topic.agency_id is None:
        return False
    agencies = agencies_of(user) if agencies is None else agencies
    return topic.agency.translation_key in {agency.translation_key for agency in agencies}


# Rules


def edit_refusal(post, user, now=None) -> str | None:
    """Why `user` may not change `post` now, or None. Only the author, within EDIT_MINUTES; moderators
    change posts in the admin, where their action is logged, not here."""
    now = now or timezone.now()
    if not user.is_authenticated or post.author_id != user.pk:
        return _("You can only change your own posts.")
    if post.state == State.HIDDEN:
        return _("A moderator has hidden this post, so it can no longer be changed.")
    if post.topic.locked:
        return _("This topic is locked: its posts can no longer be changed.")
    if now - post.created_at > timedelta(minutes=EDIT_MINUTES):
        return _(
            "Posts can be changed for %(minutes)d minutes after posting. You can write a reply instead."
        ) % {"minutes": EDIT_MINUTES}
    return None


def start_topic(category, user, title, body, agency=None):
    """A new topic and its opening post, both pending when the author is pre-moderated. The topic
    concerns the agency its author posts as (an officer's announcement), else its category's."""
    state = initial_state(user)
    now = timezone.now()
    with transaction.atomic():
        topic = Topic.objects.create(
            category=category,
            title=title,
            author=user,
            state=state,
            created_at=now,
            last_activity_at=now,
            agency=agency or category.agency,
        )
        post = Post.objects.create(
            topic=topic, author=user, body=body, as_agency=agency, state=state, created_at=now
        )
        Subscription.objects.get_or_create(topic=topic, user=user)
    transaction.on_commit(partial(index.insert_or_update_object, topic))  # now with its opening text
    return topic, post


def add_reply(topic, user, body, quote=None, agency=None):
    """A reply; the replier is subscribed (unless they switched it off before), subscribers are told."""
    with transaction.atomic():
        post = Post.objects.create(
            topic=topic, author=user, body=body, quote=quote, as_agency=agency, state=initial_state(user)
        )
        if post.state == State.PUBLISHED:
            Topic.objects.filter(pk=topic.pk).update(
                reply_count=F("reply_count") + 1, last_activity_at=post.created_at
            )
            transaction.on_commit(partial(notifications.reply_posted, post))
        Subscription.objects.get_or_create(topic=topic, user=user)
    return post


def add_flag(post, user, reason, note="") -> bool:
    """Record a report; True if it made FLAGS_TO_HIDE open reports and hid the post (and, for an
    opening post, its topic) until a moderator reviews it. Raises IntegrityError on a second report."""
    with transaction.atomic():
        Flag.objects.create(post=post, user=user, reason=reason, note=note)
        count = Flag.objects.filter(post=post, resolved_at__isnull=True).count()
        hide = count >= FLAGS_TO_HIDE and post.state == State.PUBLISHED
        Post.objects.filter(pk=post.pk).update(flag_count=count, **({"state": State.HIDDEN} if hide else {}))
        if hide:
            topics = Topic.objects.filter(pk=post.topic_id)
            if post.pk == opening_post_id(post.topic):
                topics.update(state=State.HIDDEN)
            else:
                topics.filter(reply_count__gt=0).update(reply_count=F("reply_count") - 1)
    return hide


def set_support(topic, user, support: bool):
    """Dukung: at most one vote per resident and topic; the topic keeps the count for sorting."""
    with transaction.atomic():
        votes = SupportVote.objects.filter(topic=topic, user=user)
        if support and not votes.exists():
            try:
                with transaction.atomic():
                    SupportVote.objects.create(topic=topic, user=user)
            except IntegrityError:  # the same vote arriving twice at once
                pass
        elif not support:
            votes.delete()
        Topic.objects.filter(pk=topic.pk).update(
            support_count=SupportVote.objects.filter(topic=topic).count()
        )


def set_official_answer(topic, post):
    """Mark `post` as the topic's official answer (status answered), or clear it with None."""
    topic.official_answer = post
    topic.status = Topic.Status.ANSWERED if post else Topic.Status.OPEN
    topic.save(update_fields=["official_answer", "status"])


# Shared parts of the views
