"""What forum moderators do, as plain functions: approve, hide, delete, lock, unlock, move, warn, suspend.

Moderators are the users with the permission MODERATE (the group MODERATOR_GROUP has it), and
superusers. A permission rather than a group name, because Django has already loaded the user's
permissions for the admin on every request: asking costs no query. Each action runs in one
transaction and writes one ModerationLog row, which also keeps a copy of what it was about (topic
title, an excerpt, the author's display name) in `details`: the log must stay readable after a post,
topic or account is deleted and its foreign key becomes NULL.

Rules kept here:
- A topic's first post opens it: the topic shows when that post does, so approving or hiding it
  approves or hides the topic, and deleting it deletes the topic.
- Topic.reply_count is the number of published posts minus the opening post; it is counted again
  after every change to a post's state.
- Approving or hiding a post resolves its open flags and sets `flag_count` (open flags) back to 0.
- Warnings and suspensions are emailed to the resident (forums.notifications) once committed.
"""

from datetime import timedelta
from functools import partial

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Category, ConsultationComment, Flag, ModerationLog, Post, Profile, State, Topic
from .notifications import excerpt, notify_subscribers, opening_post_id, send_moderation_notice
from .posting import display_name

MODERATOR_GROUP = "Moderator Forum"
MODERATE = "forums.add_moderationlog"  # moderating is writing to the moderation log
MAX_SUSPENSION_DAYS = 365
Action = ModerationLog.Action


class ModerationError(Exception):
    """An action that cannot be taken as asked; the message is for the moderator."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def ensure_moderator_group() -> Group:
    """The moderators' group: access to the Wagtail admin (where the queue and the log are), and MODERATE."""
    group, _created = Group.objects.get_or_create(name=MODERATOR_GROUP)
    app_label, codename = MODERATE.split(".")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label=app_label, codename=codename),
    )
    return group


def is_moderator(user) -> bool:
    return user is not None and user.is_active and user.has_perm(MODERATE)


def moderators():
    return get_user_model().objects.with_perm(MODERATE, backend="django.contrib.auth.backends.ModelBackend")


def open_flags(post):
    return Flag.objects.filter(post=post, resolved_at__isnull=True)


def is_opening_post(post) -> bool:
    return opening_post_id(post.topic) == post.pk


def recount_replies(topic) -> None:
    topic.reply_count = topic.posts.filter(state=State.PUBLISHED).exclude(pk=opening_post_id(topic)).count()
    Topic.objects.filter(pk=topic.pk).update(reply_count=topic.reply_count)


# Approve, hide and delete: a forum post or a consultation comment.


def approve(item, moderator) -> ModerationLog:
    """Publish a pending or hidden post or comment, or keep a flagged one published; resolves its flags."""
    with transaction.atomic():
        item = _locked(item)
        was_published = item.state == State.PUBLISHED
        if was_published and not (isinstance(item, Post) and open_flags(item).exists()):
            raise ModerationError(_("This is already published and has no open flags."))
        item.state, item.hidden_reason = State.PUBLISHED, ""
        if isinstance(item, Post):
            _set_post_state(item)
            if not was_published:
                topic = item.topic
                if item.created_at > topic.last_activity_at:
                    topic.last_activity_at = item.created_at
                    topic.save(update_fields=["last_activity_at"])
                if not is_opening_post(item):  # subscribers hear about a reply once it shows
                    transaction.on_commit(partial(notify_subscribers.enqueue, topic.pk))
        else:
            item.save(update_fields=["state", "hidden_reason"])
        return _log(Action.APPROVE, moderator, "", item=item)


def hide(item, moderator, reason: str) -> ModerationLog:
    """Hide a post or comment; `reason` is shown to its author. Resolves the post's flags."""
    reason = _required(reason, _("Give a reason: the author sees it."))
    with transaction.atomic():
        item = _locked(item)
        item.state, item.hidden_reason = State.HIDDEN, reason
        if isinstance(item, Post):
            _set_post_state(item)
        else:
            item.save(update_fields=["state", "hidden_reason"])
        return _log(Action.HIDE, moderator, reason, item=item)


def delete(item, moderator, reason: str) -> ModerationLog:
    """Delete a post or comment for good; deleting a topic's opening post deletes the whole topic."""
    reason = _required(reason, _("Give a reason for the moderation log."))
    with transaction.atomic():
        item = _locked(item)
        if not isinstance(item, Post):
            log = _log(Action.DELETE, moderator, reason, item=item)
            item.delete()
            log.refresh_from_db()
            return log
        topic = item.topic
        whole_topic = is_opening_post(item)
        log = _log(Action.DELETE, moderator, reason, item=item, topic_deleted=whole_topic)
        if whole_topic:
            topic.delete()
        else:
            item.delete()
            if topic.official_answer_id == item.pk:
                topic.official_answer, topic.status = None, Topic.Status.OPEN
                topic.save(update_fields=["official_answer", "status"])
            recount_replies(topic)
        log.refresh_from_db()  # the foreign keys to what was deleted are NULL now
        return log


def _locked(item):
    """The item read again with its row locked: two moderators acting at once do not both win."""
    model = type(item)
    related = ["topic", "author__forum_profile"] if model is Post else ["page", "author__forum_profile"]
    return model.objects.select_for_update(of=("self",)).select_related(*related).get(pk=item.pk)


def _set_post_state(post) -> None:
    post.flag_count = 0
    post.save(update_fields=["state", "hidden_reason", "flag_count"])
    open_flags(post).update(resolved_at=timezone.now())
    topic = post.topic
    if is_opening_post(post) and topic.state != post.state:
        topic.state = post.state
        topic.save(update_fields=["state"])
    recount_replies(topic)


# Topics.


def lock(topic, moderator, reason: str = "") -> ModerationLog:
    """No more replies: the topic stays readable."""
    return _set_locked(topic, moderator, reason, True)


def unlock(topic, moderator, reason: str = "") -> ModerationLog:
    return _set_locked(topic, moderator, reason, False)


def _set_locked(topic, moderator, reason, locked: bool) -> ModerationLog:
    with transaction.atomic():
        topic = Topic.objects.select_for_update().get(pk=topic.pk)
        if topic.locked == locked:
            raise ModerationError(
                _("The topic is already locked.") if locked else _("The topic is not locked.")
            )
        topic.locked = locked
        topic.save(update_fields=["locked"])
        return _log(Action.LOCK if locked else Action.UNLOCK, moderator, reason.strip(), topic=topic)


def move(topic, category: Category, moderator, reason: str = "") -> ModerationLog:
    """Move a topic to another category (of the same language: the topic's text does not change). A topic
    that concerned its old category's agency now concerns the new one's (who may mark its answer)."""
    with transaction.atomic():
        topic = Topic.objects.select_for_update(of=("self",)).select_related("category").get(pk=topic.pk)
        old = topic.category
        if category.pk == old.pk:
            raise ModerationError(_("The topic is already in this category."))
        if category.locale_id != old.locale_id:
            raise ModerationError(_("Choose a category in the topic's language."))
        topic.category = category
        if topic.agency_id == old.agency_id:
            topic.agency = category.agency
        topic.save(update_fields=["category", "agency"])
        return _log(
            Action.MOVE,
            moderator,
            reason.strip(),
            topic=topic,
            moved_from={"id": old.pk, "name": old.name},
            moved_to={"id": category.pk, "name": category.name},
        )


# Residents.


def warn(user, moderator, reason: str, *, item=None) -> ModerationLog:
    """Warn a resident by email; `item` is the post or comment that led to it, if any."""
    reason = _required(reason, _("Write the warning: the resident receives it by email."))
    _check_target(user, moderator)
    with transaction.atomic():
        log = _log(Action.WARN, moderator, reason, item=item, user=user)
        transaction.on_commit(partial(send_moderation_notice.enqueue, log.pk))
    return log


def suspend(user, moderator, days: int, reason: str, *, item=None) -> ModerationLog:
    """Stop a resident writing for `days` days (forums.posting.refusal); they are told by email."""
    reason = _required(reason, _("Give a reason: the resident receives it by email."))
    _check_target(user, moderator)
    if not 1 <= days <= MAX_SUSPENSION_DAYS:
        raise ModerationError(
            _("A suspension lasts from 1 to %(days)s days.") % {"days": MAX_SUSPENSION_DAYS}
        )
    with transaction.atomic():
        profile = Profile.objects.select_for_update().filter(user=user).first()
        if profile is None:
            raise ModerationError(_("This account has no forum profile, so it cannot write anyway."))
        profile.suspended_until = timezone.now() + timedelta(days=days)
        profile.suspension_reason = reason
        profile.save(update_fields=["suspended_until", "suspension_reason"])
        log = _log(
            Action.SUSPEND,
            moderator,
            reason,
            item=item,
            user=user,
            days=days,
            until=profile.suspended_until.isoformat(),
        )
        transaction.on_commit(partial(send_moderation_notice.enqueue, log.pk))
    return log


def _check_target(user, moderator) -> None:
    if user is None:
        raise ModerationError(_("The author's account no longer exists."))
    if user.pk == moderator.pk:
        raise ModerationError(_("You cannot warn or suspend yourself."))


def _required(text: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ModerationError(message)
    return text


def _log(action, moderator, reason, *, item=None, topic=None, user=None, **details) -> ModerationLog:
    """One ModerationLog row, with a copy of what it is about in `details`."""
    post = item if isinstance(item, Post) else None
    comment = item if isinstance(item, ConsultationComment) else None
    if post is not None:
        topic = post.topic
        details.update(post=post.pk, excerpt=excerpt(post.body))
    if comment is not None:
        details.update(comment=comment.pk, consultation=comment.page.title, excerpt=excerpt(comment.body))
    if topic is not None:
        details["topic"] = topic.title
    if item is not None and user is None:
        user = item.author
    if user is not None:
        details["user"] = display_name(user)
    return ModerationLog.objects.create(
        action=action,
        moderator=moderator,
        topic=topic,
        post=post,
        comment=comment,
        target_user=user,
        reason=reason,
        details=details,
    )
