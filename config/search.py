"""Which Wagtail search backend the site uses, chosen from deployment values (DESIGN.md, runtime modes).

A plain function, called by `config/settings/base.py`, so that every combination can be tested without
reloading settings.
"""

from django.core.exceptions import ImproperlyConfigured

DATABASE_BACKEND = "wagtail.search.backends.database"
# On PostgreSQL the same backend, finding "any of these words" through the title and body indexes
# (search/postgres.py).
POSTGRES_BACKEND = "search.postgres"
# SEARCH_ENGINE value -> Wagtail backend module; the major version follows the client library
# (`elasticsearch~=9.1` in pyproject.toml; OpenSearch needs `opensearch-py` 3.x installed).
SEARCH_ENGINES = {
    "elasticsearch": "wagtail.search.backends.elasticsearch9",
    "opensearch": "wagtail.search.backends.opensearch3",
}
# PostgreSQL ships an Indonesian Snowball stemmer (since version 12): "kelahiran" and "melahirkan"
# both become "lahir".
DEFAULT_POSTGRES_SEARCH_CONFIG = "indonesian"
POSTGRES_ENGINES = ("django.db.backends.postgresql", "django.contrib.gis.db.backends.postgis")
# Seconds; a sick search cluster should fail a visitor's search quickly, not hold a gunicorn worker.
SEARCH_TIMEOUT = 5


def search_backends(
    *, database_engine: str, search_config: str, elasticsearch_url: str, engine: str, index_prefix: str
) -> dict:
    """Return WAGTAILSEARCH_BACKENDS.

    Without `elasticsearch_url`, Wagtail's database backend (SQLite FTS5 in development, PostgreSQL
    full text in production, where `search_config` defaults to "indonesian"). With it, the
    Elasticsearch or OpenSearch backend (`engine`), whose indexes are named
    `<index_prefix>_<app>_<model>` and built by `manage.py update_index`.
    """
    engine = engine.strip().lower()
    if engine not in SEARCH_ENGINES:
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE={engine!r} is not a search engine this site supports; "
            f"use one of: {', '.join(SEARCH_ENGINES)}."
        )
    if elasticsearch_url:
        # Wagtail names each index "<INDEX_PREFIX><app>_<model>", so the prefix ends with "_".
        if index_prefix and not index_prefix.endswith("_"):
            index_prefix += "_"
        return {
            "default": {
                "BACKEND": SEARCH_ENGINES[engine],
                "URLS": [elasticsearch_url],
                "INDEX_PREFIX": index_prefix,
                "TIMEOUT": SEARCH_TIMEOUT,
                # The built-in `indonesian` language analyzer (stemmer and stop words) as the index's
                # `default` analyzer: used, when indexing and when searching, by every text field Wagtail
                # maps without an analyzer of its own (the SearchFields and the `_all_text` catch-all).
                # Autocomplete fields keep Wagtail's edge n-gram analyzer: Wagtail deep-merges
                # INDEX_SETTINGS into its own index settings.
                "INDEX_SETTINGS": {
                    "settings": {"analysis": {"analyzer": {"default": {"type": "indonesian"}}}}
                },
            }
        }
    # SQLite's FTS5 has no stemming configuration, so SEARCH_CONFIG only means something on PostgreSQL.
    if database_engine in POSTGRES_ENGINES:
        backend = {
            "BACKEND": POSTGRES_BACKEND,
            "SEARCH_CONFIG": search_config or DEFAULT_POSTGRES_SEARCH_CONFIG,
        }
    else:
        backend = {"BACKEND": DATABASE_BACKEND}
    return {"default": backend}
