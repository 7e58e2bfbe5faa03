"""Reply emails to a topic's subscribers: batched per hour, in the subscriber's language, and stopped from
the link in them without signing in."""

import io
import re
from datetime import timedelta

from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.db.models import F
from django.test import override_settings
from django.utils import timezone, translation

from wagtail.users.models import UserProfile

import pytest
from django_tasks_db.models import DBTaskResult

from forums.models import Post, Profile, State, Subscription
from forums.notifications import BATCH_INTERVAL, notify_subscribers, reply_posted, unsubscribe_token
from outbox.delivery import deliver
from outbox.models import OutgoingEmail
from tests.forums.test_moderation import make_category, make_reply, make_resident, make_topic, make_user

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def discussion(site_tree):
    """Rina's topic in the Indonesian forum; Budi replied 90 minutes ago (and Rina was emailed about it),
    so both follow it."""
    rina, budi, citra = make_resident("Rina"), make_resident("Budi"), make_resident("Citra")
    topic = make_topic(rina, category=make_category())
    replied = timezone.now() - timedelta(minutes=90)
    make_reply(topic, budi, "Balasan lama Budi.", created_at=replied)
    Subscription.objects.filter(topic=topic, user=rina).update(notified_at=replied)
    return {"rina": rina, "budi": budi, "citra": citra, "topic": topic}


def post_reply(topic, author, body, *, language="id"):
    """A reply as the discussion makes it: committed, then `reply_posted` in the author's request language."""
    post = make_reply(topic, author, body)
    with translation.override(language):
        reply_posted(post)
    return post


def an_hour_passes(topic):
    """Move the topic's history back by more than the batching interval, instead of waiting."""
    earlier = BATCH_INTERVAL + timedelta(minutes=1)
    Post.objects.filter(topic=topic).update(created_at=F("created_at") - earlier)
    Subscription.objects.filter(topic=topic, notified_at__isnull=False).update(
        notified_at=F("notified_at") - earlier
    )


def emails_to(address):
    return [message for message in mail.outbox if address in message.to]


def unsubscribe_link(message):
    return re.search(r"http://[^/]+(/(?:en/)?forum/berhenti-langganan/[^/\s]+/)", message.body).group(1)


def test_replies_within_an_hour_are_batched_into_one_email(discussion):
    topic, rina = discussion["topic"], discussion["rina"]
    first = post_reply(topic, discussion["citra"], "Sudah saya laporkan ke kelurahan.")
    assert len(emails_to("rina@example.org")) == 1
    assert len(emails_to("budi@example.org")) == 1

    second = post_reply(topic, discussion["citra"], "Petugas datang besok pagi.")
    assert len(emails_to("rina@example.org")) == 1  # emailed less than an hour ago: it waits

    an_hour_passes(topic)
    third = post_reply(topic, discussion["budi"], "Terima kasih infonya.")
    to_rina = emails_to("rina@example.org")
    assert len(to_rina) == 2
    later = to_rina[1].body
    assert "Petugas datang besok pagi." in later and "Terima kasih infonya." in later
    assert "Sudah saya laporkan ke kelurahan." not in later  # in the first email already
    assert f"/forum/pos/{second.pk}/" in later and f"/forum/pos/{third.pk}/" in later
    assert f"/forum/pos/{first.pk}/" in to_rina[0].body
    assert Subscription.objects.get(topic=topic, user=rina).notified_at > timezone.now() - timedelta(
        minutes=1
    )


def test_nobody_is_emailed_about_their_own_reply(discussion):
    post_reply(discussion["topic"], discussion["budi"], "Balasan baru dari Budi.")
    assert emails_to("budi@example.org") == []
    [message] = mail.outbox
    assert message.to == ["rina@example.org"]


def test_the_email_names_authors_but_never_their_addresses(discussion):
    post_reply(discussion["topic"], discussion["citra"], "Lubangnya sudah ditambal sebagian.")
    message = emails_to("rina@example.org")[0]
    html = message.alternatives[0][0]
    for text in (message.subject, message.body, html):
        assert "Jalan berlubang di Talawi" in text
        assert "citra@example.org" not in text
    assert "Citra" in message.body and "Lubangnya sudah ditambal sebagian." in message.body
    assert "Balasan lama Budi." not in message.body  # she was emailed about it before
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://")


def test_replies_waiting_for_the_hour_go_out_with_the_sweep(discussion):
    topic = discussion["topic"]
    post_reply(topic, discussion["citra"], "Pertama.")
    post_reply(topic, discussion["citra"], "Kedua, dalam jam yang sama.")
    call_command("send_forum_notifications", stdout=io.StringIO())
    assert len(emails_to("rina@example.org")) == 1  # still within the hour

    an_hour_passes(topic)
    call_command("send_forum_notifications", stdout=io.StringIO())
    to_rina = emails_to("rina@example.org")
    assert len(to_rina) == 2 and "Kedua, dalam jam yang sama." in to_rina[1].body
    call_command("send_forum_notifications", stdout=io.StringIO())
    assert len(emails_to("rina@example.org")) == 2  # nothing new: nothing sent


def the_worker_delivers_the_emails():
    """Emails wait in the outbox for their delivery task (outbox.delivery); the worker runs them."""
    waiting = OutgoingEmail.objects.filter(status=OutgoingEmail.Status.QUEUED)
    for email_id in waiting.values_list("pk", flat=True):
        deliver.call(email_id)


@override_settings(TASKS=DATABASE_TASKS)
def test_with_a_worker_a_waiting_subscriber_is_emailed_when_the_hour_is_over(discussion):
    topic = discussion["topic"]
    make_reply(topic, discussion["citra"], "Pertama.")
    notify_subscribers.call(topic.pk)  # what the worker does with the queued task
    the_worker_delivers_the_emails()
    assert len(emails_to("rina@example.org")) == 1
    make_reply(topic, discussion["citra"], "Kedua.")
    notify_subscribers.call(topic.pk)
    the_worker_delivers_the_emails()
    assert len(emails_to("rina@example.org")) == 1
    notified_at = Subscription.objects.get(topic=topic, user=discussion["rina"]).notified_at
    later = DBTaskResult.objects.get(task_path="forums.notifications.notify_subscribers")
    assert later.args_kwargs["args"] == [topic.pk]
    assert later.run_after == notified_at + BATCH_INTERVAL


def test_no_email_about_a_hidden_topic_or_to_unsubscribed_residents(discussion):
    topic = discussion["topic"]
    Subscription.objects.filter(user=discussion["budi"]).update(active=False)
    post_reply(topic, discussion["citra"], "Satu.")
    assert emails_to("budi@example.org") == []
    topic.state = State.HIDDEN
    topic.save()
    an_hour_passes(topic)
    post_reply(topic, discussion["citra"], "Dua.")
    assert len(emails_to("rina@example.org")) == 1


# Unsubscribing from the email's link, signed out.


def test_the_link_stops_the_emails_without_signing_in(client, discussion):
    topic = discussion["topic"]
    post_reply(topic, discussion["citra"], "Satu.")
    link = unsubscribe_link(emails_to("rina@example.org")[0])
    subscription = Subscription.objects.get(topic=topic, user=discussion["rina"])

    page = client.get(link)
    assert page.status_code == 200
    assert "Jalan berlubang di Talawi" in page.content.decode()
    assert '<form method="post">' in page.content.decode()
    subscription.refresh_from_db()
    assert subscription.active  # opening the link changes nothing: mail scanners open links

    done = client.post(link)
    assert done.status_code == 200
    subscription.refresh_from_db()
    assert not subscription.active
    assert client.post(link).status_code == 200  # twice is fine

    an_hour_passes(topic)
    post_reply(topic, discussion["citra"], "Dua.")
    assert len(emails_to("rina@example.org")) == 1
    assert len(emails_to("budi@example.org")) == 2


def test_a_tampered_or_unknown_link_is_refused_clearly(client, discussion):
    subscription = Subscription.objects.get(topic=discussion["topic"], user=discussion["rina"])
    token = unsubscribe_token(subscription)
    other = Subscription.objects.get(topic=discussion["topic"], user=discussion["budi"])
    signature = token.rsplit(":", 1)[1]
    other_payload = unsubscribe_token(other).rsplit(":", 1)[0]
    for bad in (token[:-2] + "xx", "abc", f"{other_payload}:{signature}"):
        response = client.post(f"/forum/berhenti-langganan/{bad}/")
        assert response.status_code == 400
        assert "not valid" in response.content.decode() or "tidak" in response.content.decode()
    assert Subscription.objects.filter(active=True).count() == 2

    subscription.delete()
    assert client.get(f"/forum/berhenti-langganan/{token}/").status_code == 404


# The subscriber's language.


def test_emails_are_in_the_language_the_subscriber_last_wrote_in(client, discussion):
    topic = discussion["topic"]
    english_speaker = make_resident("Diana")
    post_reply(topic, english_speaker, "I saw it too.", language="en")
    assert UserProfile.objects.get(user=english_speaker).preferred_language == "en"

    an_hour_passes(topic)
    post_reply(topic, discussion["citra"], "Sudah diperbaiki.")
    [to_diana] = emails_to("diana@example.org")
    assert "/en/forum/pos/" in to_diana.body
    assert "/en/forum/berhenti-langganan/" in to_diana.body
    assert '<html lang="en">' in to_diana.alternatives[0][0]
    to_rina = emails_to("rina@example.org")[-1]  # never replied: the language of the topic's discussion
    assert "/en/" not in to_rina.body
    assert '<html lang="id">' in to_rina.alternatives[0][0]
    assert client.get(unsubscribe_link(to_diana)).status_code == 200


def test_a_topic_in_the_english_forum_emails_its_author_in_english(site_tree):
    author = make_resident("Rina")
    topic = make_topic(
        author, "Potholes in Talawi", category=make_category("Roads", "roads", site_tree.locale_en)
    )
    post_reply(topic, make_resident("Budi"), "Reported to the agency.", language="en")
    [message] = mail.outbox
    assert message.to == ["rina@example.org"]
    assert "/en/forum/pos/" in message.body


def test_staff_keep_the_language_they_chose_for_the_admin(discussion):
    officer = make_user("petugas", is_staff=True)
    officer.user_permissions.add(Permission.objects.get(codename="access_admin"))
    UserProfile.objects.create(user=officer, preferred_language="en")
    Profile.objects.create(user=officer, display_name="Petugas PUPR")
    post_reply(discussion["topic"], officer, "Akan kami perbaiki minggu ini.", language="id")
    assert UserProfile.objects.get(user=officer).preferred_language == "en"
