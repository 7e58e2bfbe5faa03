"""Authors' edits of their own posts: which go back to a moderator, which earlier texts are kept, and what
changed since the text was last public.

Pre-moderation checks a new account's first texts; without this an approved post could be edited into
spam and stay published. So an edit goes back to the moderation queue (the post, and for an opening
post its topic, hidden from others until a moderator approves it again) when:
- its author is still pre-moderated (forums.posting.is_new_account), or
- it adds a link: a web address that rendering.render makes clickable, in the text or the title, that
  the text and title before did not have.
Staff are trusted here as they are for new posts (forums.posting.initial_state).

Every edit keeps the replaced text (and title) as a PostRevision; a post keeps its original text and the
latest MAX_REVISIONS, so that a flood of edits cannot fill the database. Edits count against the day's
limit FORUM_LIMITS["edit"] (forums.posting.rate_limited), checked by the view.
"""

import difflib
import re
from dataclasses import dataclass, field
from functools import partial

from django.db import transaction
from django.utils import timezone

from wagtail.search import index

from .models import PostRevision, State
from .moderation import recount_replies
from .notifications import opening_post_id
from .posting import is_new_account
from .rendering import render

MAX_REVISIONS = 10  # replaced texts kept per post besides the original
HREF = re.compile(r'href="([^"]*)"')


def links_in(*texts: str) -> set[str]:
    """The addresses `texts` link to once rendered (what a reader could click)."""
    return {href for text in texts for href in HREF.findall(render(text or ""))}


def needs_review(user, before: tuple[str, str], after: tuple[str, str]) -> bool:
    """Whether an edit from (title, body) `before` to `after` must wait for a moderator."""
    if user.is_staff:
        return False
    return is_new_account(user) or bool(links_in(*after) - links_in(*before))


def change_post(post, user, body: str, title: str | None = None) -> bool:
    """Save the author's edit (and the topic's new title, for an opening post), keeping the replaced
    text as a PostRevision. Returns True when the post now waits for a moderator."""
    topic = post.topic
    opening = post.pk == opening_post_id(topic)
    new_title = title if opening and title is not None else topic.title
    if body == post.body and new_title == topic.title:
        return post.state == State.PENDING
    review = post.state == State.PUBLISHED and needs_review(user, (topic.title, post.body), (new_title, body))
    now = timezone.now()
    with transaction.atomic():
        PostRevision.objects.create(
            post=post,
            body=post.body,
            title=topic.title if opening else "",
            state=post.state,
            created_at=now,
            edited_by=user,
        )
        prune_revisions(post)
        post.body, post.edited_at = body, now
        if review:
            post.state = State.PENDING
        post.save(update_fields=["body", "edited_at", "state"])
        topic_fields = []
        if new_title != topic.title:
            topic.title = new_title
            topic_fields.append("title")
        if review and opening:
            topic.state = State.PENDING
            topic_fields.append("state")
        if topic_fields:
            topic.save(update_fields=topic_fields)
        if review and not opening:
            recount_replies(topic)
    if opening:
        transaction.on_commit(partial(index.insert_or_update_object, topic))
    return post.state == State.PENDING


def prune_revisions(post) -> None:
    """Keep the post's original text (its first revision) and its latest MAX_REVISIONS."""
    ids = list(post.revisions.order_by("created_at", "pk").values_list("pk", flat=True))
    surplus = ids[1:-MAX_REVISIONS]
    if surplus:
        PostRevision.objects.filter(pk__in=surplus).delete()


@dataclass
class Changes:
    """What an edit changed since the post was last public, for the moderator's page."""

    since: object  # the PostRevision compared with, or None
    title_before: str = ""
    title_after: str = ""
    new_links: list[str] = field(default_factory=list)
    diff: list[tuple[str, str]] = field(default_factory=list)  # ("added" | "removed" | "same", line)


def changes_since_published(post) -> Changes | None:
    """The edit that brought `post` back to the queue: its text (and title) compared with the last text
    that was public, or with the previous text if it never was. None for a post never edited."""
    revisions = list(post.revisions.order_by("-created_at", "-pk"))
    if not revisions:
        return None
    since = next((r for r in revisions if r.state == State.PUBLISHED), revisions[0])
    opening = post.pk == opening_post_id(post.topic)
    title_before = since.title if opening else ""
    title_after = post.topic.title if opening else ""
    marks = {"+": "added", "-": "removed", " ": "same"}
    diff = [
        (marks[line[0]], line[2:])
        for line in difflib.ndiff(since.body.splitlines(), post.body.splitlines())
        if line[0] in marks
    ]
    return Changes(
        since=since,
        title_before=title_before,
        title_after=title_after,
        new_links=sorted(links_in(title_after, post.body) - links_in(title_before, since.body)),
        diff=diff,
    )
