"""Which search backend the settings choose, and that the chosen backend stems Indonesian.

The selection is tested always. The PostgreSQL test runs when DATABASE_URL points at PostgreSQL; the
Elasticsearch/OpenSearch test only when ELASTICSEARCH_URL is set (it builds and deletes its own
indexes there), and is reported as skipped otherwise.
"""

import io
import json
import os
import subprocess
import sys
import uuid

from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

import pytest

from config.search import search_backends
from services_catalog.models import ServicePage
from tests.services_catalog.conftest import build_catalogue

SQLITE = "django.db.backends.sqlite3"
POSTGRESQL = "django.db.backends.postgresql"
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
# Neither word is in the demo catalogue; each finds its page only through the Indonesian stem:
# "melahirkan" -> "lahir" (as "Kelahiran" in "Akta Kelahiran"), "sehat" <- "Kesehatan".
STEMMED_QUERIES = {"melahirkan": "Akta Kelahiran", "sehat": "Surat Izin Praktik Tenaga Kesehatan"}
PRINT_BACKENDS = (
    "import json; from django.conf import settings; print(json.dumps(settings.WAGTAILSEARCH_BACKENDS))"
)


def select(**values):
    """The backend `search_backends` chooses for an otherwise empty environment on SQLite."""
    defaults = {
        "database_engine": SQLITE,
        "search_config": "",
        "elasticsearch_url": "",
        "engine": "elasticsearch",
        "index_prefix": "portal",
    }
    return search_backends(**(defaults | values))["default"]


def titles(query):
    return {page.title for page in Page.objects.live().search(query)}


def test_sqlite_uses_the_database_backend_without_a_search_config():
    assert select() == {"BACKEND": "wagtail.search.backends.database"}
    # FTS5 has no text-search configurations: the value is for PostgreSQL only.
    assert select(search_config="indonesian") == {"BACKEND": "wagtail.search.backends.database"}


def test_postgresql_stems_indonesian_unless_told_otherwise():
    assert select(database_engine=POSTGRESQL) == {"BACKEND": "search.postgres", "SEARCH_CONFIG": "indonesian"}
    assert select(database_engine=POSTGRESQL, search_config="simple")["SEARCH_CONFIG"] == "simple"


def test_elasticsearch_url_selects_elasticsearch_with_a_prefix_and_indonesian_analysis():
    chosen = select(database_engine=POSTGRESQL, elasticsearch_url="https://user:pass@search:9200")
    assert chosen["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert chosen["URLS"] == ["https://user:pass@search:9200"]
    assert chosen["INDEX_PREFIX"] == "portal_"
    assert "SEARCH_CONFIG" not in chosen
    assert select(elasticsearch_url="http://search:9200", index_prefix="kota_")["INDEX_PREFIX"] == "kota_"

    # Wagtail reads these keys: the index names carry the prefix, and the Indonesian analyzer is
    # the index default next to Wagtail's own n-gram analyzers. (Creating the client connects nowhere.)
    params = dict(chosen)
    backend = get_search_backend(params.pop("BACKEND"), **params)
    assert backend.get_index_for_model(Page).name == "portal_wagtailcore_page"
    assert backend.timeout == 5
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    assert analyzers["default"] == {"type": "indonesian"}
    assert {"ngram_analyzer", "edgengram_analyzer"} <= analyzers.keys()


def test_search_engine_opensearch_selects_the_opensearch_backend():
    chosen = select(elasticsearch_url="https://search:9200", engine="OpenSearch", index_prefix="kota")
    assert chosen["BACKEND"] == "wagtail.search.backends.opensearch3"
    assert chosen["URLS"] == ["https://search:9200"]
    assert chosen["INDEX_PREFIX"] == "kota_"
    assert chosen["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"] == {"type": "indonesian"}


@pytest.mark.parametrize("engine", ["solr", "elastic", ""])
def test_an_unknown_search_engine_is_refused(engine):
    with pytest.raises(ImproperlyConfigured, match="elasticsearch, opensearch"):
        select(elasticsearch_url="http://search:9200", engine=engine)
    with pytest.raises(ImproperlyConfigured, match="SEARCH_ENGINE"):
        select(engine=engine)


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        (
            {"DATABASE_URL": "postgres://portal@db:5432/portal"},
            {"BACKEND": "search.postgres", "SEARCH_CONFIG": "indonesian"},
        ),
        (
            {"DATABASE_URL": "postgres://portal@db:5432/portal", "SEARCH_CONFIG": "simple"},
            {"BACKEND": "search.postgres", "SEARCH_CONFIG": "simple"},
        ),
        (
            {
                "ELASTICSEARCH_URL": "https://search:9200",
                "SEARCH_ENGINE": "opensearch",
                "SEARCH_INDEX_PREFIX": "kota",
            },
            {"BACKEND": "wagtail.search.backends.opensearch3", "URLS": ["https://search:9200"]},
        ),
    ],
)
def test_settings_choose_from_the_environment(environment, expected):
    # Every variable is set, empty when unused, so a developer's .env file cannot fill one in.
    variables = {
        "DATABASE_URL": "sqlite:////tmp/portal-search-settings.sqlite3",
        "SEARCH_CONFIG": "",
        "ELASTICSEARCH_URL": "",
        "SEARCH_ENGINE": "elasticsearch",
        "SEARCH_INDEX_PREFIX": "portal",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PRINT_BACKENDS],
        cwd=django_settings.BASE_DIR,
        env=os.environ | variables | environment | {"DJANGO_SETTINGS_MODULE": "config.settings.dev"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    chosen = json.loads(result.stdout)["default"]
    assert chosen.items() >= expected.items()
    if "SEARCH_INDEX_PREFIX" in environment:
        assert chosen["INDEX_PREFIX"] == "kota_"


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL pointing at PostgreSQL")
@pytest.mark.parametrize(("search_config", "stems"), [("indonesian", True), ("simple", False)])
def test_postgresql_full_text_search_stems_indonesian(settings, site_tree, search_config, stems):
    # config/settings/test.py pins the plain database backend; index the catalogue with the
    # configuration under test ("simple" is the control: no stemming, so no stemmed match).
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        database_engine=POSTGRESQL,
        search_config=search_config,
        elasticsearch_url="",
        engine="elasticsearch",
        index_prefix="portal",
    )
    build_catalogue(site_tree)

    assert "Akta Kelahiran" in titles("lahir")
    for query, title in STEMMED_QUERIES.items():
        assert (title in titles(query)) is stems, query


@pytest.mark.django_db
@pytest.mark.skipif(not ELASTICSEARCH_URL, reason="needs ELASTICSEARCH_URL (a search cluster)")
def test_update_index_builds_an_elasticsearch_index_that_stems_indonesian(settings, site_tree):
    # Pages are saved before the switch, so they are not pushed into indexes that do not exist yet.
    build_catalogue(site_tree)
    prefix = f"portal_test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        database_engine=django_settings.DATABASES["default"]["ENGINE"],
        search_config="",
        elasticsearch_url=ELASTICSEARCH_URL,
        engine=os.environ.get("SEARCH_ENGINE", "elasticsearch"),
        index_prefix=prefix,
    )
    backend = get_search_backend()
    try:
        call_command("update_index", stdout=io.StringIO())

        assert "Akta Kelahiran" in titles("lahir")
        for query, title in STEMMED_QUERIES.items():
            assert title in titles(query), query
        assert "Surat Izin Praktik Tenaga Kesehatan" not in titles("melahirkan")
    finally:
        # Delete by name: Elasticsearch 8+ refuses wildcard deletes by default.
        for name in backend.es.indices.get(index=f"{prefix}*"):
            backend.es.indices.delete(index=name)


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL pointing at PostgreSQL")
def test_postgresql_finds_any_word_through_the_indexes_and_all_words_across_title_and_body(
    settings, site_tree, monkeypatch
):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        database_engine=POSTGRESQL,
        search_config="indonesian",
        elasticsearch_url="",
        engine="elasticsearch",
        index_prefix="portal",
    )
    catalogue = build_catalogue(site_tree)
    backend = get_search_backend()
    services = ServicePage.objects.live().filter(locale=site_tree.home.locale)
    # "kelahiran" is in a title, "wali" only in a summary (the index's body).
    any_word = PlainText("kelahiran wali", operator="or")
    with CaptureQueriesContext(connection) as captured:
        found = list(backend.search(any_word, services))
        count = backend.search(any_word, services).count()
    assert catalogue.birth_certificate in found and count == len(found)
    sql = " ".join(query["sql"] for query in captured.captured_queries)
    assert '"title" @@' in sql and '"body" @@' in sql
    assert "||" not in sql  # no concatenation: the GIN indexes can answer
    # Past RANKED_AT_MOST matches, the newest are ranked; counts and deeper pages stay whole.
    monkeypatch.setattr("search.postgres.RANKED_AT_MOST", 1)
    assert len(backend.search(any_word, services)[:1]) == 1
    assert backend.search(any_word, services).count() == count
    assert list(backend.search(any_word, services)[: len(found)]) == found
    # Both words, one in the title and one in the body: still found (the concatenation is kept for AND).
    assert catalogue.birth_certificate in backend.search(
        PlainText("kelahiran wali", operator="and"), services
    )
