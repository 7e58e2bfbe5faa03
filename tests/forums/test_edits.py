"""Authors' edits (forums.edits): an edit by a pre-moderated account, or one that adds a link, goes back
to the moderators; edits are limited per day; a post keeps its original text and its last ten."""

from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from forums.edits import MAX_REVISIONS
from forums.models import Post, PostRevision, State, Topic
from forums.moderation import MODERATOR_GROUP, ensure_moderator_group

from .conftest import make_user

pytestmark = pytest.mark.django_db

QUEUE = "/admin/forum-moderation/posts/"
SPAM_TITLE = "Obat kuat murah"
SPAM_BODY = "Pesan sekarang di https://obat-murah.example/promo dan www.judi-online.example"


@pytest.fixture
def moderator(forum):
    """A moderator as a new city's administrator makes one: staff, in the group "Moderator Forum"."""
    ensure_moderator_group()
    user = make_user("Moderator Kota", is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATOR_GROUP))
    return user


def public_page(client, topic):
    """The topic's page as a visitor who is not signed in sees it (status, text)."""
    client.logout()
    response = client.get(f"/forum/topik/{topic.pk}/", follow=True)
    return response.status_code, response.content.decode()


def edit(client, post, body, title=None):
    data = {"body": body} if title is None else {"body": body, "title": title}
    return client.post(f"/en/forum/pos/{post.pk}/ubah/", data, follow=True)


def approve(client, moderator, post):
    client.force_login(moderator)
    response = client.post(f"{QUEUE}act/{post.pk}/", {"action": "approve"})
    assert response.status_code == 302, response.status_code


def test_a_new_accounts_approved_topic_edited_into_spam_goes_back_to_the_moderators(
    client, forum, newcomer, moderator
):
    client.force_login(newcomer)
    client.post("/forum/umum/baru/", {"title": "Lampu jalan mati di Talawi", "body": "Sejak Senin gelap."})
    topic = Topic.objects.get(author=newcomer)
    post = topic.posts.get()
    approve(client, moderator, post)
    status, html = public_page(client, topic)
    assert status == 200 and "Sejak Senin gelap." in html

    client.force_login(newcomer)
    response = edit(client, post, SPAM_BODY, title=SPAM_TITLE)
    html = response.content.decode()
    assert "Your changes were saved and are waiting for a moderator." in html
    assert "Your topic is waiting for a moderator." in html and "obat-murah.example" in html

    status, html = public_page(client, topic)
    assert status == 404 and "obat-murah" not in html
    assert SPAM_TITLE not in client.get("/forum/umum/").content.decode()

    client.force_login(moderator)
    queue = client.get(QUEUE).content.decode()
    assert "Pesan sekarang di" in queue
    inspect = client.get(f"{QUEUE}inspect/{post.pk}/").content.decode()
    changes = inspect[inspect.index('id="changes-heading"') :]
    assert "Lampu jalan mati di Talawi" in changes and SPAM_TITLE in changes
    assert "https://obat-murah.example/promo" in changes and "http://www.judi-online.example" in changes
    assert "Sejak Senin gelap." in changes

    approve(client, moderator, post)
    status, html = public_page(client, topic)
    assert status == 200 and SPAM_TITLE in html


def test_an_established_residents_edit_that_adds_a_link_waits_and_a_plain_correction_does_not(
    client, topic, neighbour, moderator
):
    client.force_login(neighbour)
    client.post(f"/forum/topik/{topic.pk}/balas/", {"body": "Di depan pasr juga berlubang."})
    reply = Post.objects.get(body="Di depan pasr juga berlubang.")

    response = edit(client, reply, "Di depan pasar juga berlubang.")
    assert "Your changes were saved." in response.content.decode()
    status, html = public_page(client, topic)
    assert "Di depan pasar juga berlubang." in html

    client.force_login(neighbour)
    edit(client, reply, "Di depan pasar juga berlubang. Foto: https://foto-saya.example/lubang")
    reply.refresh_from_db()
    assert reply.state == State.PENDING
    status, html = public_page(client, topic)
    assert status == 200 and "foto-saya.example" not in html and "Di depan pasar juga berlubang" not in html
    client.force_login(neighbour)
    own = client.get(f"/en/forum/topik/{topic.pk}/", follow=True).content.decode()
    mine = own[own.index(f'id="pos-{reply.pk}"') :]
    assert "Waiting for a moderator." in mine and "foto-saya.example" in mine

    approve(client, moderator, reply)
    client.force_login(neighbour)
    edit(client, reply, "Lubangnya makin besar. Foto: https://foto-saya.example/lubang")  # same link
    reply.refresh_from_db()
    assert reply.state == State.PUBLISHED
    assert "Lubangnya makin besar." in public_page(client, topic)[1]


def test_a_pre_moderated_residents_reply_edit_waits_even_without_links(client, topic, forum, moderator):
    """Sari signed up today: her reply was approved, her correction still waits."""
    sari = make_user("Sari", joined_days_ago=0)
    client.force_login(sari)
    client.post(f"/forum/topik/{topic.pk}/balas/", {"body": "Saya juga lewat sana tadi."})
    reply = Post.objects.get(author=sari)
    approve(client, moderator, reply)
    assert "Saya juga lewat sana tadi." in public_page(client, topic)[1]
    client.force_login(sari)
    response = edit(client, reply, "Semua warga diundang rapat di rumah saya.")
    assert "Your changes were saved and are waiting for a moderator." in response.content.decode()
    assert "diundang rapat" not in public_page(client, topic)[1]


def test_edits_are_limited_per_day(client, topic, neighbour, settings):
    """The hostile test sent 60 edits in 6.5 s and all were stored; now the day's limit stops them."""
    settings.FORUM_LIMITS = {**settings.FORUM_LIMITS, "edit": (3, 5)}
    post = topic.posts.get(author=neighbour)
    Post.objects.filter(pk=post.pk).update(created_at=timezone.now())
    client.force_login(neighbour)
    statuses = []
    for number in range(8):
        response = client.post(f"/en/forum/pos/{post.pk}/ubah/", {"body": f"Perubahan ke-{number} " * 400})
        statuses.append(response.status_code)
    assert statuses == [302] * 5 + [429] * 3
    assert "You have changed your posts many times today." in response.content.decode()
    post.refresh_from_db()
    assert post.body.startswith("Perubahan ke-4 ")
    assert PostRevision.objects.filter(post=post).count() == 5


def test_a_post_keeps_its_original_text_and_the_last_ten(client, topic, neighbour, settings):
    settings.FORUM_LIMITS = {**settings.FORUM_LIMITS, "edit": (100, 100)}
    post = topic.posts.get(author=neighbour)
    Post.objects.filter(pk=post.pk).update(created_at=timezone.now())
    client.force_login(neighbour)
    for number in range(1, 16):
        assert client.post(f"/forum/pos/{post.pk}/ubah/", {"body": f"Versi {number}"}).status_code == 302
    kept = list(
        PostRevision.objects.filter(post=post).order_by("created_at", "pk").values_list("body", flat=True)
    )
    assert len(kept) == 1 + MAX_REVISIONS == 11
    assert kept == ["Betul, di depan pasar juga."] + [f"Versi {number}" for number in range(5, 15)]


def test_staff_edits_that_add_links_stay_published(client, topic, officer):
    """Officers are not pre-moderated (forums.posting), and a link to a service page is their job."""
    client.force_login(officer)
    client.post(f"/forum/topik/{topic.pk}/balas/", {"body": "Sudah kami catat."})
    answer = Post.objects.get(author=officer)
    edit(client, answer, "Sudah kami catat. Jadwalnya: https://sawahluntokota.go.id/layanan/jalan/")
    assert "sawahluntokota.go.id/layanan/jalan" in public_page(client, topic)[1]
