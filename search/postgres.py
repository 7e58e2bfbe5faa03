"""PostgreSQL search: "any of these words" found through the title and body indexes, not a scan.

Gap: modelsearch's PostgreSQL compiler always matches `(title || body) @@ query`. PostgreSQL cannot use
the GIN indexes on `title` and `body` for the concatenation, so every search and every count reads and
concatenates each index entry of the model. For a query asking for any one of its words (the search
page's loose query and its counts, a one-word query), `title @@ query OR body @@ query` finds exactly
the same rows, since a word is in the concatenation when it is in one of the two, and it uses the
indexes. Queries that need several words together (AND, phrases) keep the concatenation: their words
may be split between the title and the body. Delete this module when modelsearch matches the title
and the body separately.
"""

from django.db.models import Q

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchQueryCompiler
from wagtail.search.query import PlainText


def asks_for_any_word(query) -> bool:
    return isinstance(query, PlainText) and (query.operator == "or" or len(query.query_string.split()) == 1)


class AnyWordQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if self.fields is not None or not asks_for_any_word(self.query):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank = self._build_rank_expression(self.get_search_vectors(search_query), config)
        queryset = self.queryset.filter(
            Q(index_entries__title=search_query) | Q(index_entries__body=search_query)
        )
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)


class SearchBackend(PostgresSearchBackend):
    query_compiler_class = AnyWordQueryCompiler
