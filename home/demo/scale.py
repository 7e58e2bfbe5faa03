"""`load_demo --scale`: a city a hundred times busier than the demo, for the benchmark (`make bench`).

On top of the demo content it adds 500 services, 5,000 announcements, 5,000 forum topics of 10 posts,
100,000 submissions with their status history and 50,000 SKM answers (`Sizes`). Each app adds its own
part from its `demo` module, registered with `@scale_loader(order=...)` (home.demo.registry): the
services (services_catalog.demo), the forum (forums.demo), the submissions and SKM answers
(feedback.demo); the announcements are added here. The texts are the demo's own (a demo service's
Standar Pelayanan, announcement bodies, forum posts, reports) under titles built from a small
vocabulary, so no two titles are alike. Random but repeatable: the parts draw in turn from one
generator with a fixed seed.

What the parts share lives here: `add_pages`, `index`, `dated`, `BATCH` and `HISTORY_DAYS`.

Speed: `add_child()` costs about 25 ms a page (validation, signals, a search-index write each), so
pages are written in bulk: the tree columns (path, depth, numchild, url_path) are set here, the
`wagtailcore_page` rows go in with one `bulk_create` and each page type's own row with a raw save, which
the search and reference-index handlers ignore. Every new page and topic is then indexed in batches.
The pages are live, in the default (Indonesian) locale, without revisions: an editor's first save makes
one.

Everything is written in one transaction, so a part that can tell its rows are there (feedback's
submissions, by their key) marks the whole as done: a second run changes nothing.
"""

import datetime
import random
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from home import page_cache
from home.cache import bump_content_version
from home.models import AnnouncementCategory, AnnouncementIndexPage, AnnouncementPage

from .announcements import ANNOUNCEMENTS
from .loaders import bilingual_blocks, stream
from .registry import run_scale_loaders, scale_data_loaded, scale_loader

BATCH = 2_000
HISTORY_DAYS = 700  # submissions and topics reach this far back (within RETENTION_DAYS)
ANNOUNCEMENT_YEARS = 5

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

# The city's four kecamatan, as in feedback.demo_places.
ANNOUNCEMENT_PLACES = ["Barangin", "Lembah Segar", "Silungkang", "Talawi"]


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
    if scale_data_loaded():
        return []
    rng = random.Random(1888)  # noqa: S311  (demo data, not security)
    with transaction.atomic():
        changes = run_scale_loaders(sizes, rng)
        _analyze()
        bump_content_version()  # bulk writes send no signals: drop the cached fragments and pages here
        page_cache.purge_all()
    return changes


def add_pages(parent, pages, related=()):
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
    index(type(pages[0]), [page.pk for page in pages], related)


def _analyze():
    """Fresh table statistics on PostgreSQL: without them it plans queries as if the new rows were not
    there (e.g. each topic's opening post, read when indexing, found by scanning every post)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def index(model, ids, related=()):
    """Add the rows to every search backend, in batches (what `update_index` does for a whole model)."""
    _analyze()
    for start in range(0, len(ids), BATCH):
        batch = list(model.objects.filter(pk__in=ids[start : start + BATCH]).select_related(*related))
        for backend in get_search_backends():
            backend.add_bulk(model, batch)


@contextmanager
def dated(*models):
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


@scale_loader(order=20)
def load_scale_announcements(sizes: Sizes, _rng: random.Random) -> list[str]:
    """Announcements over the last five years, newest first, with the bodies of the demo ones."""
    count = sizes.announcements
    locale = Locale.get_default()
    parent = AnnouncementIndexPage.objects.get(locale=locale)
    categories = {category.slug: category for category in AnnouncementCategory.objects.filter(locale=locale)}
    today = timezone.localdate()
    pages = []
    for number in range(1, count + 1):
        spec = ANNOUNCEMENTS[number % len(ANNOUNCEMENTS)]
        opener = ANNOUNCEMENT_OPENERS[number % len(ANNOUNCEMENT_OPENERS)]
        subject = ANNOUNCEMENT_SUBJECTS[number // len(ANNOUNCEMENT_OPENERS) % len(ANNOUNCEMENT_SUBJECTS)]
        place = ANNOUNCEMENT_PLACES[number % len(ANNOUNCEMENT_PLACES)]
        title = f"{opener} {subject} di {place} {number}"
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
    add_pages(parent, pages)
    return [f"{count:,} announcements"]
