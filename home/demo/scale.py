"""`load_demo --scale`: a city a hundred times busier than the demo, for the benchmark (`make bench`).

On top of the demo content it adds 500 services, 5,000 announcements, 5,000 forum topics of 10 posts,
100,000 submissions with their status history and 50,000 SKM answers (`Sizes`). The texts are the
demo's own (a demo service's Standar Pelayanan, announcement bodies, forum posts, reports) under titles
built from a small vocabulary, so no two titles are alike. Random but repeatable (fixed seed).

Speed: `add_child()` costs about 25 ms a page (validation, signals, a search-index write each), so
pages are written in bulk: the tree columns (path, depth, numchild, url_path) are set here, the
`wagtailcore_page` rows go in with one `bulk_create` and each page type's own row with a raw save, which
the search and reference-index handlers ignore. Every new page and topic is then indexed in batches.
The pages are live, in the default (Indonesian) locale, without revisions: an editor's first save makes
one.

Everything is written in one transaction, and submissions whose key starts with `KEY` mark it as done:
a second run changes nothing.
"""

import datetime
import random
import time
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from feedback.demo import (
    ANSWERS,
    APPLICATION_PATHS,
    NAMES,
    PATHS,
    REPORTS,
    _public_note,
    _random_nik,
    _survey_answers,
)
from feedback.demo_places import PLACES
from feedback.models import Kecamatan, NonWorkingDay, StatusChange, Submission, SurveyResponse
from feedback.submit import PRIVACY_NOTICE_VERSION
from feedback.tracking import new_tracking_code
from feedback.workdays import VERIFY_DAYS, add_working_days
from forums.demo_content import REPLIES, TOPICS
from forums.models import Category, Post, Topic
from home import page_cache
from home.cache import bump_content_version
from home.models import AnnouncementCategory, AnnouncementIndexPage, AnnouncementPage, SiteSettings
from services_catalog.demo import _service_fields
from services_catalog.demo_content import SERVICES
from services_catalog.models import Agency, ServiceCategory, ServiceIndexPage, ServicePage

from .announcements import ANNOUNCEMENTS
from .loaders import bilingual_blocks, stream

KEY = "skala"  # start of every scale submission's and survey answer's key
BATCH = 2_000
HISTORY_DAYS = 700  # submissions and topics reach this far back (within RETENTION_DAYS)
ANNOUNCEMENT_YEARS = 5

SERVICE_ACTIONS = [
    "Penerbitan",
    "Perpanjangan",
    "Penggantian",
    "Perubahan",
    "Legalisasi",
    "Pendaftaran",
    "Verifikasi",
    "Rekomendasi",
    "Pengesahan",
    "Pencabutan",
]
SERVICE_SUBJECTS = [
    "Surat Keterangan Usaha",
    "Izin Reklame",
    "Kartu Identitas Anak",
    "Akta Perkawinan",
    "Surat Keterangan Pindah",
    "Izin Praktik Bidan",
    "Tanda Daftar Gudang",
    "Sertifikat Laik Higiene",
    "Izin Keramaian",
    "Surat Keterangan Domisili",
    "Kartu Pencari Kerja",
    "Izin Trayek Angkutan",
    "Persetujuan Bangunan Gedung",
    "Sertifikat Produksi Pangan Industri Rumah Tangga",
    "Izin Penelitian",
    "Surat Keterangan Tidak Mampu",
    "Izin Usaha Perikanan",
    "Data Kependudukan",
    "Izin Pemakaman",
    "Surat Keterangan Ahli Waris",
]
ANNOUNCEMENT_OPENERS = [
    "Jadwal",
    "Perubahan Jadwal",
    "Pendaftaran",
    "Sosialisasi",
    "Hasil",
    "Pemeliharaan",
    "Penutupan Sementara",
    "Pembukaan",
    "Evaluasi",
    "Pelaksanaan",
]
ANNOUNCEMENT_SUBJECTS = [
    "Perekaman KTP-el",
    "Layanan Akta Kelahiran",
    "Posyandu Balita",
    "Imunisasi Anak",
    "Pasar Murah",
    "Festival Songket Silungkang",
    "Perbaikan Jalan",
    "Pengangkutan Sampah",
    "Bantuan Sosial Tunai",
    "Beasiswa Pelajar",
    "Pelatihan UMKM",
    "Layanan Air Bersih",
    "Penerangan Jalan Umum",
    "Uji Kir Kendaraan",
    "Layanan Kartu Keluarga",
]


@dataclass(frozen=True)
class Sizes:
    services: int = 500
    announcements: int = 5_000
    topics: int = 5_000
    posts_per_topic: int = 10  # the opening post and its replies
    submissions: int = 100_000
    survey_responses: int = 50_000


FULL = Sizes()


def load_scale(sizes: Sizes = FULL) -> list[str]:
    """Add the scale data unless it is there; return what was added, with the seconds each part took."""
    if Submission.objects.filter(submission_key__startswith=f"{KEY}-").exists():
        return []
    rng = random.Random(1888)  # noqa: S311  (demo data, not security)
    parts = [
        (f"{sizes.services:,} services", lambda: _add_services(rng, sizes.services)),
        (f"{sizes.announcements:,} announcements", lambda: _add_announcements(sizes.announcements)),
        (
            f"{sizes.topics:,} forum topics of {sizes.posts_per_topic} posts",
            lambda: _add_forum(rng, sizes.topics, sizes.posts_per_topic),
        ),
        (f"{sizes.submissions:,} submissions", lambda: _add_submissions(rng, sizes.submissions)),
        (
            f"{sizes.survey_responses:,} SKM answers",
            lambda: _add_survey_responses(rng, sizes.survey_responses),
        ),
    ]
    changes = []
    with transaction.atomic():
        for label, add in parts:
            started = time.monotonic()
            add()
            changes.append(f"{label} ({time.monotonic() - started:.0f} s)")
        _analyze()
        bump_content_version()  # bulk writes send no signals: drop the cached fragments and pages here
        page_cache.purge_all()
    return changes


def _add_pages(parent, pages, related=()):
    """Append `pages` (new instances of one page type) under `parent` as live pages, in bulk.

    Treebeard's `add_child` does the same one page at a time; the path steps follow its scheme.
    """
    last = parent.get_last_child()
    step = last._get_lastpos_in_path() if last else 0
    now = timezone.now()
    for number, page in enumerate(pages, start=step + 1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, number)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = page.first_published_at or now
    Page.objects.bulk_create(pages, batch_size=BATCH)  # only the wagtailcore_page rows
    for page in pages:
        page.page_ptr_id = page.id
        page.save_base(raw=True, force_insert=True)  # the page type's own row
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    _index(type(pages[0]), [page.pk for page in pages], related)


def _analyze():
    """Fresh table statistics on PostgreSQL: without them it plans queries as if the new rows were not
    there (e.g. each topic's opening post, read when indexing, found by scanning every post)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _index(model, ids, related=()):
    """Add the rows to every search backend, in batches (what `update_index` does for a whole model)."""
    _analyze()
    for start in range(0, len(ids), BATCH):
        batch = list(model.objects.filter(pk__in=ids[start : start + BATCH]).select_related(*related))
        for backend in get_search_backends():
            backend.add_bulk(model, batch)


def _add_services(rng, count):
    """Services spread over every agency and category, each with the Standar Pelayanan of a demo one."""
    locale = Locale.get_default()
    index = ServiceIndexPage.objects.get(locale=locale)
    agencies = list(Agency.objects.filter(locale=locale).order_by("pk"))
    categories = list(ServiceCategory.objects.filter(locale=locale).order_by("pk"))
    pages = []
    for number in range(1, count + 1):
        spec = SERVICES[number % len(SERVICES)]
        name = f"{rng.choice(SERVICE_ACTIONS)} {rng.choice(SERVICE_SUBJECTS)}"
        agency = agencies[number % len(agencies)]
        category = categories[number // len(agencies) % len(categories)]
        summary = f"{name} bagi warga: persyaratan, biaya, waktu penyelesaian dan tempat pengurusannya."
        fields = _service_fields(spec, {spec["agency"]: agency}, {spec["category"]: category})
        fields |= {
            "title": f"Layanan {name} {number}",
            "slug": slugify(f"{name} {number}"),
            "summary": summary,
            "listing_summary": summary,
        }
        pages.append(ServicePage(**fields))
    _add_pages(index, pages, related=("agency", "category"))


def _add_announcements(count):
    """Announcements over the last five years, newest first, with the bodies of the demo ones."""
    locale = Locale.get_default()
    index = AnnouncementIndexPage.objects.get(locale=locale)
    categories = {category.slug: category for category in AnnouncementCategory.objects.filter(locale=locale)}
    places = list(PLACES)
    today = timezone.localdate()
    pages = []
    for number in range(1, count + 1):
        spec = ANNOUNCEMENTS[number % len(ANNOUNCEMENTS)]
        opener = ANNOUNCEMENT_OPENERS[number % len(ANNOUNCEMENT_OPENERS)]
        subject = ANNOUNCEMENT_SUBJECTS[number // len(ANNOUNCEMENT_OPENERS) % len(ANNOUNCEMENT_SUBJECTS)]
        title = f"{opener} {subject} di {places[number % len(places)]} {number}"
        day = today - datetime.timedelta(days=number * ANNOUNCEMENT_YEARS * 365 // count)
        body, _strings = stream(bilingual_blocks(spec["body"]))
        pages.append(
            AnnouncementPage(
                title=title,
                slug=slugify(title),
                date=day,
                category=categories.get(spec["category"]),
                summary=spec["summary"],
                listing_summary=spec["summary"],
                body=body,
                first_published_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(9))),
            )
        )
    _add_pages(index, pages)


def _add_forum(rng, count, posts_per_topic):
    """Topics in the residents' categories, each an opening post from the demo and replies to it."""
    categories = list(
        Category.objects.filter(locale=Locale.get_default(), staff_only=False).order_by("sort_order", "pk")
    )
    residents = list(
        get_user_model().objects.filter(forum_profile__isnull=False, is_staff=False).order_by("pk")
    ) or [None]
    now = timezone.now()
    topic_ids = []
    for start in range(1, count + 1, BATCH):
        topics, threads = [], []
        for number in range(start, min(start + BATCH, count + 1)):
            _slug, title, body, _agency, _answer = TOPICS[number % len(TOPICS)]
            moment = now - datetime.timedelta(minutes=rng.randint(60, HISTORY_DAYS * 24 * 60))
            author = rng.choice(residents)
            posts = [Post(author=author, body=body, created_at=moment)]
            for _ in range(posts_per_topic - 1):
                moment = min(now, moment + datetime.timedelta(minutes=rng.randint(10, 48 * 60)))
                posts.append(Post(author=rng.choice(residents), body=rng.choice(REPLIES), created_at=moment))
            topics.append(
                Topic(
                    category=categories[number % len(categories)],
                    title=f"{title} {number}",
                    author=author,
                    created_at=posts[0].created_at,
                    last_activity_at=moment,
                    reply_count=len(posts) - 1,
                )
            )
            threads.append(posts)
        Topic.objects.bulk_create(topics)
        for topic, posts in zip(topics, threads, strict=True):
            for post in posts:
                post.topic = topic
        Post.objects.bulk_create([post for posts in threads for post in posts], batch_size=BATCH)
        topic_ids += [topic.pk for topic in topics]
    _index(Topic, topic_ids)


@contextmanager
def _dated(*models):
    """Let bulk_create keep the dates given: auto_now(_add) would stamp every row with the current time."""
    fields = [
        field
        for model in models
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def _add_submissions(rng, count):
    """Applications for online services and reports to every agency, each with its status history.

    The shapes are the demo's (feedback.demo): the same status paths, subjects, names and answers,
    received over the last HISTORY_DAYS days; the steps taken by now are kept.
    """
    locale = Locale.get_default()
    online = list(ServicePage.objects.live().filter(locale=locale, online_application=True).order_by("pk"))
    agencies = list(Agency.objects.filter(locale=locale).order_by("pk"))
    districts = list(Kecamatan.objects.prefetch_related("villages").order_by("pk"))
    prefix = SiteSettings.objects.values_list("tracking_prefix", flat=True).first() or "SWL"
    codes = set(Submission.objects.values_list("tracking_code", flat=True))
    extra_holidays = NonWorkingDay.dates()
    now = timezone.now()
    with _dated(Submission, StatusChange):
        for start in range(0, count, BATCH):
            submissions, timelines = [], []
            for number in range(start, min(start + BATCH, count)):
                received = now - datetime.timedelta(minutes=rng.randint(0, HISTORY_DAYS * 24 * 60))
                submission = _submission(rng, number, received, online, agencies, districts)
                submission.tracking_code = _unique_code(prefix, received.date(), codes)
                submission.set_secret()
                steps = _steps(rng, submission.kind, received, now)
                status, moment = steps[-1]
                submission.status, submission.updated_at = status, moment
                if status in (Submission.Status.RESOLVED, Submission.Status.REJECTED):
                    submission.closed_at = moment
                    if status == Submission.Status.RESOLVED:
                        submission.public_answer = ANSWERS[submission.kind]
                else:  # as feedback.submit.first_deadline, with the non-working days read once
                    days = max(submission.service.processing_days, 1) if submission.service else VERIFY_DAYS
                    submission.deadline = add_working_days(received.date(), days, extra_holidays)
                submissions.append(submission)
                timelines.append(steps)
            Submission.objects.bulk_create(submissions)
            history = []
            for submission, steps in zip(submissions, timelines, strict=True):
                previous = ""
                for status, moment in steps:
                    history.append(
                        StatusChange(
                            submission=submission,
                            from_status=previous,
                            to_status=status,
                            public_note=_public_note(status, submission.kind),
                            created_at=moment,
                        )
                    )
                    previous = status
            StatusChange.objects.bulk_create(history, batch_size=BATCH)


def _submission(rng, number, received, online, agencies, districts):
    """A new submission received at `received`: an application two times in five, else a report."""
    name = rng.choice(NAMES)
    district = rng.choice(districts) if districts else None
    fields = {
        "name": name,
        "email": f"{name.split()[0].lower()}.{number}@example.org",
        "phone": f"+62812{rng.randint(10000000, 99999999)}",
        "kecamatan": district,
        "created_at": received,
        "consent_at": received,
        "consent_version": PRIVACY_NOTICE_VERSION,
        "submission_key": f"{KEY}-{number}",
    }
    if number % 5 < 2 and online:
        service = online[number % len(online)]
        birth = datetime.date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28))
        villages = list(district.villages.all()) if district else []
        return Submission(
            kind=Submission.Kind.APPLICATION,
            service=service,
            agency_id=service.agency_id,
            subject=service.title,
            nik=_random_nik(rng, birth, female=rng.random() < 0.5),
            birth_date=birth,
            address=f"Jalan Merdeka No. {rng.randint(1, 90)}, RT 00{rng.randint(1, 5)}",
            kelurahan=rng.choice(villages) if villages else None,
            **fields,
        )
    kind, subject, description, _district = REPORTS[number % len(REPORTS)]
    identity = rng.choice(
        [Submission.Identity.NORMAL] * 4 + [Submission.Identity.ANONYMOUS, Submission.Identity.CONFIDENTIAL]
    )
    if identity == Submission.Identity.ANONYMOUS:
        fields |= {"name": "", "email": "", "phone": ""}
    return Submission(
        kind=kind,
        subject=subject,
        description=description,
        agency=agencies[number % len(agencies)],
        identity=identity,
        allow_publication=rng.random() < 0.7,
        event_date=received.date(),
        **fields,
    )


def _steps(rng, kind, received, now):
    """The (status, moment) steps taken by now along one of the demo's status paths."""
    steps, moment = [], received
    for status in rng.choice(APPLICATION_PATHS if kind == Submission.Kind.APPLICATION else PATHS):
        if moment > now:
            break
        steps.append((status, moment))
        moment += datetime.timedelta(days=rng.randint(0, 4), hours=rng.randint(1, 6))
    return steps


def _unique_code(prefix, day, codes):
    """A tracking code no other submission has (codes are random: a run of 100,000 meets a few twice)."""
    code = new_tracking_code(prefix, day)
    while code in codes:
        code = new_tracking_code(prefix, day)
    codes.add(code)
    return code


def _add_survey_responses(rng, count):
    """SKM answers about every service over the last year, each service rated a little differently."""
    services = list(ServicePage.objects.live().filter(locale=Locale.get_default()).order_by("pk"))
    today = timezone.localdate()
    with _dated(SurveyResponse):
        for start in range(0, count, BATCH):
            responses = []
            for number in range(start, min(start + BATCH, count)):
                service = services[number % len(services)]
                lean = 0.45 + (service.pk % 5) * 0.1
                day = today - datetime.timedelta(days=rng.randint(0, 364))
                responses.append(
                    SurveyResponse(
                        service=service,
                        agency_id=service.agency_id,
                        service_date=day,
                        created_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(15))),
                        gender=rng.choice("LP"),
                        age_band=rng.choice(["<20", "20-29", "30-39", "40-49", "50-59", "60+"]),
                        education=rng.choice(["SD", "SMP", "SMA", "SMA", "D1-D3", "D4-S1", "S2+"]),
                        occupation=rng.choice(["PNS", "SWASTA", "WIRAUSAHA", "LAINNYA", "TNI", "POLRI"]),
                        submission_key=f"{KEY}-skm-{number}",
                        **_survey_answers(rng, service, 2.2 + lean * 1.6, 0.6),
                    )
                )
            SurveyResponse.objects.bulk_create(responses)
