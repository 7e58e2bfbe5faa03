"""Public consultations: the index, the page in each status, commenting, the staff export, the home page."""

import csv
import io
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.template import Context, Template
from django.template.defaultfilters import filesizeformat
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from wagtail.models import Site

import pytest
import wagtail_factories
from openpyxl import load_workbook

from forums.consultations import questions_of
from forums.models import (
    ConsultationComment,
    ConsultationDocument,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationQuestion,
    Profile,
    State,
)
from forums.posting import MAX_LENGTH
from services_catalog.factories import AgencyFactory
from tests.forums.conftest import make_user, t

pytestmark = pytest.mark.django_db
User = get_user_model()
EXPORT_URL = "/admin/consultation_comments/"


def days_left(days):
    with translation.override("id"):
        return ngettext("%(days)d day left", "%(days)d days left", days) % {"days": days}


def make_consultation(index, slug, *, opens, closes, questions=(), **fields):
    """A published consultation opening and closing `opens`/`closes` from now (negative: in the past)."""
    now = timezone.now()
    page = ConsultationPage(
        title=fields.pop("title", f"Rancangan {slug}"),
        slug=slug,
        summary=fields.pop("summary", "Pemerintah kota meminta masukan warga."),
        opens_at=now + opens,
        closes_at=now + closes,
        questions=[ConsultationQuestion(text=text) for text in questions],
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@dataclass
class Consultations:
    index: ConsultationIndexPage
    open: ConsultationPage
    upcoming: ConsultationPage
    closed: ConsultationPage


def build_consultations(home) -> Consultations:
    """Under `home`: /konsultasi/ with one open (two questions, a document), one upcoming, one closed."""
    index = ConsultationIndexPage(title="Konsultasi Publik", slug="konsultasi")
    home.add_child(instance=index)
    index.save_revision().publish()
    agency = AgencyFactory(name="Dinas Lingkungan Hidup", short_name="DLH", locale=home.locale)
    document = wagtail_factories.DocumentFactory(
        title="Naskah rancangan", file__filename="rancangan-perda.pdf", file__data=b"%PDF-1.4 " + b"x" * 2000
    )
    document.file_size = document.file.size
    document.save()
    open_ = make_consultation(
        index,
        "sampah",
        title="Rancangan Perda Pengelolaan Sampah",
        opens=-timedelta(days=2),
        closes=timedelta(days=5, hours=3),
        questions=["Setujukah Anda dengan bank sampah?", "Berapa iuran yang wajar?"],
        agency=agency,
        documents=[ConsultationDocument(document=document, title="")],
    )
    upcoming = make_consultation(
        index, "taman", title="Rencana Taman Kota", opens=timedelta(days=3), closes=timedelta(days=20)
    )
    closed = make_consultation(
        index,
        "parkir",
        title="Tarif Parkir Pasar",
        opens=-timedelta(days=40),
        closes=-timedelta(days=10),
        outcome_heard="<p>Warga meminta tarif harian.</p>",
        outcome_decided="<p>Tarif harian diberlakukan mulai Januari.</p>",
    )
    return Consultations(index, open_, upcoming, closed)


@pytest.fixture
def consultations(site_tree):
    return build_consultations(site_tree.home)


def comment(page, author, body, *, question=None, state=State.PUBLISHED, minutes_ago=60):
    return ConsultationComment.objects.create(
        page=page,
        author=author,
        body=body,
        question=question,
        state=state,
        created_at=timezone.now() - timedelta(minutes=minutes_ago),
    )


def post(client, page, body, question="umum", **extra):
    return client.post(page.url + "komentar/", {"question": question, "body": body, **extra})


@pytest.fixture
def resident(consultations):
    """An established resident: an old account with published comments, so not pre-moderated."""
    user = make_user("Rina")
    comment(consultations.closed, user, "Setuju dengan tarif harian.", minutes_ago=60 * 24 * 20)
    comment(consultations.closed, user, "Mohon ada karcis resmi.", minutes_ago=60 * 24 * 19)
    return user


# The index.


def test_index_lists_open_then_upcoming_then_closed_with_status_in_words(client, consultations):
    response = client.get("/konsultasi/")
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(title) for title in ("Pengelolaan Sampah", "Taman Kota", "Tarif Parkir")]
    assert positions == sorted(positions)
    for label in ("Open for comments", "Not open yet", "Closed"):
        assert f">{t(label)}</span>" in html
    assert days_left(5) in html
    assert "DLH" in html


def test_index_query_budget_does_not_grow(client, consultations, django_assert_max_num_queries):
    for number in range(25):
        make_consultation(
            consultations.index, f"lama-{number}", opens=-timedelta(days=90), closes=-timedelta(days=60)
        )
    client.get("/konsultasi/")
    with django_assert_max_num_queries(12):
        assert client.get("/konsultasi/", {"page": "2"}).status_code == 200


# The consultation page in each status.


def test_open_page_shows_status_documents_questions_and_sign_in_link(client, consultations):
    html = client.get("/konsultasi/sampah/").content.decode()
    assert t("Open for comments") in html
    assert days_left(5) in html
    assert "Dinas Lingkungan Hidup" in html
    document = consultations.open.documents.get().document
    with translation.override("id"):
        size = filesizeformat(document.file_size)
    assert f'{document.url}">Naskah rancangan</a> <span class="muted">(PDF, {size})</span>' in html
    assert "Setujukah Anda dengan bank sampah?" in html and "Berapa iuran yang wajar?" in html
    assert 'href="/akun/login/?next=%2Fkonsultasi%2Fsampah%2F%23tulis-komentar"' in html
    assert 'name="body"' not in html
    assert t("What we heard") not in html


def test_signed_in_resident_sees_the_form_with_general_comment_and_the_stated_limit(
    client, consultations, resident
):
    client.force_login(resident)
    html = client.get("/konsultasi/sampah/").content.decode()
    assert 'action="/konsultasi/sampah/komentar/#tulis-komentar"' in html
    assert f'<option value="umum" selected>{t("General comment")}</option>' in html
    assert "Berapa iuran yang wajar?</option>" in html
    assert f'maxlength="{MAX_LENGTH}"' in html
    assert "10.000" in html or "10,000" in html  # the limit, stated in words
    assert 'class="honeypot"' in html


@pytest.mark.parametrize("which", ["upcoming", "closed"])
def test_no_form_and_crafted_post_is_refused_unless_open(client, consultations, resident, which):
    page = getattr(consultations, which)
    client.force_login(resident)
    html = client.get(page.url).content.decode()
    assert 'name="body"' not in html
    before = ConsultationComment.objects.count()
    response = post(client, page, "Saya tetap ingin berkomentar.")
    assert response.status_code == 403
    assert ConsultationComment.objects.count() == before
    refused = {
        "upcoming": "This consultation is not open yet: comments are accepted from %(date)s.",
        "closed": "This consultation closed on %(date)s: comments are no longer accepted.",
    }[which]
    assert t(refused).split("%(date)s")[0] in response.content.decode()


def test_anonymous_post_to_a_closed_consultation_is_refused_too(client, consultations):
    response = client.post(consultations.closed.url + "komentar/", {"question": "umum", "body": "Halo"})
    assert response.status_code == 403
    assert not ConsultationComment.objects.filter(body="Halo").exists()


def test_closed_page_shows_the_outcome(client, consultations):
    html = client.get("/konsultasi/parkir/").content.decode()
    assert t("Closed") in html
    assert t("What we heard") in html and "Warga meminta tarif harian." in html
    assert t("What we decided") in html and "Tarif harian diberlakukan mulai Januari." in html


def test_upcoming_page_does_not_show_an_outcome(client, consultations):
    consultations.upcoming.outcome_decided = "<p>Rahasia</p>"
    consultations.upcoming.save_revision().publish()
    html = client.get("/konsultasi/taman/").content.decode()
    assert t("Not open yet") in html and "Rahasia" not in html


# Commenting.


def test_anonymous_post_is_sent_to_sign_in(client, consultations):
    response = post(client, consultations.open, "Tanpa akun")
    assert response.status_code == 302
    assert response["Location"].startswith("/akun/login/?next=/konsultasi/sampah/")
    assert not ConsultationComment.objects.filter(body="Tanpa akun").exists()


def test_established_resident_comment_is_published_under_its_question(client, consultations, resident):
    client.force_login(resident)
    first, _second = questions_of(consultations.open)
    response = post(client, consultations.open, "Bank sampah di tiap RW.", question=str(first.pk))
    saved = ConsultationComment.objects.get(body="Bank sampah di tiap RW.")
    assert saved.state == State.PUBLISHED and saved.question == first and saved.author == resident
    assert response.status_code == 302 and response["Location"] == f"/konsultasi/sampah/#komentar-{saved.pk}"
    client.logout()
    html = client.get("/konsultasi/sampah/").content.decode()
    assert html.index(first.text, html.index('id="komentar-judul"')) < html.index("Bank sampah di tiap RW.")
    assert "Rina" in html


def test_new_account_comment_waits_for_a_moderator_and_only_its_author_sees_it(client, consultations):
    newcomer = make_user("Budi", joined_days_ago=0)
    client.force_login(newcomer)
    response = post(client, consultations.open, "Komentar pertama saya.")
    assert response.status_code == 302 and response["Location"].endswith("#komentar-menunggu")
    saved = ConsultationComment.objects.get(body="Komentar pertama saya.")
    assert saved.state == State.PENDING and saved.question is None
    html = client.get("/konsultasi/sampah/").content.decode()
    assert "Komentar pertama saya." in html and t("Waiting for a moderator") in html
    client.force_login(make_user("Sari"))
    assert "Komentar pertama saya." not in client.get("/konsultasi/sampah/").content.decode()
    client.logout()
    assert "Komentar pertama saya." not in client.get("/konsultasi/sampah/").content.decode()


def test_suspended_resident_is_refused(client, consultations):
    suspended = make_user("Joko")
    Profile.objects.filter(user=suspended).update(
        suspended_until=timezone.now() + timedelta(days=3), suspension_reason="Spam"
    )
    client.force_login(suspended)
    html = client.get("/konsultasi/sampah/").content.decode()
    assert 'name="body"' not in html
    assert t("Your account is suspended until %(date)s.").split("%")[0] in html
    response = post(client, consultations.open, "Saya diblokir tapi mencoba.")
    assert response.status_code == 403
    assert not ConsultationComment.objects.filter(author=suspended).exists()


def test_resident_without_a_display_name_is_asked_to_choose_one(client, consultations):
    user = User.objects.create_user(username="tanpa", email="tanpa@example.com", password="Kopi-88-Tubruk")
    client.force_login(user)
    html = client.get("/konsultasi/sampah/").content.decode()
    assert t("Choose a display name in your profile before you write.") in html
    assert post(client, consultations.open, "Halo semua").status_code == 403


def test_comments_are_grouped_per_question_with_general_ones_last(client, consultations, resident):
    first, second = questions_of(consultations.open)
    comment(consultations.open, resident, "Umum: terima kasih.", minutes_ago=90)
    comment(consultations.open, resident, "Iuran 5 ribu.", question=second, minutes_ago=80)
    comment(consultations.open, resident, "Setuju bank sampah.", question=first, minutes_ago=70)
    comment(consultations.open, None, "Komentar dari akun yang dihapus.", question=first, minutes_ago=60)
    html = client.get("/konsultasi/sampah/").content.decode()
    comments = html[html.index('id="komentar-judul"') :]
    order = [
        comments.index(f"<h3>{first.text}"),
        comments.index("Setuju bank sampah."),
        comments.index("Komentar dari akun yang dihapus."),
        comments.index(f"<h3>{second.text}"),
        comments.index("Iuran 5 ribu."),
        comments.index(f"<h3>{t('General comments')}"),
        comments.index("Umum: terima kasih."),
    ]
    assert order == sorted(order)
    assert t("Deleted user") in comments


def test_script_in_a_comment_is_shown_as_text(client, consultations, resident):
    client.force_login(resident)
    post(client, consultations.open, '<script>alert("x")</script> **penting**')
    html = client.get("/konsultasi/sampah/").content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html and "<strong>penting</strong>" in html


def test_the_same_comment_twice_is_refused_and_the_text_kept(client, consultations, resident):
    client.force_login(resident)
    assert post(client, consultations.open, "Tolong perbanyak tempat sampah.").status_code == 302
    response = post(client, consultations.open, "Tolong perbanyak tempat sampah.")
    assert response.status_code == 400
    html = response.content.decode()
    assert t("You sent this same comment a few minutes ago; it is already saved.") in html
    assert 'id="id_body-error"' in html and "Tolong perbanyak tempat sampah.</textarea>" in html
    assert ConsultationComment.objects.filter(body="Tolong perbanyak tempat sampah.").count() == 1


def test_errors_are_shown_next_to_the_fields_and_keep_the_text(client, consultations, resident):
    client.force_login(resident)
    response = post(client, consultations.open, "   ")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html and t("Write your comment.") in html
    assert 'aria-invalid="true"' in html
    long_text = "a" * (MAX_LENGTH + 1)
    response = post(client, consultations.open, long_text, question="999999")
    html = response.content.decode()
    assert response.status_code == 400
    assert long_text in html
    assert 'id="id_question-error"' in html
    assert not ConsultationComment.objects.filter(page=consultations.open).exists()


def test_rate_limit_refuses_with_a_clear_message(client, consultations, resident, settings):
    settings.FORUM_LIMITS = {**settings.FORUM_LIMITS, "comment": (1, 1)}
    client.force_login(resident)
    assert post(client, consultations.open, "Komentar satu.").status_code == 302
    response = post(client, consultations.open, "Komentar dua.")
    assert response.status_code == 429
    html = response.content.decode()
    assert t("You have sent many comments today. Please try again tomorrow; your text is still below.") in (
        html
    )
    assert "Komentar dua.</textarea>" in html
    assert not ConsultationComment.objects.filter(body="Komentar dua.").exists()


def test_honeypot_filled_stores_nothing(client, consultations, resident):
    client.force_login(resident)
    response = post(client, consultations.open, "Beli obat murah di sini", website="http://spam.example")
    assert response.status_code == 302
    assert not ConsultationComment.objects.filter(body__startswith="Beli obat").exists()


def test_get_on_the_comment_route_goes_back_to_the_page(client, consultations):
    response = client.get("/konsultasi/sampah/komentar/")
    assert response.status_code == 302 and response["Location"] == "/konsultasi/sampah/#komentar"


def test_page_query_budget_does_not_grow_with_comments(
    client, consultations, resident, django_assert_max_num_queries
):
    first, second = questions_of(consultations.open)
    authors = [make_user(f"Warga{number}") for number in range(5)]
    for number in range(80):
        comment(
            consultations.open,
            authors[number % 5],
            f"Komentar nomor {number}",
            question=(first, second, None)[number % 3],
        )
    comment(consultations.open, resident, "Menunggu moderator", state=State.PENDING)
    client.force_login(resident)
    client.get("/konsultasi/sampah/")
    with django_assert_max_num_queries(15):
        response = client.get("/konsultasi/sampah/", {"page": "2"})
    assert response.status_code == 200
    assert response.content.decode().count('class="comment"') == 30
    client.logout()
    client.get("/konsultasi/sampah/")
    with django_assert_max_num_queries(15):
        assert client.get("/konsultasi/sampah/").status_code == 200


# The staff export.


def export_rows(response):
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


@pytest.fixture
def comments_to_export(consultations, resident):
    first, _second = questions_of(consultations.open)
    comment(consultations.open, resident, '=HYPERLINK("http://x")', question=first)
    comment(consultations.open, None, "Dari akun terhapus.", state=State.PENDING)
    return consultations


@pytest.fixture
def staff_viewer(client):
    """Staff with only the admin and the "view consultation comments" permissions."""
    user = User.objects.create_user("petugas", "petugas@example.org", "Sandi-Petugas-88", is_staff=True)
    group = Group.objects.create(name="Pembaca komentar")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_consultationcomment"),
    )
    user.groups.add(group)
    client.force_login(user)
    return client


def test_staff_export_csv_has_the_comments_without_email(staff_viewer, comments_to_export, resident):
    response = staff_viewer.get(EXPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    rows = export_rows(response)
    with translation.override("id"):
        assert list(rows[0]) == [
            gettext(heading)
            for heading in ("Consultation", "Question", "Display name", "Created", "Moderation", "Comment")
        ]
    assert len(rows) == 4  # two on the closed consultation, two on the open one
    formula = next(row for row in rows if "HYPERLINK" in row[t("Comment")])
    assert formula[t("Comment")].startswith("'=")  # a spreadsheet shows it, never runs it
    assert formula[t("Display name")] == "Rina"
    assert formula[t("Consultation")] == "Rancangan Perda Pengelolaan Sampah"
    assert formula[t("Question")] == "Setujukah Anda dengan bank sampah?"
    deleted = next(row for row in rows if row[t("Comment")] == "Dari akun terhapus.")
    assert deleted[t("Display name")] == t("Deleted user")
    assert deleted[t("Moderation")] == t("Waiting for a moderator")
    content = str(rows)
    assert resident.email not in content and "@" not in content


def test_staff_export_filters_by_consultation_and_state(staff_viewer, comments_to_export):
    response = staff_viewer.get(
        EXPORT_URL, {"export": "csv", "page": comments_to_export.open.pk, "state": "pending"}
    )
    rows = export_rows(response)
    assert [row[t("Comment")] for row in rows] == ["Dari akun terhapus."]


def test_staff_export_xlsx_and_list(staff_viewer, comments_to_export):
    response = staff_viewer.get(EXPORT_URL, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.max_row == 5
    listing = staff_viewer.get(EXPORT_URL)
    assert listing.status_code == 200 and "Dari akun terhapus." in listing.content.decode()


def test_superuser_finds_the_list_in_the_menu_and_can_search(client, comments_to_export):
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "Sandi-Admin-88"))
    assert EXPORT_URL in client.get("/admin/").content.decode()  # the sidebar menu, as JSON
    html = client.get(EXPORT_URL, {"q": "terhapus"}).content.decode()
    assert "Dari akun terhapus." in html and "HYPERLINK" not in html
    assert "/edit/" not in html.split('class="listing')[1]  # read-only: nothing to edit or delete


def test_export_is_refused_to_a_resident(client, comments_to_export, resident):
    client.force_login(resident)
    response = client.get(EXPORT_URL, {"export": "csv"})
    assert response.status_code == 403  # a plain refusal: the sign-in page would send them back here


def test_export_is_refused_to_staff_without_the_view_permission(client, comments_to_export):
    user = User.objects.create_user("editor", "editor@example.org", "Sandi-Editor-88", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(EXPORT_URL, {"export": "csv"})
    assert response.status_code in (302, 403)
    assert not hasattr(response, "streaming_content")


# The home page.


def test_home_page_shows_open_consultations_only(client, consultations):
    html = client.get("/").content.decode()
    assert "Rancangan Perda Pengelolaan Sampah" in html and 'href="/konsultasi/sampah/"' in html
    assert "Rencana Taman Kota" not in html and "Tarif Parkir Pasar" not in html
    assert 'href="/konsultasi/"' in html


def test_home_page_shows_nothing_when_no_consultation_is_open(client, consultations):
    consultations.open.unpublish()
    html = client.get("/").content.decode()
    assert t("Have your say: public consultations") not in html


def test_home_page_follows_the_clock_without_waiting_for_the_cache(client, consultations, monkeypatch):
    client.get("/")  # fills the cache while the park consultation is upcoming
    later = timezone.now() + timedelta(days=4)
    monkeypatch.setattr("django.utils.timezone.now", lambda: later)
    html = client.get("/").content.decode()
    assert "Rencana Taman Kota" in html


def test_open_consultations_tag_is_cheap(consultations, django_assert_max_num_queries):
    request = RequestFactory().get("/")
    Site.find_for_request(request)  # known to any request Wagtail has served
    Site.get_site_root_paths()
    template = Template("{% load consultation_tags %}{% open_consultations_section %}")
    with django_assert_max_num_queries(2):
        html = template.render(Context({"request": request}))
    assert "Rancangan Perda Pengelolaan Sampah" in html
    with django_assert_max_num_queries(0):
        template.render(Context({"request": request}))


def test_editor_preview_shows_the_questions_being_edited(consultations):
    page = ConsultationPage.objects.get(pk=consultations.open.pk)
    page.questions.add(ConsultationQuestion(text="Pertanyaan baru dalam draf?"))
    response = page.make_preview_request()
    assert response.status_code == 200
    assert "Pertanyaan baru dalam draf?" in response.content.decode()
    now = timezone.now()
    new_page = ConsultationPage(  # not saved yet: the preview of a page being created
        title="Draf baru",
        slug="draf-baru",
        summary="Ringkasan.",
        opens_at=now,
        closes_at=now + timedelta(days=7),
        questions=[ConsultationQuestion(text="Pertanyaan pertama?")],
    )
    new_page.set_url_path(consultations.index)
    new_page.depth, new_page.path = consultations.index.depth + 1, consultations.index.path + "9999"
    response = new_page.make_preview_request()
    assert response.status_code == 200 and "Pertanyaan pertama?" in response.content.decode()
