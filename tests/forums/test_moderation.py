"""Forum moderation: the actions and their log, the queues in the admin, and who is refused."""

import re
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import ngettext

from wagtail.models import Locale

import pytest

from forums import moderation
from forums.models import (
    Category,
    ConsultationComment,
    ConsultationIndexPage,
    ConsultationPage,
    Flag,
    ModerationLog,
    Post,
    Profile,
    State,
    Subscription,
    Topic,
)
from forums.posting import refusal

Action = ModerationLog.Action
POSTS = "/admin/forum-moderation/posts/"
COMMENTS = "/admin/forum-moderation/comments/"
LOG = "/admin/forum-moderation/log/"


# Building forum rows directly (the forum's own views are tested elsewhere).


def make_user(username, *, days_old=30, **fields):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x", **fields)
    user.date_joined = timezone.now() - timedelta(days=days_old)
    user.save(update_fields=["date_joined"])
    return user


def make_resident(display_name, *, days_old=30):
    user = make_user(display_name.lower().replace(" ", "."), days_old=days_old)
    Profile.objects.create(user=user, display_name=display_name)
    return user


def make_category(name="Infrastruktur", slug="infrastruktur", locale=None):
    return Category.objects.create(name=name, slug=slug, locale=locale or Locale.get_default())


def make_topic(author, title="Jalan berlubang di Talawi", *, category=None, body="Siapa yang memperbaiki?"):
    """A published topic with its opening post; the author follows it, as the forum does."""
    category = category or Category.objects.first() or make_category()
    created = timezone.now() - timedelta(hours=2)
    topic = Topic.objects.create(
        category=category, title=title, author=author, created_at=created, last_activity_at=created
    )
    Post.objects.create(topic=topic, author=author, body=body, created_at=created)
    Subscription.objects.create(topic=topic, user=author)
    return topic


def make_reply(topic, author, body="Saya juga melihatnya.", *, state=State.PUBLISHED, **fields):
    """A reply as the forum leaves it: the replier follows the topic, and the reply count is kept."""
    post = Post.objects.create(topic=topic, author=author, body=body, state=state, **fields)
    Subscription.objects.get_or_create(topic=topic, user=author)
    moderation.recount_replies(topic)
    return post


def flag(post, user, reason=Flag.Reason.SPAM, note=""):
    Flag.objects.create(post=post, user=user, reason=reason, note=note)
    Post.objects.filter(pk=post.pk).update(flag_count=post.flags.filter(resolved_at__isnull=True).count())


def make_moderator(username="moderator"):
    moderation.ensure_moderator_group()
    user = make_user(username, is_staff=True)
    user.groups.add(moderation.ensure_moderator_group())
    return user


def make_editor():
    """Staff with admin access but not in the moderators' group (a communications editor)."""
    editor = make_user("editor", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return editor


def make_consultation(site_tree, title="Rancangan Perda Pasar Rakyat"):
    index = site_tree.home.add_child(
        instance=ConsultationIndexPage(title="Konsultasi Publik", slug="konsultasi")
    )
    now = timezone.now()
    return index.add_child(
        instance=ConsultationPage(
            title=title,
            slug="perda-pasar",
            summary="Aturan baru untuk pasar rakyat.",
            opens_at=now - timedelta(days=3),
            closes_at=now + timedelta(days=10),
        )
    )


@pytest.fixture
def discussion(site_tree):
    """A topic by Rina with two replies, one of them flagged by three residents (so hidden)."""
    rina, budi, andi = make_resident("Rina"), make_resident("Budi"), make_resident("Andi")
    flaggers = [make_resident(name) for name in ("Citra", "Dewi", "Eko")]
    topic = make_topic(rina)
    good = make_reply(topic, budi, "Sudah dilaporkan ke Dinas PUPR.")
    spam = make_reply(topic, andi, "Beli obat murah di www.contoh-spam.test", state=State.HIDDEN)
    for who, reason in zip(
        flaggers, [Flag.Reason.SPAM, Flag.Reason.SPAM, Flag.Reason.OFF_TOPIC], strict=True
    ):
        flag(spam, who, reason, note="Iklan" if who == flaggers[0] else "")
    return {"rina": rina, "budi": budi, "andi": andi, "topic": topic, "good": good, "spam": spam}


def indonesian(text):
    """The admin speaks the site's default language, Indonesian."""
    with translation.override("id"):
        return str(text)


def listing_rows(response):
    """The rows of an admin listing, without the filters' labels above them."""
    html = response.content.decode()
    table = html[html.index('<table class="listing') :]
    return table[: table.index("</table>")]


def refused_plainly(response):
    """A signed-in resident without admin access gets a 403 (the sign-in page would send them back)."""
    return response.status_code == 403


def refused_to_dashboard(response):
    """Staff without the permission are sent back to the admin's dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


# The actions, as plain functions.


def test_hiding_a_reply_keeps_the_reason_resolves_flags_and_counts_replies(discussion):
    moderator = make_moderator()
    spam, good = discussion["spam"], discussion["good"]
    moderation.approve(spam, moderator)  # a mistake by the flaggers…
    spam.refresh_from_db()
    assert spam.state == State.PUBLISHED and spam.flag_count == 0
    assert not spam.flags.filter(resolved_at__isnull=True).exists()
    discussion["topic"].refresh_from_db()
    assert discussion["topic"].reply_count == 2

    log = moderation.hide(good, moderator, "Menyebut nama dan alamat warga.")
    good.refresh_from_db()
    assert good.state == State.HIDDEN
    assert good.hidden_reason == "Menyebut nama dan alamat warga."
    discussion["topic"].refresh_from_db()
    assert discussion["topic"].reply_count == 1
    assert (log.action, log.moderator, log.post, log.target_user) == (
        Action.HIDE,
        moderator,
        good,
        discussion["budi"],
    )
    assert log.reason == "Menyebut nama dan alamat warga."
    assert log.details["excerpt"] == "Sudah dilaporkan ke Dinas PUPR."
    assert [entry.action for entry in ModerationLog.objects.all()] == [Action.HIDE, Action.APPROVE]


def test_a_reason_is_required_to_hide_delete_warn_and_suspend(discussion):
    moderator = make_moderator()
    for action in (
        lambda: moderation.hide(discussion["good"], moderator, "  "),
        lambda: moderation.delete(discussion["good"], moderator, ""),
        lambda: moderation.warn(discussion["budi"], moderator, ""),
        lambda: moderation.suspend(discussion["budi"], moderator, 3, ""),
    ):
        with pytest.raises(moderation.ModerationError):
            action()
    assert not ModerationLog.objects.exists()
    discussion["good"].refresh_from_db()
    assert discussion["good"].state == State.PUBLISHED


def test_approving_a_published_post_without_flags_is_refused(discussion):
    with pytest.raises(moderation.ModerationError):
        moderation.approve(discussion["good"], make_moderator())


def test_approving_a_pending_reply_publishes_it_and_tells_subscribers(
    discussion, django_capture_on_commit_callbacks
):
    newcomer = make_resident("Fajar", days_old=0)
    pending = make_reply(discussion["topic"], newcomer, "Pertama kali menulis di sini.", state=State.PENDING)
    discussion["topic"].refresh_from_db()
    assert discussion["topic"].reply_count == 1
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(pending, make_moderator())
    pending.refresh_from_db()
    discussion["topic"].refresh_from_db()
    assert pending.state == State.PUBLISHED
    assert discussion["topic"].reply_count == 2
    recipients = {message.to[0] for message in mail.outbox}
    assert "rina@example.org" in recipients
    assert "fajar@example.org" not in recipients  # never about one's own reply
    assert any("Pertama kali menulis di sini." in message.body for message in mail.outbox)


def test_hiding_or_approving_the_opening_post_hides_or_shows_the_topic(discussion):
    moderator = make_moderator()
    topic = discussion["topic"]
    opening = topic.posts.earliest("created_at")
    moderation.hide(opening, moderator, "Judul berisi kata kasar.")
    topic.refresh_from_db()
    assert topic.state == State.HIDDEN
    moderation.approve(opening, moderator)
    topic.refresh_from_db()
    assert topic.state == State.PUBLISHED


def test_deleting_a_reply_keeps_a_readable_log(discussion):
    moderator = make_moderator()
    log = moderation.delete(discussion["spam"], moderator, "Iklan.")
    assert not Post.objects.filter(pk=discussion["spam"].pk).exists()
    assert log.post is None and log.topic == discussion["topic"]
    assert log.details["excerpt"] == "Beli obat murah di www.contoh-spam.test"
    assert log.details["user"] == "Andi"
    discussion["topic"].refresh_from_db()
    assert discussion["topic"].reply_count == 1


def test_deleting_the_opening_post_deletes_the_topic(discussion):
    moderator = make_moderator()
    topic = discussion["topic"]
    log = moderation.delete(topic.posts.earliest("created_at"), moderator, "Topik ganda.")
    assert not Topic.objects.filter(pk=topic.pk).exists()
    assert not Post.objects.filter(pk__in=[discussion["good"].pk, discussion["spam"].pk]).exists()
    log.refresh_from_db()
    assert (log.topic, log.post) == (None, None)
    assert log.details["topic"] == "Jalan berlubang di Talawi"
    assert log.details["topic_deleted"] is True


def test_lock_unlock_and_move_a_topic(discussion):
    moderator = make_moderator()
    topic = discussion["topic"]
    moderation.lock(topic, moderator, "Sudah dijawab.")
    topic.refresh_from_db()
    assert topic.locked
    with pytest.raises(moderation.ModerationError):
        moderation.lock(topic, moderator)
    moderation.unlock(topic, moderator)
    topic.refresh_from_db()
    assert not topic.locked

    old = topic.category
    other = make_category("Kesehatan", "kesehatan")
    log = moderation.move(topic, other, moderator, "Salah kategori.")
    topic.refresh_from_db()
    assert topic.category == other
    assert log.details["moved_from"] == {"id": old.pk, "name": "Infrastruktur"}
    assert log.details["moved_to"] == {"id": other.pk, "name": "Kesehatan"}
    assert [entry.action for entry in ModerationLog.objects.order_by("created_at", "pk")] == [
        Action.LOCK,
        Action.UNLOCK,
        Action.MOVE,
    ]


def test_warning_emails_the_resident(discussion, django_capture_on_commit_callbacks):
    moderator = make_moderator()
    with django_capture_on_commit_callbacks(execute=True):
        log = moderation.warn(
            discussion["andi"], moderator, "Jangan beriklan di forum.", item=discussion["spam"]
        )
    assert (log.action, log.target_user, log.post) == (Action.WARN, discussion["andi"], discussion["spam"])
    [message] = mail.outbox
    assert message.to == ["andi@example.org"]
    assert "Jangan beriklan di forum." in message.body
    assert "Beli obat murah" in message.body  # what they wrote, so they know what it is about


def test_suspension_stops_writing_and_is_emailed(discussion, django_capture_on_commit_callbacks):
    moderator = make_moderator()
    assert refusal(discussion["andi"]) is None
    with django_capture_on_commit_callbacks(execute=True):
        log = moderation.suspend(discussion["andi"], moderator, 7, "Iklan berulang kali.")
    profile = Profile.objects.get(user=discussion["andi"])
    assert timezone.now() + timedelta(days=6) < profile.suspended_until <= timezone.now() + timedelta(days=7)
    assert profile.suspension_reason == "Iklan berulang kali."
    assert log.details["days"] == 7
    discussion["andi"].refresh_from_db()
    message = refusal(discussion["andi"])
    assert message and timezone.localtime(profile.suspended_until).strftime("%d-%m-%Y") in message
    [email] = mail.outbox
    assert email.to == ["andi@example.org"]
    assert "Iklan berulang kali." in email.body
    assert timezone.localtime(profile.suspended_until).strftime("%Y") in email.body


def test_suspension_length_and_target_are_checked(discussion):
    moderator = make_moderator()
    for days in (0, moderation.MAX_SUSPENSION_DAYS + 1):
        with pytest.raises(moderation.ModerationError):
            moderation.suspend(discussion["andi"], moderator, days, "Iklan.")
    with pytest.raises(moderation.ModerationError):
        moderation.warn(moderator, moderator, "Diri sendiri.")
    assert not ModerationLog.objects.exists()


def test_consultation_comments_are_approved_and_hidden(site_tree):
    moderator = make_moderator()
    page = make_consultation(site_tree)
    comment = ConsultationComment.objects.create(
        page=page, author=make_resident("Gita", days_old=0), body="Setuju.", state=State.PENDING
    )
    log = moderation.approve(comment, moderator)
    comment.refresh_from_db()
    assert comment.state == State.PUBLISHED
    assert (log.comment, log.details["consultation"]) == (comment, "Rancangan Perda Pasar Rakyat")
    moderation.hide(comment, moderator, "Di luar topik.")
    comment.refresh_from_db()
    assert (comment.state, comment.hidden_reason) == (State.HIDDEN, "Di luar topik.")


# The queues, the item page and the log in the admin, as a moderator.


def test_the_queue_lists_flagged_and_pending_posts(client, discussion):
    newcomer = make_resident("Fajar", days_old=0)
    pending = make_reply(
        discussion["topic"], newcomer, "Menunggu persetujuan moderator.", state=State.PENDING
    )
    flagged_but_shown = make_reply(discussion["topic"], discussion["budi"], "Ini dilaporkan sekali saja.")
    flag(flagged_but_shown, discussion["rina"], Flag.Reason.ABUSIVE)
    client.force_login(make_moderator())

    dashboard = client.get("/admin/").content.decode()
    assert POSTS in dashboard and LOG in dashboard

    html = client.get(POSTS).content.decode()
    assert "Beli obat murah" in html  # hidden by three flags, waiting for review
    assert "Menunggu persetujuan moderator." in html
    assert "Ini dilaporkan sekali saja." in html
    assert "Sudah dilaporkan ke Dinas PUPR." not in html  # published, never flagged
    assert "Andi" in html and "Fajar" in html

    by_reason = client.get(POSTS, {"reason": Flag.Reason.ABUSIVE}).content.decode()
    assert "Ini dilaporkan sekali saja." in by_reason and "Beli obat murah" not in by_reason
    by_state = client.get(POSTS, {"state": State.PENDING}).content.decode()
    assert "Menunggu persetujuan moderator." in by_state and "Beli obat murah" not in by_state

    moderation.hide(flagged_but_shown, make_moderator("moderator2"), "Kasar.")
    assert "Ini dilaporkan sekali saja." not in client.get(POSTS).content.decode()  # dealt with
    assert client.get(f"{POSTS}inspect/{pending.pk}/").status_code == 200


def test_the_comment_queue_lists_pending_comments(client, site_tree):
    page = make_consultation(site_tree)
    author = make_resident("Gita", days_old=0)
    ConsultationComment.objects.create(
        page=page, author=author, body="Menunggu moderator.", state=State.PENDING
    )
    ConsultationComment.objects.create(page=page, author=author, body="Sudah tampil.")
    client.force_login(make_moderator())
    html = client.get(COMMENTS).content.decode()
    assert "Menunggu moderator." in html and "Sudah tampil." not in html
    assert "Rancangan Perda Pasar Rakyat" in html


def test_the_item_page_shows_text_flags_history_and_actions(client, discussion):
    moderator = make_moderator()
    moderation.warn(discussion["andi"], moderator, "Peringatan pertama.")
    make_reply(discussion["topic"], discussion["andi"], "Tulisan Andi sebelumnya.")
    client.force_login(moderator)
    html = client.get(f"{POSTS}inspect/{discussion['spam'].pk}/").content.decode()
    assert (
        '<a href="http://www.contoh-spam.test" rel="nofollow ugc noopener noreferrer">' in html
    )  # as rendered
    assert "Iklan" in html and "Citra" in html  # a flag's note and who flagged
    assert "Tulisan Andi sebelumnya." in html and "Peringatan pertama." in html  # the author's history
    assert f"/forum/pos/{discussion['spam'].pk}/" in html
    for action in ("approve", "hide", "delete", "lock", "move", "warn", "suspend"):
        assert f'name="action" value="{action}"' in html


def test_a_moderator_acts_from_the_item_page(client, discussion):
    moderator = make_moderator()
    client.force_login(moderator)
    spam = discussion["spam"]
    url = f"{POSTS}act/{spam.pk}/"

    response = client.post(url, {"action": "hide", "hide-reason": ""}, follow=True)
    assert response.redirect_chain[-1][0] == f"{POSTS}inspect/{spam.pk}/"
    assert not ModerationLog.objects.exists()  # a reason is required

    response = client.post(url, {"action": "hide", "hide-reason": "Iklan obat."})
    assert response.status_code == 302 and response["Location"] == POSTS
    spam.refresh_from_db()
    assert (spam.state, spam.hidden_reason) == (State.HIDDEN, "Iklan obat.")

    client.post(url, {"action": "suspend", "suspend-days": "14", "suspend-reason": "Iklan berulang."})
    assert Profile.objects.get(user=discussion["andi"]).is_suspended

    other = make_category("Kesehatan", "kesehatan")
    client.post(url, {"action": "move", "move-category": other.pk, "move-reason": ""})
    client.post(url, {"action": "lock", "lock-reason": ""})
    discussion["topic"].refresh_from_db()
    assert discussion["topic"].category == other and discussion["topic"].locked

    rows = listing_rows(client.get(LOG))
    labels = [indonesian(action.label) for action in (Action.LOCK, Action.MOVE, Action.SUSPEND, Action.HIDE)]
    positions = [rows.index(label) for label in labels]
    assert positions == sorted(positions)  # newest first
    assert "Iklan obat." in rows
    only_moves = listing_rows(client.get(LOG, {"action": Action.MOVE}))
    assert labels[1] in only_moves and "Iklan obat." not in only_moves


def test_a_superuser_sees_the_queue(client, discussion):
    client.force_login(make_user("admin", is_staff=True, is_superuser=True))
    assert "Beli obat murah" in client.get(POSTS).content.decode()


# From the side of those who must be refused.


def test_a_resident_cannot_open_the_queue_or_act(client, discussion):
    client.force_login(discussion["budi"])
    spam = discussion["spam"]
    for url in (POSTS, f"{POSTS}inspect/{spam.pk}/", COMMENTS, LOG):
        assert refused_plainly(client.get(url))
    assert refused_plainly(client.post(f"{POSTS}act/{spam.pk}/", {"action": "approve"}))
    spam.refresh_from_db()
    assert spam.state == State.HIDDEN
    assert not ModerationLog.objects.exists()


def test_an_anonymous_visitor_cannot_act(client, discussion):
    response = client.post(f"{POSTS}act/{discussion['spam'].pk}/", {"action": "approve"})
    assert response.status_code == 302 and "/akun/login/" in response["Location"]
    discussion["spam"].refresh_from_db()
    assert discussion["spam"].state == State.HIDDEN


def test_an_editor_without_the_moderator_group_is_refused(client, discussion):
    client.force_login(make_editor())
    spam = discussion["spam"]
    dashboard = client.get("/admin/").content.decode()
    assert POSTS not in dashboard and LOG not in dashboard
    for url in (POSTS, f"{POSTS}inspect/{spam.pk}/", COMMENTS, LOG):
        assert refused_to_dashboard(client.get(url)), url
    assert refused_to_dashboard(client.post(f"{POSTS}act/{spam.pk}/", {"action": "approve"}))
    response = client.post(
        f"{POSTS}act/{spam.pk}/", {"action": "suspend", "suspend-days": "30", "suspend-reason": "x"}
    )
    assert refused_to_dashboard(response)
    spam.refresh_from_db()
    assert spam.state == State.HIDDEN
    assert not Profile.objects.get(user=discussion["andi"]).is_suspended
    assert not ModerationLog.objects.exists()


def test_a_moderator_cannot_use_the_generic_edit_or_delete_views(client, discussion):
    client.force_login(make_moderator())
    assert client.get(f"{POSTS}edit/{discussion['spam'].pk}/").status_code == 404
    assert client.get(f"{POSTS}delete/{discussion['spam'].pk}/").status_code == 404


def test_the_dashboard_panel_counts_the_queue(client, discussion):
    make_reply(discussion["topic"], make_resident("Fajar", days_old=0), "Menunggu.", state=State.PENDING)
    client.force_login(make_moderator())
    html = client.get("/admin/").content.decode()
    text = re.sub(r"\s+", " ", html)
    with translation.override("id"):
        flagged = ngettext("%(n)s flagged post", "%(n)s flagged posts", 1) % {"n": 1}
        waiting = ngettext("%(n)s post waiting for approval", "%(n)s posts waiting for approval", 1) % {
            "n": 1
        }
    assert flagged in text
    assert waiting in text


def test_the_queue_costs_the_same_number_of_queries_for_more_posts(client, discussion):
    client.force_login(make_moderator())

    def queries_for_queue():
        with CaptureQueriesContext(connection) as context:
            assert client.get(POSTS).status_code == 200
        return len(context.captured_queries)

    before = queries_for_queue()
    flagger = discussion["rina"]
    for number in range(8):
        author = make_resident(f"Penulis {number}", days_old=0)
        post = make_reply(discussion["topic"], author, f"Tulisan {number}.", state=State.PENDING)
        flag(post, flagger, Flag.Reason.OFF_TOPIC)
    assert queries_for_queue() == before
