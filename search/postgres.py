"""PostgreSQL search: "any of these words" found through the title and body indexes, not a scan.

Gap: modelsearch's PostgreSQL compiler always matches `(title || body) @@ query`. PostgreSQL cannot use
the GIN indexes on `title` and `body` for the concatenation, so every search and every count reads and
concatenates each index entry of the model. For a query asking for any one of its words (the search
page's loose query and its counts, a one-word query), `title @@ query OR body @@ query` finds exactly
the same rows, since a word is in the concatenation when it is in one of the two, and it uses the
indexes. Queries that need several words together (AND, phrases) keep the concatenation: their words
may be split between the title and the body. Delete this module when modelsearch matches the title
and the body separately.

It also ranks only the RANKED_AT_MOST newest matches (or as many as the page asked for reaches): a
word found in thousands of forum posts would otherwise have every one of them scored to show the first
ten. Smaller result sets, such as the services, are ranked whole; counts stay exact.
"""

from django.db.models import Q

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchQueryCompiler
from wagtail.search.query import Fuzzy, MatchAll, Not, PlainText

RANKED_AT_MOST = 500  # see the module docstring


def asks_for_any_word(query) -> bool:
    return isinstance(query, PlainText) and (query.operator == "or" or len(query.query_string.split()) == 1)


class AnyWordQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if self.fields is not None or isinstance(self.query, MatchAll | Not | Fuzzy):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        rank = self._build_rank_expression(vectors, config)
        if asks_for_any_word(self.query):
            matches = self.queryset.filter(
                Q(index_entries__title=search_query) | Q(index_entries__body=search_query)
            )
        else:
            combined = vectors[0][0]._combine(vectors[1][0], "||", False)
            matches = self.queryset.annotate(_vector_=combined).filter(_vector_=search_query)
        if self.order_by_relevance and stop is not None:  # a page of results, not a count
            newest = matches.order_by("-pk").values("pk")[: max(RANKED_AT_MOST, stop)]
            matches = self.queryset.filter(pk__in=newest)
        return self._apply_ordering_and_scoring(matches, rank, start, stop, score_field)


class SearchBackend(PostgresSearchBackend):
    query_compiler_class = AnyWordQueryCompiler
