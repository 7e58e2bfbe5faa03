"""The forum through its pages: reading, writing, editing, quoting, support, subscriptions, reports and
official answers, each refused from the side of the person who must not get through."""

import re
from datetime import timedelta

from django.utils import timezone, translation

import pytest

from forums.models import Flag, Post, PostRevision, Profile, State, Subscription, SupportVote, Topic
from forums.threads import topic_url

from .conftest import make_topic, make_user, t

pytestmark = pytest.mark.django_db


def topic_path(topic):
    """The topic's address in Indonesian (reverse() follows the language of the last request)."""
    with translation.override("id"):
        return topic_url(topic)


def reply_url(topic):
    return f"/forum/topik/{topic.pk}/balas/"


def page_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def follow(client, response):
    """The page a redirect leads to (through the post permalink, to the topic page)."""
    assert response.status_code == 302, response.status_code
    while response.status_code in (301, 302):
        response = client.get(response["Location"])
    assert response.status_code == 200
    return response.content.decode()


# Reading.


def test_category_list_in_both_languages(client, forum, topic):
    html = page_of(client, "/forum/")
    assert '<html lang="id">' in html
    assert 'href="/forum/umum/"' in html and ">Umum<" in html
    assert 'href="/forum/pengumuman/"' in html
    english = page_of(client, "/en/forum/")
    assert '<html lang="en">' in english
    assert 'href="/en/forum/general/"' in english and ">General<" in english
    # Untranslated categories show in Indonesian rather than not at all.
    assert 'href="/en/forum/pengumuman/"' in english


def test_topic_list_shows_topics_across_the_category_translations(client, forum, topic):
    assert topic.title in page_of(client, "/forum/umum/")
    assert topic.title in page_of(client, "/en/forum/general/")
    # A link from the other language goes to this language's address of the same category.
    response = client.get("/en/forum/umum/?urut=baru")
    assert response.status_code == 302
    assert response["Location"] == "/en/forum/general/?urut=baru"
    assert client.get("/forum/tidak-ada/").status_code == 404


def test_topic_list_sorts_and_pages(client, forum, resident):
    now = timezone.now()
    old = make_topic(forum.general, resident, "Topik lama", minutes_ago=600)
    supported = make_topic(forum.general, resident, "Topik didukung", minutes_ago=300)
    make_topic(forum.general, resident, "Topik baru", minutes_ago=10)
    Topic.objects.filter(pk=old.pk).update(last_activity_at=now)  # a recent reply
    Topic.objects.filter(pk=supported.pk).update(support_count=7)

    def order(query):
        html = page_of(client, "/forum/umum/" + query)
        return [title for title in re.findall(r"<h2 class=\"forum-list__title\"><a [^>]+>([^<]+)<", html)]

    assert order("") == ["Topik lama", "Topik baru", "Topik didukung"]
    assert order("?urut=baru") == ["Topik baru", "Topik didukung", "Topik lama"]
    assert order("?urut=dukungan")[0] == "Topik didukung"
    assert order("?urut=bogus&page=xyz") == order("")  # bad parameters: the default list, no error
    for number in range(20):
        make_topic(forum.general, resident, f"Topik ke-{number}", minutes_ago=1000 + number)
    first = page_of(client, "/forum/umum/?urut=baru")
    assert 'href="?urut=baru&amp;page=2"' in first
    second = page_of(client, "/forum/umum/?urut=baru&page=2")
    assert "Topik ke-19" not in first and "Topik ke-19" in second


def test_topic_page_pages_posts_and_permalinks_find_them(client, forum, resident, neighbour):
    topic = make_topic(
        forum.general,
        resident,
        replies=[(neighbour, f"Balasan nomor {n}.") for n in range(1, 25)],
        minutes_ago=300,
    )
    posts = list(topic.posts.order_by("created_at"))
    html = page_of(client, topic_path(topic))
    assert f'id="pos-{posts[0].pk}"' in html and f'id="pos-{posts[19].pk}"' in html
    assert f'id="pos-{posts[20].pk}"' not in html
    assert 'href="?page=2"' in html
    second = page_of(client, topic_path(topic) + "?page=2")
    assert f'id="pos-{posts[24].pk}"' in second
    response = client.get(f"/forum/pos/{posts[22].pk}/")
    assert response["Location"] == f"{topic_path(topic)}?page=2#pos-{posts[22].pk}"
    assert client.get(f"/forum/pos/{posts[3].pk}/")["Location"] == f"{topic_path(topic)}#pos-{posts[3].pk}"
    assert client.get("/forum/pos/999999/").status_code == 404
    assert client.get(topic_path(topic) + "?page=abc").status_code == 200


def test_topic_addresses_with_and_without_slug(client, topic):
    assert topic_path(topic) == f"/forum/topik/{topic.pk}-jalan-berlubang-di-talawi/"
    assert client.get(f"/forum/topik/{topic.pk}/").status_code == 200
    response = client.get(f"/forum/topik/{topic.pk}-judul-lama/?page=1")
    assert response.status_code == 301
    assert response["Location"] == topic_path(topic) + "?page=1"
    assert client.get("/forum/topik/999999/").status_code == 404


def test_anonymous_reader_sees_no_forms_and_is_sent_to_sign_in_to_write(client, topic):
    html = page_of(client, topic_path(topic))
    assert "csrfmiddlewaretoken" not in html  # nothing personal: the page can be cached
    assert f'href="/akun/login/?next={topic_path(topic)}"' in html
    for url in (reply_url(topic), f"/forum/topik/{topic.pk}/dukung/", "/forum/umum/baru/"):
        response = client.post(url, {"body": "Halo"})
        assert response.status_code == 302
        assert response["Location"].startswith("/akun/login/?next=")
    assert Post.objects.filter(topic=topic).count() == 2


def test_display_names_only_and_deleted_author(client, topic, resident, neighbour):
    html = page_of(client, topic_path(topic))
    assert "Rina" in html and "Budi" in html
    assert "@example.com" not in html
    neighbour.delete()
    assert t("Deleted user") in page_of(client, topic_path(topic))
    assert "Deleted user" in page_of(client, "/en" + topic_path(topic))
    assert "Budi" not in page_of(client, "/en" + topic_path(topic))


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_pages_render_in_both_languages(client, topic, resident, prefix):
    language = "en" if prefix else "id"
    post = topic.posts.last()
    client.force_login(resident)
    for path in (
        "/forum/",
        "/forum/umum/" if not prefix else "/forum/general/",
        topic_path(topic),
        reply_url(topic) + f"?kutip={post.pk}",
        "/forum/umum/baru/" if not prefix else "/forum/general/baru/",
        f"/forum/pos/{post.pk}/laporkan/",
        f"/forum/pos/{topic.posts.first().pk}/ubah/",
    ):
        response = client.get(prefix + path)
        if response.status_code == 403:  # the opening post is older than 30 minutes
            assert "ubah" in path
        else:
            assert response.status_code == 200, path
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert html.count("<h1") == 1
        assert " style=" not in html
        assert not re.search(r"<script(?![^>]*\bsrc=)", html)


# Starting topics and replying.


def test_resident_starts_a_topic_and_is_subscribed(client, forum, resident):
    client.force_login(resident)
    form = page_of(client, "/forum/umum/baru/")
    assert "10.000" in form or "10,000" in form  # the stated limit
    response = client.post("/forum/umum/baru/", {"title": "Lampu jalan mati", "body": "Di Jalan Ahmad Yani."})
    topic = Topic.objects.get(title="Lampu jalan mati")
    assert response["Location"] == topic_path(topic)
    assert topic.state == State.PUBLISHED and topic.category == forum.general and topic.author == resident
    assert topic.posts.get().body == "Di Jalan Ahmad Yani."
    assert Subscription.objects.filter(topic=topic, user=resident, active=True).exists()
    assert "Di Jalan Ahmad Yani." in follow(client, response)


def test_reply_is_published_counted_and_subscribes_the_replier(
    client, topic, neighbour, resident, django_capture_on_commit_callbacks
):
    client.force_login(neighbour)
    before = Topic.objects.get(pk=topic.pk).last_activity_at
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(reply_url(topic), {"body": "Sudah saya laporkan ke kelurahan."})
    post = Post.objects.get(body="Sudah saya laporkan ke kelurahan.")
    assert response["Location"] == f"/forum/pos/{post.pk}/"
    # Subscribers are told (forums.notifications.reply_posted); the page cache is purged too.
    assert [callback.func.__name__ for callback in callbacks if hasattr(callback, "func")] == ["reply_posted"]
    topic.refresh_from_db()
    assert topic.reply_count == 2 and topic.last_activity_at > before
    assert Subscription.objects.filter(topic=topic, user=neighbour, active=True).exists()
    assert "Sudah saya laporkan ke kelurahan." in follow(client, response)


def test_reply_form_is_on_the_last_page_of_the_topic(client, topic, neighbour):
    client.force_login(neighbour)
    html = page_of(client, topic_path(topic))
    assert f'action="{reply_url(topic)}"' in html and 'name="body"' in html


def test_newcomer_posts_wait_for_a_moderator_and_only_they_see_them(
    client, forum, topic, newcomer, neighbour
):
    client.force_login(newcomer)
    response = client.post(reply_url(topic), {"body": "Kiriman pertama saya."})
    post = Post.objects.get(body="Kiriman pertama saya.")
    assert post.state == State.PENDING
    html = follow(client, response)
    assert "Kiriman pertama saya." in html and t("Waiting for a moderator.") in html
    topic.refresh_from_db()
    assert topic.reply_count == 1  # not counted until approved
    response = client.post("/forum/umum/baru/", {"title": "Topik orang baru", "body": "Isi topik baru."})
    new_topic = Topic.objects.get(title="Topik orang baru")
    assert new_topic.state == State.PENDING
    assert "Topik orang baru" in page_of(client, "/forum/umum/")
    client.logout()
    assert "Kiriman pertama saya." not in page_of(client, topic_path(topic))
    assert "Topik orang baru" not in page_of(client, "/forum/umum/")
    assert client.get(topic_path(new_topic)).status_code == 404
    assert client.get(f"/forum/pos/{post.pk}/").status_code == 404
    client.force_login(neighbour)
    assert "Kiriman pertama saya." not in page_of(client, topic_path(topic))
    assert client.get(topic_path(new_topic)).status_code == 404


def test_errors_are_shown_at_the_fields_with_a_summary_and_keep_the_text(client, forum, resident):
    client.force_login(resident)
    response = client.post("/forum/umum/baru/", {"title": "Judul yang saya ketik", "body": "   "})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'href="#id_body"' in html
    assert 'id="id_body-error"' in html and 'aria-invalid="true"' in html
    assert 'value="Judul yang saya ketik"' in html
    assert not Topic.objects.filter(title="Judul yang saya ketik").exists()


def test_the_same_text_twice_is_refused(client, topic, neighbour):
    client.force_login(neighbour)
    client.post(reply_url(topic), {"body": "Setuju sekali."})
    response = client.post("/en" + reply_url(topic), {"body": "Setuju sekali."})
    assert response.status_code == 400
    assert "You posted this same text a moment ago." in response.content.decode()
    assert Post.objects.filter(body="Setuju sekali.").count() == 1


def test_honeypot_filled_stores_nothing_but_looks_fine(client, topic, neighbour):
    client.force_login(neighbour)
    response = client.post(
        reply_url(topic), {"body": "Beli obat murah di sini", "website": "http://spam.example"}
    )
    assert response.status_code == 302 and response["Location"] == topic_path(topic)
    response = client.post("/forum/umum/baru/", {"title": "Obat murah", "body": "Murah!", "website": "x"})
    assert response.status_code == 302
    assert not Post.objects.filter(body__contains="murah").exists()
    assert not Topic.objects.filter(title="Obat murah").exists()


def test_rate_limit_refuses_with_a_clear_message_and_keeps_the_text(client, topic, neighbour, settings):
    settings.FORUM_LIMITS = {**settings.FORUM_LIMITS, "reply": (1, 1)}
    client.force_login(neighbour)
    client.post(reply_url(topic), {"body": "Balasan pertama."})
    response = client.post("/en" + reply_url(topic), {"body": "Balasan kedua."})
    assert response.status_code == 429
    html = response.content.decode()
    assert "You have written a lot today" in html and "Balasan kedua." in html
    assert not Post.objects.filter(body="Balasan kedua.").exists()


def test_suspended_resident_is_refused(client, topic, neighbour):
    Profile.objects.filter(user=neighbour).update(suspended_until=timezone.now() + timedelta(days=3))
    client.force_login(neighbour)
    html = page_of(client, "/en" + topic_path(topic))
    assert "Your account is suspended until" in html and 'name="body"' not in html
    response = client.post("/en" + reply_url(topic), {"body": "Saya tetap mau menulis."})
    assert response.status_code == 403
    assert "Your account is suspended until" in response.content.decode()
    assert client.post("/forum/umum/baru/", {"title": "Judul", "body": "Isi."}).status_code == 403
    assert client.post(f"/forum/topik/{topic.pk}/dukung/", {"dukung": "1"}).status_code == 403
    assert not Post.objects.filter(body="Saya tetap mau menulis.").exists()
    assert not SupportVote.objects.exists()


def test_resident_without_a_display_name_is_asked_to_choose_one(client, topic):
    user = make_user("Tanpa Nama")
    user.forum_profile.delete()
    user.refresh_from_db()
    client.force_login(user)
    response = client.post("/en" + reply_url(topic), {"body": "Halo."})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Choose a display name in your profile before you write." in html
    assert 'href="/en/akun/profil/"' in html
    assert not Post.objects.filter(body="Halo.").exists()


def test_locked_topic_refuses_replies_even_a_crafted_post(client, topic, neighbour):
    Topic.objects.filter(pk=topic.pk).update(locked=True)
    client.force_login(neighbour)
    html = page_of(client, "/en" + topic_path(topic))
    assert 'name="body"' not in html and "This topic is locked" in html
    response = client.post(reply_url(topic), {"body": "Tetap membalas."})
    assert response.status_code == 403
    assert not Post.objects.filter(body="Tetap membalas.").exists()


def test_staff_only_category_refuses_residents_even_a_crafted_post(client, forum, resident, officer):
    client.force_login(resident)
    assert "/forum/pengumuman/baru/" not in page_of(client, "/forum/pengumuman/")
    assert client.get("/forum/pengumuman/baru/").status_code == 403
    response = client.post("/forum/pengumuman/baru/", {"title": "Pengumuman palsu", "body": "Isi palsu."})
    assert response.status_code == 403
    assert not Topic.objects.filter(title="Pengumuman palsu").exists()
    client.force_login(officer)
    client.post("/forum/pengumuman/baru/", {"title": "Jadwal pengaspalan", "body": "Mulai Senin."})
    assert Topic.objects.get(title="Jadwal pengaspalan").state == State.PUBLISHED


# Quoting.


def test_quote_shows_the_quoted_post_with_its_author_and_a_link(client, topic, resident, neighbour):
    quoted = topic.posts.get(author=neighbour)
    client.force_login(resident)
    form = page_of(client, reply_url(topic) + f"?kutip={quoted.pk}")
    assert "<blockquote" in form and "Betul, di depan pasar juga." in form
    assert f'name="quote" value="{quoted.pk}"' in form
    response = client.post(
        "/en" + reply_url(topic), {"body": "Saya juga melihatnya.", "quote": str(quoted.pk)}
    )
    post = Post.objects.get(body="Saya juga melihatnya.")
    assert post.quote == quoted
    html = follow(client, response)
    block = html[html.index(f'id="pos-{post.pk}"') :]
    assert f'<blockquote class="post__quote" cite="/en/forum/pos/{quoted.pk}/">' in block
    assert f'<a href="/en/forum/pos/{quoted.pk}/">Budi wrote:</a>' in block
    assert "Betul, di depan pasar juga." in block


def test_quote_of_another_topic_or_nonsense_is_ignored(client, forum, topic, resident, neighbour):
    other = make_topic(forum.general, neighbour, "Topik lain", body="Teks topik lain.")
    client.force_login(resident)
    assert "Teks topik lain." not in page_of(client, reply_url(topic) + f"?kutip={other.posts.get().pk}")
    assert client.get(reply_url(topic) + "?kutip=abc").status_code == 200
    client.post(reply_url(topic), {"body": "Tanpa kutipan.", "quote": str(other.posts.get().pk)})
    assert Post.objects.get(body="Tanpa kutipan.").quote is None
    response = client.post(reply_url(topic), {"body": "Kutipan rusak.", "quote": "xyz"})
    assert response.status_code == 400  # a tampered hidden field is an error, not a crash


# Editing.


def test_author_edits_within_30_minutes_and_the_old_text_is_kept(client, topic, neighbour):
    client.force_login(neighbour)
    client.post(reply_url(topic), {"body": "Tulisan dengan salah ketik."})
    post = Post.objects.get(body="Tulisan dengan salah ketik.")
    form = page_of(client, f"/forum/pos/{post.pk}/ubah/")
    assert "Tulisan dengan salah ketik." in form
    response = client.post(f"/en/forum/pos/{post.pk}/ubah/", {"body": "Tulisan yang sudah dibetulkan."})
    post.refresh_from_db()
    assert post.body == "Tulisan yang sudah dibetulkan." and post.edited_at is not None
    assert list(PostRevision.objects.filter(post=post).values_list("body", "edited_by")) == [
        ("Tulisan dengan salah ketik.", neighbour.pk)
    ]
    client.post(f"/forum/pos/{post.pk}/ubah/", {"body": "Ketiga kalinya."})
    assert PostRevision.objects.filter(post=post).count() == 2
    html = follow(client, response)
    assert "edited" in html[html.index(f'id="pos-{post.pk}"') :]


def test_opening_post_edit_changes_the_title_too(client, forum, resident):
    client.force_login(resident)
    client.post("/forum/umum/baru/", {"title": "Judul salah ketk", "body": "Isi topik."})
    topic = Topic.objects.get(title="Judul salah ketk")
    post = topic.posts.get()
    client.post(f"/forum/pos/{post.pk}/ubah/", {"title": "Judul salah ketik", "body": "Isi topik."})
    topic.refresh_from_db()
    assert topic.title == "Judul salah ketik"


def test_edit_after_30_minutes_is_refused(client, topic, neighbour):
    post = topic.posts.get(author=neighbour)
    Post.objects.filter(pk=post.pk).update(created_at=timezone.now() - timedelta(minutes=31))
    client.force_login(neighbour)
    assert f"/forum/pos/{post.pk}/ubah/" not in page_of(client, topic_path(topic))
    response = client.post(f"/en/forum/pos/{post.pk}/ubah/", {"body": "Terlambat."})
    assert response.status_code == 403
    assert "30 minutes" in response.content.decode()
    post.refresh_from_db()
    assert post.body == "Betul, di depan pasar juga." and not PostRevision.objects.exists()


@pytest.mark.parametrize("who", ["resident", "officer"])
def test_editing_someone_elses_post_is_refused(client, topic, neighbour, who, request):
    post = topic.posts.get(author=neighbour)
    Post.objects.filter(pk=post.pk).update(created_at=timezone.now())
    client.force_login(request.getfixturevalue(who))
    response = client.post(f"/forum/pos/{post.pk}/ubah/", {"body": "Diubah orang lain."})
    assert response.status_code == 403
    post.refresh_from_db()
    assert post.body == "Betul, di depan pasar juga."


# Support and subscriptions.


def test_support_counts_once_and_can_be_taken_back(client, topic, neighbour):
    client.force_login(neighbour)
    url = f"/forum/topik/{topic.pk}/dukung/"
    assert client.post(url, {"dukung": "1"})["Location"] == topic_path(topic) + "#dukung"
    client.post(url, {"dukung": "1"})  # a double tap
    topic.refresh_from_db()
    assert topic.support_count == 1 and SupportVote.objects.filter(topic=topic).count() == 1
    html = page_of(client, "/en" + topic_path(topic))
    assert "Withdraw your support" in html and "1 resident supports this" in html
    client.post(url, {"dukung": "0"})
    topic.refresh_from_db()
    assert topic.support_count == 0 and not SupportVote.objects.exists()
    assert client.get(url)["Location"] == topic_path(topic)  # a GET changes nothing


def test_vote_rate_limit(client, topic, neighbour, settings):
    settings.FORUM_LIMITS = {**settings.FORUM_LIMITS, "vote": (1, 1)}
    client.force_login(neighbour)
    client.post(f"/forum/topik/{topic.pk}/dukung/", {"dukung": "1"})
    response = client.post(f"/en/forum/topik/{topic.pk}/dukung/", {"dukung": "0"})
    assert response.status_code == 429
    assert "You have voted many times today" in response.content.decode()


def test_subscription_is_automatic_and_can_be_switched(client, topic, resident, neighbour):
    client.force_login(neighbour)
    client.post(reply_url(topic), {"body": "Ikut memantau."})
    assert Subscription.objects.get(topic=topic, user=neighbour).active
    assert "Stop email about replies" in page_of(client, "/en" + topic_path(topic))
    url = f"/forum/topik/{topic.pk}/langganan/"
    client.post(url, {"aktif": "0"})
    assert not Subscription.objects.get(topic=topic, user=neighbour).active
    client.post(reply_url(topic), {"body": "Balasan lagi."})
    assert not Subscription.objects.get(topic=topic, user=neighbour).active  # their choice stands
    assert "Email me about replies" in page_of(client, "/en" + topic_path(topic))
    client.post(url, {"aktif": "1"})
    assert Subscription.objects.get(topic=topic, user=neighbour).active


# Official answers.


def test_agency_staff_answer_as_the_agency_and_mark_the_official_answer(client, topic, officer):
    Topic.objects.filter(pk=topic.pk).update(agency=officer.agency)  # a road is the DPU's business
    client.force_login(officer)
    form = page_of(client, reply_url(topic))
    assert "Dinas Pekerjaan Umum" in form
    client.post(
        reply_url(topic), {"body": "Perbaikan dijadwalkan pekan depan.", "as_agency": str(officer.agency.pk)}
    )
    answer = Post.objects.get(body="Perbaikan dijadwalkan pekan depan.")
    assert answer.as_agency == officer.agency and answer.state == State.PUBLISHED
    response = client.post(f"/forum/pos/{answer.pk}/jawaban-resmi/", {"resmi": "1"})
    assert response["Location"] == f"/forum/pos/{answer.pk}/"
    topic.refresh_from_db()
    assert topic.official_answer == answer and topic.status == Topic.Status.ANSWERED
    client.logout()
    html = page_of(client, "/en" + topic_path(topic))
    top = html[: html.index('id="posts-title"')]
    assert 'id="official-answer-title"' in top and "Perbaikan dijadwalkan pekan depan." in top
    assert '<span class="badge"><span class="visually-hidden">for </span>Dinas Pekerjaan Umum</span>' in top
    assert "Answered" in page_of(client, "/en/forum/general/")
    client.force_login(officer)
    client.post(f"/forum/pos/{answer.pk}/jawaban-resmi/", {"resmi": "0"})
    topic.refresh_from_db()
    assert topic.official_answer is None and topic.status == Topic.Status.OPEN


def test_residents_cannot_mark_or_post_as_an_agency(client, topic, neighbour, officer):
    client.force_login(neighbour)
    post = topic.posts.first()
    response = client.post(f"/forum/pos/{post.pk}/jawaban-resmi/", {"resmi": "1"})
    assert response.status_code == 403
    topic.refresh_from_db()
    assert topic.official_answer is None and topic.status == Topic.Status.OPEN
    assert "jawaban-resmi" not in page_of(client, topic_path(topic))
    client.post(reply_url(topic), {"body": "Saya dari dinas.", "as_agency": str(officer.agency.pk)})
    assert Post.objects.get(body="Saya dari dinas.").as_agency is None


# Reports.


def test_own_post_cannot_be_reported(client, topic, neighbour):
    post = topic.posts.get(author=neighbour)
    client.force_login(neighbour)
    response = client.post(f"/forum/pos/{post.pk}/laporkan/", {"reason": "spam"})
    assert response.status_code == 403
    assert not Flag.objects.exists()


def test_three_reports_hide_a_post_until_a_moderator_looks(client, forum, topic, resident, neighbour):
    post = topic.posts.get(author=neighbour)
    reporters = [resident, make_user("Dewi"), make_user("Eko")]
    client.force_login(resident)
    form = page_of(client, f"/forum/pos/{post.pk}/laporkan/")
    assert t(Flag.Reason.SPAM.label) in form and 'name="note"' in form
    bad = client.post(f"/forum/pos/{post.pk}/laporkan/", {"reason": "nonsense", "note": "Catatan saya"})
    assert bad.status_code == 400 and "Catatan saya" in bad.content.decode()
    for number, reporter in enumerate(reporters, start=1):
        client.force_login(reporter)
        response = client.post(f"/forum/pos/{post.pk}/laporkan/", {"reason": "abusive", "note": ""})
        assert response.status_code == 302
        post.refresh_from_db()
        assert post.flag_count == number
        assert post.state == (State.HIDDEN if number == 3 else State.PUBLISHED)
    client.force_login(resident)
    client.post(f"/forum/pos/{post.pk}/laporkan/", {"reason": "spam"})  # a second report by the same person
    assert Flag.objects.filter(post=post).count() == 3
    topic.refresh_from_db()
    assert topic.reply_count == 0 and topic.state == State.PUBLISHED
    client.logout()
    html = page_of(client, "/en" + topic_path(topic))
    assert "Betul, di depan pasar juga." not in html and "This post was hidden by a moderator." in html
    client.force_login(neighbour)
    assert "Several residents reported it" in page_of(client, "/en" + topic_path(topic))
    Post.objects.filter(pk=post.pk).update(hidden_reason="Bahasa kasar.")
    assert "Bahasa kasar." in page_of(client, topic_path(topic))


def test_reporting_a_topic_reports_its_opening_post_and_three_hide_the_topic(client, forum, topic, resident):
    opening = topic.posts.get(author=resident)
    client.force_login(make_user("Budi Dua"))
    assert f"/forum/pos/{opening.pk}/laporkan/" in page_of(client, topic_path(topic))
    for name in ("Dewi", "Eko", "Fajar"):
        client.force_login(make_user(name))
        client.post(f"/forum/pos/{opening.pk}/laporkan/", {"reason": "spam"})
    topic.refresh_from_db()
    assert topic.state == State.HIDDEN
    client.logout()
    assert client.get(topic_path(topic)).status_code == 404
    assert topic.title not in page_of(client, "/forum/umum/")


def test_flag_rate_limit(client, topic, resident, settings):
    settings.FORUM_LIMITS = {**settings.FORUM_LIMITS, "flag": (0, 0)}
    client.force_login(make_user("Dewi"))
    response = client.post(f"/forum/pos/{topic.posts.first().pk}/laporkan/", {"reason": "spam"})
    assert response.status_code == 429
    assert not Flag.objects.exists()
