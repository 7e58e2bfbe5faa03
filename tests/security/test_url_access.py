"""Every URL pattern of the site, and who may open it: anyone, a signed-in resident, or staff whose
session passed the second factor (security.mfa).

The table below classifies each pattern outside /admin/ by hand; everything under /admin/ is staff-only
(StaffMFAMiddleware) except signing in and out. A new pattern fails `test_every_url_pattern_is_classified`
until someone decides who may open it. Staff-only URLs are then asked for by each kind of visitor.
"""

import re
from urllib.parse import quote, urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import translation

import pytest
from allauth.account.models import EmailAddress

from feedback.demo import ensure_role_groups
from feedback.models import AgencyMembership, Attachment, Submission
from forums.models import Post, State, Topic
from forums.moderation import MODERATOR_GROUP, ensure_moderator_group
from privacy.demo import DATA_PROTECTION_GROUP, ensure_data_protection_group
from privacy.models import DataRequest
from privacy.processing import open_request
from tests.conftest import enrol_totp, pass_second_factor, totp_code
from tests.feedback.conftest import build_online_catalogue, make_submission
from tests.forums.conftest import build_forum, make_topic, make_user

PUBLIC = "anyone"
SIGN_IN = "anyone: the steps of signing in and out"
RESIDENT = "signed in"
STAFF = "staff who passed the second factor"

URLS = {
    # Language-neutral.
    "documents/^(\\d+)/(.*)$": PUBLIC,  # Wagtail documents: forms to download, service brochures
    "documents/authenticate_with_password/<int:restriction_id>/": PUBLIC,
    "healthz": PUBLIC,
    "robots.txt": PUBLIC,
    "favicon.ico": PUBLIC,
    ".well-known/security.txt": PUBLIC,
    "sitemap.xml": PUBLIC,
    # The open-data API: published pages and snippets only.
    **{
        f"api/v2/^{endpoint}/{tail}": PUBLIC
        for endpoint in (
            "services",
            "announcements",
            "pages",
            "agencies",
            "service-categories",
            "announcement-categories",
        )
        for tail in ("", "<int:pk>/", "find/")
    },
    # Indonesian at /, English under /en/ (the same patterns).
    "cari/": PUBLIC,
    "cari/saran/": PUBLIC,
    "akun/profil/": RESIDENT,
    "akun/ekspor/": RESIDENT,
    "akun/hapus/": RESIDENT,
    "akun/hapus/selesai/": PUBLIC,  # "your account is gone": shown once signed out
    "akun/buka-kunci/<str:uidb36>/<str:token>/": SIGN_IN,  # a paused account's email link (its token)
    "akun/login/": SIGN_IN,
    "akun/logout/": SIGN_IN,
    "akun/inactive/": SIGN_IN,
    "akun/signup/": SIGN_IN,
    "akun/reauthenticate/": RESIDENT,
    "akun/reauthenticate/code/": RESIDENT,
    "akun/reauthenticate/code/confirm/": RESIDENT,
    "akun/email/": RESIDENT,
    "akun/confirm-email/": SIGN_IN,
    "akun/password/change/": RESIDENT,
    "akun/password/set/": RESIDENT,
    "akun/password/reset/": SIGN_IN,
    "akun/login/code/confirm/": SIGN_IN,
    "akun/^confirm-email/(?P<key>[-:\\w]+)/$": SIGN_IN,
    "akun/password/reset/key/done/": SIGN_IN,
    "akun/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": SIGN_IN,
    "akun/password/reset/done/": SIGN_IN,
    "akun/2fa/": RESIDENT,
    "akun/2fa/authenticate/": SIGN_IN,
    "akun/2fa/reauthenticate/": RESIDENT,
    "akun/2fa/totp/activate/": RESIDENT,
    "akun/2fa/totp/deactivate/": RESIDENT,
    "akun/2fa/recovery-codes/": RESIDENT,
    "akun/2fa/recovery-codes/generate/": RESIDENT,
    "akun/2fa/recovery-codes/download/": RESIDENT,
    "forum/berhenti-langganan/<str:token>/": PUBLIC,  # the signed token is the permission
    "forum/": PUBLIC,
    "forum/topik/<int:pk>-<slug:slug>/": PUBLIC,
    "forum/topik/<int:pk>/": PUBLIC,
    "forum/topik/<int:pk>/balas/": RESIDENT,
    "forum/topik/<int:pk>/dukung/": RESIDENT,
    "forum/topik/<int:pk>/langganan/": RESIDENT,
    "forum/pos/<int:pk>/": PUBLIC,
    "forum/pos/<int:pk>/ubah/": RESIDENT,
    "forum/pos/<int:pk>/laporkan/": RESIDENT,
    "forum/pos/<int:pk>/jawaban-resmi/": STAFF,  # an agency's staff choose the official answer
    "forum/<slug:slug>/": PUBLIC,
    "forum/<slug:slug>/baru/": RESIDENT,
    "data-terbuka/": PUBLIC,
    "data-terbuka/openapi.json": PUBLIC,
    "data-terbuka/<slug:slug>.json": PUBLIC,
    "data-terbuka/<slug:slug>.csv": PUBLIC,
    "layanan/membantu/<int:page_id>/": PUBLIC,
    "lacak/<str:code>/<str:secret>/data-pribadi/": PUBLIC,  # the secret link is the permission
    "lacak/<str:code>/<str:secret>/data-pribadi/salinan/": PUBLIC,
    "akun/pengajuan/data-pribadi/": RESIDENT,
    "akun/pengajuan/data-pribadi/salinan/": RESIDENT,
    "ajukan/<slug:service_slug>/": PUBLIC,
    "ajukan/<slug:service_slug>/<slug:step>/": PUBLIC,
    "aspirasi/": PUBLIC,
    "aspirasi/<slug:step>/": PUBLIC,
    "survei/": PUBLIC,
    "survei/<slug:step>/": PUBLIC,
    "terkirim/": PUBLIC,
    "lacak/": PUBLIC,
    "lacak/<str:code>/<str:secret>/": PUBLIC,
    "akun/pengajuan/": RESIDENT,
    "berkas/<int:pk>/": STAFF,  # residents' identity documents and photos
    "ikm/": PUBLIC,
    "kinerja/": PUBLIC,
    "kami-menjawab/": PUBLIC,
    "kami-menjawab/feed/": PUBLIC,
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": PUBLIC,
    "_util/login/": SIGN_IN,  # Wagtail's sign-in for private pages: a password only, so no staff page
    "^((?:[\\w\\-]+/)*)$": PUBLIC,  # Wagtail's pages
}
ADMIN_PREFIX = "admin/"
# Under /admin/, what a visitor needs before signing in; everything else there is STAFF.
ADMIN_SIGN_IN = {
    "admin/login/",
    "admin/logout/",
    "admin/password_reset/",
    "admin/password_reset/done/",
    "admin/password_reset/confirm/<uidb64>/<token>/",
    "admin/password_reset/complete/",
}
# Patterns written as regular expressions, and what to ask for.
REGEX_SAMPLES = {
    "documents/^(\\d+)/(.*)$": "/documents/999/formulir.pdf",
    "akun/^confirm-email/(?P<key>[-:\\w]+)/$": "/akun/confirm-email/salah/",
    "akun/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": "/akun/password/reset/key/1-salah/",
    "^((?:[\\w\\-]+/)*)$": "/tentang/",
}
ENROL = "/akun/2fa/totp/activate/"
PASSWORD = "Rendang-Talua-Sawahlunto-31"  # noqa: S105  (a test account's password)


def url_patterns(language="id") -> list[str]:
    """Every pattern of the project as Django joins them, walked from the root: the admin, the API,
    allauth, and i18n_patterns (no prefix in the default language, "en/" in English)."""

    def walk(entries, prefix):
        for entry in entries:
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + str(entry.pattern))
            else:
                yield prefix + str(entry.pattern)

    with translation.override(language):
        return sorted(set(walk(get_resolver().url_patterns, "")))


def classify(pattern: str) -> str | None:
    if pattern.startswith(ADMIN_PREFIX):
        return SIGN_IN if pattern in ADMIN_SIGN_IN else STAFF
    return URLS.get(pattern)


def sample(pattern: str) -> str:
    """A path that the pattern matches: each converter gets "1" (an id, slug or string alike)."""
    if pattern in REGEX_SAMPLES:
        return REGEX_SAMPLES[pattern]
    return "/" + re.sub(r"<[^>]+>", "1", pattern).replace("^", "")


def is_sign_in_redirect(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith("/akun/login/")


def test_every_url_pattern_is_classified():
    patterns = url_patterns()
    assert len(patterns) > 300  # the admin's included
    unclassified = [pattern for pattern in patterns if classify(pattern) is None]
    assert unclassified == [], "Add these patterns to URLS in tests/security/test_url_access.py"
    gone = sorted(set(URLS) - set(patterns))
    assert gone == [], "These patterns no longer exist: remove them from URLS"


def test_the_english_site_has_the_same_patterns():
    english = url_patterns("en")
    assert "en/akun/login/" in english
    assert {pattern.removeprefix("en/") for pattern in english} == set(url_patterns())


def test_pages_for_residents_send_visitors_to_sign_in_and_public_ones_do_not(client, site_tree):
    for pattern, kind in URLS.items():
        if kind not in (PUBLIC, RESIDENT):
            continue
        response = client.get(sample(pattern))
        assert response.status_code != 403, pattern
        assert is_sign_in_redirect(response) == (kind == RESIDENT), pattern


# Staff-only URLs, asked for by each kind of visitor.


@pytest.fixture
def city(site_tree):
    """A submission with a KTP scan, a data request, a forum topic with a post waiting for moderation,
    and the groups `setup` makes."""
    ensure_role_groups()
    ensure_data_protection_group()
    ensure_moderator_group()
    catalogue = build_online_catalogue(site_tree)
    report = make_submission(
        catalogue.disdukcapil,
        status=Submission.Status.FORWARDED,
        name="Siti Rahmawati",
        email="siti@example.org",
        subject="Antrean KTP-el terlalu lama",
    )
    attachment = Attachment(submission=report, label="KTP-el", content_type="image/jpeg", size=8)
    attachment.file.save("ktp.jpg", ContentFile(b"KTP-SCAN"))
    data_request = open_request(DataRequest.Kind.COPY, submission=report, email=report.email)[0]
    forum = build_forum(site_tree)
    rina = make_user("Rina")
    topic = make_topic(forum.general, rina, replies=[(rina, "Nomor antrean saya 112.")])
    pending = make_topic(forum.general, rina, "Iklan", state=State.PENDING).posts.get()
    return {
        "catalogue": catalogue,
        "report": report,
        "attachment": attachment,
        "data_request": data_request,
        "topic": topic,
        "pending": pending,
    }


def staff_urls(city) -> dict[str, str]:
    """Every staff-only URL outside /admin/, and a sample of the admin's: the back office, its exports,
    data requests and forum moderation."""
    report = city["report"]
    return {
        "berkas/<int:pk>/": f"/berkas/{city['attachment'].pk}/",
        "admin/": "/admin/",
        "admin/submissions/": "/admin/submissions/",
        "admin/submissions/?export=csv": "/admin/submissions/?export=csv",
        "admin/submissions/?export=xlsx": "/admin/submissions/?export=xlsx",
        "admin/submissions/lapor.csv": "/admin/submissions/lapor.csv",
        "admin/submissions/inspect/<int:pk>/": f"/admin/submissions/inspect/{report.pk}/",
        "admin/reports/ikm/?export=xlsx": "/admin/reports/ikm/?export=xlsx",
        "admin/data_requests/": "/admin/data_requests/",
        "admin/data_requests/inspect/<int:pk>/": f"/admin/data_requests/inspect/{city['data_request'].pk}/",
        "admin/forum-moderation/posts/": "/admin/forum-moderation/posts/",
        "admin/forum-moderation/posts/inspect/<int:pk>/": (
            f"/admin/forum-moderation/posts/inspect/{city['pending'].pk}/"
        ),
        "admin/account/": "/admin/account/",
        "admin/outgoing_emails/": "/admin/outgoing_emails/",
    }


def test_every_staff_url_outside_the_admin_is_asked_for(city):
    outside = {pattern for pattern in url_patterns() if classify(pattern) == STAFF}
    outside = {pattern for pattern in outside if not pattern.startswith(ADMIN_PREFIX)}
    # The official answer is a form post, asked for in its own test below.
    assert outside - set(staff_urls(city)) == {"forum/pos/<int:pk>/jawaban-resmi/"}


def add_user_as_the_city_admin_would(admin_client, username, groups) -> object:
    """Settings → Users → Add a user, with the groups ticked in its Roles section (not `is_staff`)."""
    response = admin_client.post(
        "/admin/users/new/",
        {
            "username": username,
            "email": f"{username}@sawahluntokota.go.id",
            "first_name": "Yusuf",
            "last_name": "Petugas",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "groups": [Group.objects.get(name=name).pk for name in groups],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user = get_user_model().objects.get(username=username)
    assert not user.is_staff and set(user.groups.values_list("name", flat=True)) == set(groups)
    return user


def staff_sign_in(client, username, secret=None, step=0):
    """The staff sign-in as a browser does it: /admin/login/, the password, the code if they have an app."""
    start = client.get("/admin/login/")
    password_step = client.post(start["Location"], {"login": username, "password": PASSWORD})
    assert password_step.status_code == 302
    if secret:
        assert password_step["Location"] == "/akun/2fa/authenticate/"
        code_step = client.post("/akun/2fa/authenticate/", {"code": totp_code(secret, step)})
        assert code_step.status_code == 302 and code_step["Location"] == "/admin/"


@pytest.mark.without_mfa
def test_staff_urls_need_a_session_that_passed_the_second_factor(client, city):
    admin = get_user_model().objects.create_superuser("admin", "admin@sawahluntokota.go.id", PASSWORD)
    enrol_totp(admin)
    admin_client = Client()
    admin_client.force_login(admin)
    pass_second_factor(admin_client, admin)
    officer = add_user_as_the_city_admin_would(
        admin_client, "yusuf", ["Koordinator Pengaduan", DATA_PROTECTION_GROUP, MODERATOR_GROUP]
    )
    nobody = add_user_as_the_city_admin_would(admin_client, "tamu", [])  # an account without any group
    resident = get_user_model().objects.create_user("warga", "warga@example.com", PASSWORD)
    EmailAddress.objects.create(user=resident, email=resident.email, verified=True, primary=True)
    urls = staff_urls(city)

    # (a) A visitor is sent to sign in.
    for name, url in urls.items():
        assert is_sign_in_redirect(client.get(url)), name

    # (b) A signed-in resident, and an account the admin made without a group, get a plain 403: no
    # redirect to the sign-in page, which would send them straight back (a loop).
    for person in (resident, nobody):
        client.force_login(person)
        for name, url in urls.items():
            assert client.get(url).status_code == 403, (person, name)
    client.logout()

    # (c) A new officer, with a password but no authenticator app yet, signs in: every staff URL,
    # and every other page too, sends them to set one up. Never the file or the list.
    staff_sign_in(client, "yusuf")
    for name, url in [*urls.items(), ("home", "/"), ("forum", "/forum/"), ("tracking", "/lacak/")]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == ENROL, name
        assert b"KTP-SCAN" not in response.content and b"Siti" not in response.content
    client.logout()

    # (c') With an app, but signed in by a password alone (Wagtail's sign-in for private pages takes
    # one): the code step first, then back to the page asked for.
    secret = enrol_totp(officer)
    password_only = client.post("/_util/login/", {"username": "yusuf", "password": PASSWORD})
    assert password_only.status_code == 302
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 302, name
        assert response["Location"] == f"/akun/2fa/reauthenticate/?{urlencode({'next': url})}", name
    code_step = client.get(f"/en/akun/2fa/reauthenticate/?next={quote(urls['berkas/<int:pk>/'])}")
    assert 'for="id_code"' in code_step.content.decode()
    assert (
        client.post(
            "/akun/2fa/reauthenticate/", {"code": "000000", "next": urls["berkas/<int:pk>/"]}
        ).status_code
        == 200
    )  # a wrong code opens nothing
    right = client.post(
        "/akun/2fa/reauthenticate/", {"code": totp_code(secret), "next": urls["berkas/<int:pk>/"]}
    )
    assert right["Location"] == urls["berkas/<int:pk>/"]
    assert b"".join(client.get(urls["berkas/<int:pk>/"]).streaming_content) == b"KTP-SCAN"
    client.logout()

    # (d) Signed in with password and code: everything opens.
    staff_sign_in(client, "yusuf", secret, step=1)
    for name, url in urls.items():
        assert client.get(url).status_code == 200, name
    download = client.get(urls["berkas/<int:pk>/"])
    assert b"".join(download.streaming_content) == b"KTP-SCAN"


@pytest.mark.without_mfa
def test_the_official_answer_needs_the_second_factor(client, city):
    """The forum's one staff action outside the admin, by staff of the agency the topic concerns."""
    answer = city["topic"].posts.order_by("created_at").last()
    url = f"/forum/pos/{answer.pk}/jawaban-resmi/"

    def marked():
        return Topic.objects.get(pk=city["topic"].pk).official_answer_id == answer.pk

    assert is_sign_in_redirect(client.post(url, {"resmi": "1"}))
    client.force_login(make_user("Budi"))
    assert client.post(url, {"resmi": "1"}).status_code == 403
    officer = make_user("Petugas Dukcapil", is_staff=True)
    AgencyMembership.objects.create(user=officer, agency=city["catalogue"].disdukcapil)
    Topic.objects.filter(pk=city["topic"].pk).update(agency=city["catalogue"].disdukcapil)
    client.force_login(officer)
    assert client.post(url, {"resmi": "1"})["Location"] == ENROL
    # Staff see posts waiting for moderation: only after the second factor too.
    pending_topic = f"/forum/topik/{city['pending'].topic_id}/"
    assert client.get(pending_topic)["Location"] == ENROL
    assert not marked()

    enrol_totp(officer)
    pass_second_factor(client, officer)
    assert client.post(url, {"resmi": "1"})["Location"] == f"/forum/pos/{answer.pk}/"
    assert marked()
    assert client.get(pending_topic).status_code in (200, 301)
    assert Post.objects.filter(state=State.PENDING).exists()
