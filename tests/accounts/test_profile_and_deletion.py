"""A resident's display name and profile, the export of their data, deleting their account, the lockout.

Through the public surface: the pages a resident gets, the JSON file they download, the rows left in
the database and the emails sent.
"""

import json
import re
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from wagtail.models import Locale

import pytest
from allauth.account.models import EmailAddress

from feedback.models import Kecamatan, Submission
from forums.models import (
    Category,
    ConsultationComment,
    ConsultationIndexPage,
    ConsultationPage,
    Flag,
    Post,
    PostRevision,
    Profile,
    Subscription,
    SupportVote,
    Topic,
)
from tests.accounts import test_pages
from tests.accounts.test_pages import LANGUAGES, PASSWORD, assert_site_page, link_in_last_email

pytestmark = pytest.mark.django_db

User = get_user_model()
resident = test_pages.resident  # the fixture: a resident with a confirmed address


@pytest.fixture
def talawi(db):
    return Kecamatan.objects.create(name="Talawi")


@pytest.fixture
def neighbour(db):
    """Another resident, with the display name "Sari Lubis"."""
    user = User.objects.create_user(username="sari", email="sari@example.com", password=PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    Profile.objects.create(user=user, display_name="Sari Lubis")
    return user


def make_user(email, *, display_name=None, **fields):
    user = User.objects.create_user(username=email.split("@")[0], email=email, password=PASSWORD, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if display_name:
        Profile.objects.create(user=user, display_name=display_name)
    return user


def make_submission(user, code, **fields):
    return Submission.objects.create(
        user=user,
        kind=Submission.Kind.COMPLAINT,
        tracking_code=code,
        submission_key=code,
        secret_hash="rahasia-hash-yang-tidak-boleh-keluar",
        name="Budi Santoso",
        nik="1373011234560001",
        subject="Lampu jalan mati",
        **fields,
    )


@pytest.fixture
def forum(site_tree, resident, neighbour):
    """The resident's topic, post, comment, vote, subscription, flag and submission; the neighbour's too."""
    Profile.objects.create(user=resident, display_name="Budi Warga")
    category = Category.objects.create(name="Umum", slug="umum", locale=Locale.get_default())
    topic = Topic.objects.create(category=category, title="Lampu jalan di Talawi", author=resident)
    post = Post.objects.create(topic=topic, author=resident, body="Lampu di depan pasar mati.")
    PostRevision.objects.create(post=post, body="Lampu mati.", edited_by=resident)
    other_topic = Topic.objects.create(
        category=category, title="Jadwal posyandu", author=neighbour, support_count=2
    )
    other_post = Post.objects.create(
        topic=other_topic, author=neighbour, body="Kapan jadwalnya?", flag_count=1
    )
    SupportVote.objects.create(topic=other_topic, user=resident)
    SupportVote.objects.create(topic=other_topic, user=neighbour)
    Subscription.objects.create(topic=other_topic, user=resident)
    Subscription.objects.create(topic=other_topic, user=neighbour)
    Flag.objects.create(post=other_post, user=resident, reason=Flag.Reason.OFF_TOPIC, note="Bukan topiknya")

    index = site_tree.home.add_child(instance=ConsultationIndexPage(title="Konsultasi", slug="konsultasi"))
    now = timezone.now()
    consultation = index.add_child(
        instance=ConsultationPage(
            title="Rancangan Perda Pasar",
            slug="perda-pasar",
            summary="Penataan pasar.",
            opens_at=now - timedelta(days=1),
            closes_at=now + timedelta(days=10),
        )
    )
    comment = ConsultationComment.objects.create(
        page=consultation, author=resident, body="Setuju, asal teduh."
    )
    ConsultationComment.objects.create(page=consultation, author=neighbour, body="Parkirnya di mana?")
    submission = make_submission(resident, "SWL-2611-BUDI01")
    make_submission(neighbour, "SWL-2611-SARI01")
    return {
        "topic": topic,
        "post": post,
        "other_topic": other_topic,
        "other_post": other_post,
        "comment": comment,
        "submission": submission,
    }


def signup(client, prefix="", **fields):
    data = {"email": "baru@example.com", "password1": PASSWORD, "password2": PASSWORD} | fields
    return client.post(f"{prefix}/akun/signup/", data, follow=True)


# Sign-up with a display name.


def test_signup_with_a_display_name_creates_the_profile_and_sends_the_verification_email(
    client, site_tree, talawi
):
    response = signup(client, display_name="  Budi   Santoso ", kecamatan=talawi.pk)

    assert response.redirect_chain[-1][0] == "/akun/confirm-email/"
    profile = Profile.objects.get(user__email="baru@example.com")
    assert (profile.display_name, profile.kecamatan) == ("Budi Santoso", talawi)
    assert [message.to for message in mail.outbox] == [["baru@example.com"]]
    assert not response.wsgi_request.user.is_authenticated  # not before the address is confirmed

    client.post(link_in_last_email(), follow=True)  # the flash message naming the address is for them
    for path in ["/", "/en/", "/tentang/", "/akun/pengajuan/"]:
        html = client.get(path, follow=True).content.decode()
        assert "baru@example.com" not in html, path
    assert "baru@example.com" not in client.get("/akun/profil/").content.decode()


def test_signup_without_a_display_name_leaves_it_for_later(client, site_tree):
    signup(client)

    user = User.objects.get(email="baru@example.com")
    assert not Profile.objects.filter(user=user).exists()
    assert len(mail.outbox) == 1


def test_a_district_needs_a_display_name_to_be_kept(client, site_tree, talawi):
    html = assert_site_page(signup(client, "/en", kecamatan=talawi.pk), "en")

    assert "Choose a display name to save your district with it." in html
    assert not User.objects.filter(email="baru@example.com").exists()


@pytest.mark.parametrize(
    ("display_name", "message"),
    [
        pytest.param("sari LUBIS", "Someone already uses this display name.", id="taken-other-case"),
        pytest.param("sari@example.com", "do not use an email address", id="email"),
        pytest.param("sari.lubis.gmail.com", "do not use an email address", id="email-like"),
        pytest.param("<script>alert(1)</script>", "Use only letters, digits", id="script-tag"),
        pytest.param("Аdmin", "Use only letters, digits", id="cyrillic-lookalike"),
        pytest.param("Bu", "Use 3 to 40 characters (you used 2).", id="too-short"),
        pytest.param("B" * 41, "Use 3 to 40 characters (you used 41).", id="too-long"),
        pytest.param("...", "Use at least one letter.", id="no-letter"),
        pytest.param("Admin", "This name is reserved.", id="admin"),
        pytest.param("moderator_2", "This name is reserved.", id="moderator"),
        pytest.param("Pengguna Terhapus", "This name is reserved.", id="deleted-user"),
        pytest.param("Pemerintah Kota Sawahlunto", "This name is reserved.", id="city-government"),
        pytest.param("Ádmin99", "This name is reserved.", id="accented-admin"),
    ],
)
def test_signup_refuses_a_bad_display_name_next_to_the_field(
    client, site_tree, neighbour, display_name, message
):
    response = signup(client, "/en", display_name=display_name)

    html = assert_site_page(response, "en", ["id_display_name"])
    assert 'class="error-summary"' in html
    assert '<a href="#id_display_name">' in html
    field = re.search(r'<input type="text" name="display_name"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in field
    assert 'id="id_display_name-error"' in html
    assert message in html
    assert not User.objects.filter(email="baru@example.com").exists()
    assert mail.outbox == []


def test_display_name_errors_are_in_indonesian_on_the_indonesian_page(client, site_tree, neighbour):
    html = assert_site_page(signup(client, display_name="Sari Lubis"), "id", ["id_display_name"])
    assert 'lang="id"' in html
    assert '<a href="#id_display_name">' in html


# The profile page.


@pytest.mark.parametrize(("prefix", "language"), LANGUAGES)
@pytest.mark.parametrize(
    ("path", "field_ids"),
    [("/akun/profil/", ["id_display_name"]), ("/akun/ekspor/", []), ("/akun/hapus/", ["id_password"])],
)
def test_own_account_pages_are_site_pages_in_both_languages(
    client, site_tree, resident, prefix, language, path, field_ids
):
    client.force_login(resident)
    html = assert_site_page(client.get(prefix + path), language, field_ids)
    assert f'<a href="{prefix}{path}" aria-current="page">' in html
    assert resident.email not in html


@pytest.mark.parametrize("path", ["/akun/profil/", "/akun/ekspor/", "/akun/hapus/"])
def test_own_account_pages_need_a_signed_in_resident(client, site_tree, path):
    for response in [client.get(path), client.post(path)]:
        assert response.status_code == 302
        assert response["Location"] == f"/akun/login/?next={path}"


def test_resident_without_a_profile_is_asked_to_choose_a_display_name(client, site_tree, resident, talawi):
    client.force_login(resident)
    html = client.get("/en/akun/profil/?next=/forum/").content.decode()
    assert "Choose a display name before you post in the forum" in html
    assert '<input type="hidden" name="next" value="/forum/">' in html

    response = client.post(
        "/en/akun/profil/", {"display_name": "Budi Warga", "kecamatan": talawi.pk, "next": "/forum/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/forum/"
    profile = resident.forum_profile
    assert (profile.display_name, profile.kecamatan) == ("Budi Warga", talawi)


def test_profile_edit_keeps_its_own_name_in_another_case_and_refuses_a_taken_one(
    client, site_tree, resident, neighbour
):
    Profile.objects.create(user=resident, display_name="Budi Warga")
    client.force_login(resident)

    response = client.post("/en/akun/profil/", {"display_name": "budi warga", "kecamatan": ""}, follow=True)
    assert response.redirect_chain[-1][0] == "/en/akun/profil/"
    assert "Your profile was saved." in response.content.decode()
    assert Profile.objects.get(user=resident).display_name == "budi warga"

    html = assert_site_page(client.post("/en/akun/profil/", {"display_name": "SARI LUBIS"}), "en")
    assert "Someone already uses this display name." in html
    assert Profile.objects.get(user=resident).display_name == "budi warga"


def test_profile_ignores_a_next_address_on_another_site(client, site_tree, resident):
    client.force_login(resident)
    response = client.post("/akun/profil/", {"display_name": "Budi Warga", "next": "https://example.net/"})
    assert response["Location"] == "/akun/profil/"


def test_staff_without_a_profile_can_choose_one(client, site_tree):
    officer = make_user("petugas@example.org", is_staff=True)
    client.force_login(officer)
    client.post("/akun/profil/", {"display_name": "Dinas Kominfo"})
    assert officer.forum_profile.display_name == "Dinas Kominfo"


# Export.


def test_export_downloads_the_residents_own_data_as_json(client, forum, resident, talawi):
    Profile.objects.filter(user=resident).update(kecamatan=talawi)
    client.force_login(resident)

    response = client.post("/akun/ekspor/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert re.fullmatch(
        r'attachment; filename="data-akun-\d{4}-\d{2}-\d{2}\.json"', response["Content-Disposition"]
    )
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email_addresses"] == [
        {"email": "warga@example.com", "verified": True, "primary": True}
    ]
    assert data["profile"]["display_name"] == "Budi Warga"
    assert data["profile"]["kecamatan"] == "Talawi"
    assert [topic["title"] for topic in data["topics"]] == ["Lampu jalan di Talawi"]
    assert [(post["text"], post["topic"]["title"]) for post in data["posts"]] == [
        ("Lampu di depan pasar mati.", "Lampu jalan di Talawi")
    ]
    assert data["posts"][0]["created_at"]
    assert data["posts"][0]["earlier_texts"][0]["text"] == "Lampu mati."
    assert [comment["text"] for comment in data["consultation_comments"]] == ["Setuju, asal teduh."]
    assert data["consultation_comments"][0]["consultation"] == "Rancangan Perda Pasar"
    assert [vote["topic"]["title"] for vote in data["support_votes"]] == ["Jadwal posyandu"]
    assert [sub["topic"]["title"] for sub in data["subscriptions"]] == ["Jadwal posyandu"]
    assert [flag["note"] for flag in data["flags"]] == ["Bukan topiknya"]
    assert data["submissions"] == [
        {
            "tracking_code": "SWL-2611-BUDI01",
            "kind": "pengaduan",
            "status": "diterima",
            "created_at": data["submissions"][0]["created_at"],
            "updated_at": data["submissions"][0]["updated_at"],
            "closed_at": None,
        }
    ]

    text = response.content.decode()
    for not_theirs_or_secret in [
        "Sari Lubis",
        "sari@example.com",
        "Kapan jadwalnya?",
        "Parkirnya di mana?",
        "SWL-2611-SARI01",
        resident.password,
        "rahasia-hash",
        "1373011234560001",
    ]:
        assert not_theirs_or_secret not in text


def test_export_of_a_resident_with_nothing_yet(client, site_tree, resident):
    client.force_login(resident)
    data = json.loads(client.post("/en/akun/ekspor/").content)
    assert data["profile"] is None
    assert data["posts"] == data["topics"] == data["submissions"] == []


# Deleting the account.


def test_deletion_refuses_a_wrong_password(client, forum, resident):
    client.force_login(resident)

    html = assert_site_page(
        client.post("/en/akun/hapus/", {"password": "salah-sandi"}), "en", ["id_password"]
    )

    assert 'class="error-summary"' in html
    assert '<a href="#id_password">' in html
    assert User.objects.filter(pk=resident.pk).exists()
    assert client.get("/akun/profil/").status_code == 200  # still signed in


def test_deletion_with_the_password_deletes_the_account_and_keeps_the_public_record(client, forum, resident):
    client.force_login(resident)

    response = client.post("/akun/hapus/", {"password": PASSWORD}, follow=True)

    assert response.redirect_chain == [("/akun/hapus/selesai/", 302)]
    assert_site_page(response, "id")
    assert not response.wsgi_request.user.is_authenticated
    assert client.get("/akun/profil/")["Location"] == "/akun/login/?next=/akun/profil/"

    assert not User.objects.filter(pk=resident.pk).exists()
    assert not Profile.objects.filter(display_name="Budi Warga").exists()
    assert not EmailAddress.objects.filter(email="warga@example.com").exists()
    topic = Topic.objects.get(pk=forum["topic"].pk)
    post = Post.objects.get(pk=forum["post"].pk)
    comment = ConsultationComment.objects.get(pk=forum["comment"].pk)
    assert (topic.author, post.author, comment.author) == (None, None, None)
    assert post.body == "Lampu di depan pasar mati."
    submission = Submission.objects.get(pk=forum["submission"].pk)
    assert submission.user is None
    assert submission.name == "Budi Santoso"  # the government record keeps its data

    other_topic = Topic.objects.get(pk=forum["other_topic"].pk)
    assert list(other_topic.votes.values_list("user__email", flat=True)) == ["sari@example.com"]
    assert other_topic.support_count == 1
    assert list(other_topic.subscriptions.values_list("user__email", flat=True)) == ["sari@example.com"]
    assert not Flag.objects.exists()
    assert Post.objects.get(pk=forum["other_post"].pk).flag_count == 0
    assert Submission.objects.get(tracking_code="SWL-2611-SARI01").user.email == "sari@example.com"


def test_deleted_page_in_english(client, site_tree, resident):
    client.force_login(resident)
    response = client.post("/en/akun/hapus/", {"password": PASSWORD}, follow=True)
    assert response.redirect_chain == [("/en/akun/hapus/selesai/", 302)]
    html = assert_site_page(response, "en")
    assert "Your account has been deleted" in html


def test_staff_accounts_are_not_deleted_from_the_resident_page(client, site_tree):
    officer = make_user("petugas@example.org", is_staff=True)
    client.force_login(officer)

    html = assert_site_page(client.get("/en/akun/hapus/"), "en")
    assert "Staff accounts are removed by an administrator." in html
    client.post("/en/akun/hapus/", {"password": PASSWORD})

    assert User.objects.filter(pk=officer.pk).exists()


# Lockout and email change.

LOCKED_OUT = "Too many failed attempts to sign in."


def test_sign_in_is_locked_after_five_failures(client, site_tree, resident):
    for _attempt in range(5):
        response = client.post("/en/akun/login/", {"login": resident.email, "password": "salah-sandi"})
        assert LOCKED_OUT not in response.content.decode()

    response = client.post("/en/akun/login/", {"login": resident.email, "password": PASSWORD})

    html = assert_site_page(response, "en", ["id_login", "id_password"])
    assert 'class="error-summary"' in html
    assert LOCKED_OUT in html
    assert "reset your password" in html
    assert not response.wsgi_request.user.is_authenticated


def test_wrong_passwords_on_the_deletion_page_count_towards_the_lockout(client, site_tree, resident):
    client.force_login(resident)
    for _attempt in range(5):
        client.post("/en/akun/hapus/", {"password": "salah-sandi"})

    html = client.post("/en/akun/hapus/", {"password": PASSWORD}).content.decode()

    assert LOCKED_OUT in html
    assert User.objects.filter(pk=resident.pk).exists()


@pytest.mark.parametrize(("prefix", "language"), LANGUAGES)
def test_email_change_page_adds_an_address_and_sends_its_verification(
    client, site_tree, resident, prefix, language
):
    client.force_login(resident)
    assert_site_page(client.get(f"{prefix}/akun/email/"), language, ["id_email"])

    response = client.post(
        f"{prefix}/akun/email/", {"action_add": "", "email": "baru@example.com"}, follow=True
    )

    html = assert_site_page(response, language)
    assert "baru@example.com" in html
    assert not EmailAddress.objects.get(email="baru@example.com").verified
    assert [message.to for message in mail.outbox] == [["baru@example.com"]]
    assert link_in_last_email().startswith(f"{prefix}/akun/confirm-email/")
