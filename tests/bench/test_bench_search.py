"""Benchmark: site search latency over 5,000 pages and 50,000 forum posts, on PostgreSQL.

Not part of `make test` (see test_bench_ikm.py for how tests/bench is run):

    DB=searchbench; createdb -h 127.0.0.1 -U postgres $DB
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB \\
        .venv/bin/pytest -q -p no:xdist -s --create-db tests/bench/test_bench_search.py

It builds 5,000 standard pages from Indonesian public-service vocabulary and 5,000
forum topics of 10 posts each, indexes them with the configured backend, then runs the search page's
relevance queries (every kind's search and count, as `search.views` does) for a set of resident queries,
and prints the median and 95th percentile per query.
"""

import random
import statistics
import time

from django.db import connection
from django.utils import timezone

from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

import pytest

from config.search import search_backends
from forums.models import Category, Post, Topic
from home.models import StandardPage
from search.query import clean, expand
from search.views import KINDS

PAGES = 5_000
TOPICS = 5_000
POSTS_PER_TOPIC = 10
RUNS = 5
QUERIES = [
    "akta lahir",
    "bikin ktp",
    "izin usaha",
    "jalan rusak",
    "kartu keluarga hilang",
    "surat pindah",
    "pajak bumi",
    "imunisasi anak",
    "sampah pasar",
    "lampu jalan padam",
]
WORDS = [
    "akta",
    "kelahiran",
    "kematian",
    "ktp",
    "kartu",
    "keluarga",
    "surat",
    "pindah",
    "izin",
    "usaha",
    "nib",
    "oss",
    "pajak",
    "bumi",
    "bangunan",
    "jalan",
    "rusak",
    "lampu",
    "sampah",
    "pasar",
    "air",
    "bersih",
    "drainase",
    "puskesmas",
    "imunisasi",
    "posyandu",
    "sekolah",
    "beasiswa",
    "bantuan",
    "sosial",
    "pelayanan",
    "dinas",
    "kecamatan",
    "kelurahan",
    "desa",
    "warga",
    "syarat",
    "biaya",
    "waktu",
    "penyelesaian",
    "formulir",
    "pengaduan",
    "aspirasi",
    "informasi",
    "wisata",
    "museum",
    "tambang",
    "budaya",
    "festival",
    "kendaraan",
    "parkir",
    "angkutan",
]


def sentence(rng, length):
    return " ".join(rng.choice(WORDS) for _ in range(length)).capitalize() + "."


def build(site_tree, rng):
    home = site_tree.home
    for number in range(PAGES):
        home.add_child(
            instance=StandardPage(
                title=f"{sentence(rng, 4)[:-1]} {number}",
                slug=f"halaman-{number}",
                intro=sentence(rng, 20),
                listing_summary=sentence(rng, 12),
            )
        )
    category = Category.objects.create(locale=Locale.get_default(), name="Umum", slug="umum")
    now = timezone.now()
    topics = Topic.objects.bulk_create(
        Topic(category=category, title=sentence(rng, 6)[:-1], created_at=now, last_activity_at=now)
        for _ in range(TOPICS)
    )
    for start in range(0, TOPICS, 500):
        Post.objects.bulk_create(
            Post(topic=topic, body=" ".join(sentence(rng, 15) for _ in range(3)), created_at=now)
            for topic in topics[start : start + 500]
            for _ in range(POSTS_PER_TOPIC)
        )
    backend = get_search_backend()
    for model in (StandardPage, Topic):
        index = backend.get_index_for_model(model)
        objects = list(model.objects.all())
        for start in range(0, len(objects), 1000):
            index.add_items(model, objects[start : start + 1000])
    # Visibility map and table statistics, as autovacuum keeps them on a running database: without
    # them PostgreSQL plans the search as if the tables were empty (nested loops over every page).
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def run_search(locale, query, kinds=KINDS):
    words = expand(clean(query), "id")
    for kind in kinds:
        results = kind.search(locale, words)
        results.count()
        list(results[:5])


def percentiles(timings):
    timings = sorted(timings)
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def measure(locale, kinds):
    timings = []
    for query in QUERIES:
        run_search(locale, query, kinds)  # warm
        for _ in range(RUNS):
            started = time.perf_counter()
            run_search(locale, query, kinds)
            timings.append((time.perf_counter() - started) * 1000)
    return percentiles(timings)


@pytest.fixture
def production_backend(settings):
    """The backend production picks for this database (PostgreSQL: the indonesian configuration)."""
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        database_engine=connection.settings_dict["ENGINE"],
        search_config=settings.SEARCH_CONFIG,
        elasticsearch_url="",
        engine="elasticsearch",
        index_prefix="portal",
    )


# Committed data, as on a running site: inside a test's transaction every row would be an uncommitted
# one of thousands of savepoints, and each visibility check would pay for it.
@pytest.mark.django_db(transaction=True)
def test_search_latency(site_tree, production_backend):
    rng = random.Random(42)  # noqa: S311  (benchmark data)
    build(site_tree, rng)
    locale = Locale.get_default()
    pages = [kind for kind in KINDS if kind.key == "halaman"]
    forum = [kind for kind in KINDS if kind.key == "forum"]
    for label, kinds in (
        ("whole results page (5 kinds)", KINDS),
        ("pages kind", pages),
        ("forum kind", forum),
    ):
        median, p95 = measure(locale, kinds)
        print(
            f"\n{label}, {PAGES} pages and {TOPICS * POSTS_PER_TOPIC} posts: "
            f"median {median:.1f} ms, p95 {p95:.1f} ms"
        )
    assert p95 < 1000
