"""The forum in a phone browser: a whole conversation without JavaScript, and no axe violations."""

from django.test import Client

import pytest

from forums.models import Post, State, Topic
from tests.forums.conftest import PASSWORD, build_forum, make_established, make_topic, make_user


@pytest.fixture
def live_forum(live_site):
    forum = build_forum(live_site)
    return live_site, forum


def sign_in_through_the_form(page, site, user, next_path):
    page.goto(f"{site.url}/en/akun/login/?next={next_path}")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(site.url + next_path)


def sign_in(page, site, user):
    """Give the browser a signed-in session without going through the login form."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site.url}]
    )


def test_resident_starts_a_topic_and_replies_without_javascript(live_forum, phone_without_js):
    site, forum = live_forum
    page = phone_without_js
    resident = make_established(make_user("Rina"), forum)
    sign_in_through_the_form(page, site, resident, "/en/forum/")

    page.get_by_role("link", name="General").click()
    page.get_by_role("link", name="Start a new topic").click()
    page.get_by_label("Title", exact=True).fill("Lampu jalan mati di Jalan Ahmad Yani")
    page.get_by_label("Your message").fill("Sudah tiga malam gelap. **Mohon** segera diperbaiki.")
    page.get_by_role("button", name="Publish topic").click()
    page.locator("h1", has_text="Lampu jalan mati di Jalan Ahmad Yani").wait_for()
    assert page.locator(".post__body strong", has_text="Mohon").is_visible()

    page.get_by_label("Your reply").fill("Tambahan: tiangnya juga miring.")
    page.get_by_role("button", name="Publish reply").click()
    reply = Post.objects.get(body="Tambahan: tiangnya juga miring.")
    page.wait_for_url(f"**#pos-{reply.pk}")
    assert page.locator(f"#pos-{reply.pk}").get_by_text("Tambahan: tiangnya juga miring.").is_visible()

    page.get_by_role("button", name="Support this topic").click()
    page.get_by_role("button", name="Withdraw your support").wait_for()
    topic = Topic.objects.get(title="Lampu jalan mati di Jalan Ahmad Yani")
    assert topic.state == State.PUBLISHED and topic.reply_count == 1 and topic.support_count == 1


def test_forum_pages_have_no_axe_violations(live_forum, phone, axe_violations):
    site, forum = live_forum
    resident = make_established(make_user("Rina"), forum)
    neighbour = make_established(make_user("Budi"), forum)
    topic = make_topic(
        forum.general,
        resident,
        "Jalan berlubang di Talawi",
        body="Sudah dua minggu.\n\n- lubang besar\n- dekat sekolah\n\nFoto: https://contoh.example/foto",
        replies=[
            (neighbour, "> Sudah dua minggu.\n\nBetul, di depan pasar juga."),
            (None, "Dari akun yang dihapus."),
        ],
    )
    for path in ("/forum/", "/en/forum/", "/en/forum/general/"):
        phone.goto(site.url + path)
        assert phone.locator("h1").count() == 1
        assert axe_violations(phone) == [], path

    sign_in(phone, site, neighbour)
    phone.goto(f"{site.url}/en/forum/topik/{topic.pk}/")
    assert phone.locator("textarea[name=body]").is_visible()
    assert axe_violations(phone) == []

    # The reply form's error state: a summary at the top, the error next to the field.
    quoted = topic.posts.first()
    phone.goto(f"{site.url}/en/forum/topik/{topic.pk}/balas/?kutip={quoted.pk}")
    phone.get_by_role("button", name="Publish reply").click()
    phone.locator(".error-summary").wait_for()
    assert phone.locator("#id_body-error").is_visible()
    assert phone.locator(".error-summary").evaluate("el => el === document.activeElement")
    assert axe_violations(phone) == []
