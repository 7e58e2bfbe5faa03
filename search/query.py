"""Turning what a resident typed into what the search backend gets: cleaned, read, then widened.

Residents type "bikin ktp", "akta lahir" or "izin usaha"; the pages say "Penggantian KTP-el", "Akta
Kelahiran", "NIB". Editors keep synonym groups (search.models.SynonymGroup) per language. A query is
read as a list of *concepts*: each word, or each run of words that is a term of a synonym group
("akta lahir"), with every term of the groups it belongs to as alternatives. Filler words ("cara",
"mau", "bikin", "syarat") are dropped, unless the query has nothing else.

Two backend queries come out of it. The *strict* one asks for every concept (any alternative of
each; a term of several words as a phrase); the *loose* one for any word at all. Results are the
strict matches first, those with more concepts in their title first (the database backends ignore
Wagtail's `Boost`), then the rest of the loose ones (`RankedResults`). All of this runs before the
backend, so it works the same on SQLite, PostgreSQL and Elasticsearch/OpenSearch.

Both search boxes use this module: the site search (/cari/, search.views) and the service index's own
filter (/layanan/?q=, services_catalog.filters), so "kk" or "izin usaha" finds the same services in
both, and both show the editors' best bets for the query (`best_bets`).
"""

import re
from dataclasses import dataclass
from functools import cached_property

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, Phrase, PlainText

from home.cache import cached

from .models import SynonymGroup

MAX_QUERY_LENGTH = 200
# Letters and digits of any script, and the hyphen inside words such as "KTP-el". Everything else
# (quotes, *, &, |, !, :, brackets, emoji) is an operator to some backend, so it becomes a space.
NOT_A_WORD = re.compile(r"[^\w\-]+|(?<!\w)-|-(?!\w)|_")
# Words that say how or why someone asks, not what for: "gimana cara bikin ktp dong". They would
# match almost every service page ("syarat", "cara") or none ("dong"), so they are left out. (Word
# lists as text: one word a line would make the list 70 lines long.)
FILLER_WORDS = {
    "id": frozenset(
        "ada aja apa apakah bagaimana bgmn bikin bikinin bisa buat cara dgn di dimana dong gimana gmn "  # noqa: SIM905
        "gw ingin ini itu kak ke kah mau membuat mengurus min mohon nya ngurus pembuatan pengen perlu "
        "persyaratan pingin saja saya sy syarat tolong untuk urus utk yang yg".split()
    ),
    "en": frozenset(
        "a an apply can do does for get getting how i in is make my need of please the to want what "  # noqa: SIM905
        "where".split()
    ),
}
# Strict matches taken from the backend and re-ordered by title; more than any first page shows.
STRICT_LIMIT = 50
BEST_BETS = 3


def clean(raw: str) -> str:
    """The query as words separated by single spaces, lower case, at most MAX_QUERY_LENGTH characters."""
    return " ".join(NOT_A_WORD.sub(" ", raw[:MAX_QUERY_LENGTH]).lower().split())


def synonym_groups(language: str) -> list[list[str]]:
    """Each group's terms, cleaned as queries are (so "KTP-el" and "ktp-el" are the same term)."""

    def compute():
        groups = SynonymGroup.objects.filter(locale__language_code=language).order_by("pk")
        return [[term for term in map(clean, group.term_list()) if term] for group in groups]

    return cached(f"synonyms:{language}", compute)


@dataclass(frozen=True)
class Meaning:
    """What a cleaned query asks for."""

    concepts: tuple[tuple[str, ...], ...]  # each: alternatives, one of which a strict match contains
    words: tuple[str, ...]  # the query's words, then their synonyms' words: for the loose query

    def strict_query(self):
        def alternative(term):
            return Phrase(term) if " " in term else PlainText(term, operator="and")

        def concept(alternatives):
            queries = [alternative(term) for term in alternatives]
            return queries[0] if len(queries) == 1 else Or(queries)

        queries = [concept(alternatives) for alternatives in self.concepts]
        return queries[0] if len(queries) == 1 else And(queries)

    def loose_query(self):
        return PlainText(" ".join(self.words), operator="or")

    def title_score(self, title: str) -> int:
        """How many concepts the title names (whole words; "ktp" is in "KTP-el")."""
        title = clean(title)
        return sum(any(_contains(title, term) for term in alternatives) for alternatives in self.concepts)


def _contains(text: str, term: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text) is not None


def expand(query: str, language: str) -> Meaning:
    """Read a cleaned query: its concepts, longest synonym terms first, and every word to search for."""
    synonyms: dict[tuple[str, ...], list[str]] = {}  # a term's words → the terms of its groups
    for group in synonym_groups(language):
        for term in group:
            synonyms.setdefault(tuple(term.split()), []).extend(group)
    longest = max((len(words) for words in synonyms), default=1)
    tokens = query.split()
    fillers = FILLER_WORDS.get(language, frozenset())
    if all(token in fillers for token in tokens):
        fillers = frozenset()  # "cara" alone: search for it rather than for nothing

    concepts, position = [], 0
    while position < len(tokens):
        for size in range(min(longest, len(tokens) - position), 0, -1):
            term = tuple(tokens[position : position + size])
            if size == 1 and term[0] in fillers:
                concept = None
                break
            if term in synonyms:
                concept = (" ".join(term), *synonyms[term])
                break
        else:
            concept = (tokens[position],)
        if concept is not None:
            concepts.append(tuple(dict.fromkeys(concept)))  # unique, in order
        position += size
    concepts = list(dict.fromkeys(concepts))
    words = [word for alternatives in concepts for term in alternatives for word in term.split()]
    return Meaning(concepts=tuple(concepts), words=tuple(dict.fromkeys(words)))


class RankedResults:
    """Search results of `queryset` for `meaning`, best first; countable and sliceable for Paginator.

    The strict matches come first, those naming more concepts in their title before the others (a
    stable sort, so the backend's order holds among equals); then the loose matches not already shown.
    Every strict match is also a loose one, so the loose count is the total. A slice costs one query
    for the strict matches (once) and one for the loose ones when the strict ones do not fill it.
    """

    def __init__(self, queryset, meaning: Meaning):
        backend = get_search_backend()
        self.meaning = meaning
        self._strict = backend.search(meaning.strict_query(), queryset)
        self._loose = backend.search(meaning.loose_query(), queryset)
        # Counting needs no ranking: without it the database skips scoring every match.
        self._all = backend.search(meaning.loose_query(), queryset, order_by_relevance=False)

    @cached_property
    def strict(self) -> list:
        found = list(self._strict[:STRICT_LIMIT])
        return sorted(found, key=lambda item: -self.meaning.title_score(item.title))

    @cached_property
    def _count(self) -> int:
        return max(self._all.count(), len(self.strict))

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __iter__(self):
        return iter(self[: self._count])  # three queries at most, however many results

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(self._count)
        items = self.strict[start:stop]
        missing = stop - start - len(items)
        if missing > 0:
            shown = {item.pk for item in self.strict}
            offset = max(0, start - len(self.strict))
            # Skip the strict matches among the loose ones: fetch that many more, then drop them.
            loose = self._loose[: offset + missing + len(shown)]
            items += [item for item in loose if item.pk not in shown][offset : offset + missing]
        return items


def best_bets(query: str):
    """The editors' promoted pages and links for a cleaned query (Wagtail's search promotions), in order."""
    return SearchPromotion.objects.filter(query__query_string=query).select_related("page")[:BEST_BETS]


def highlight_pattern(words) -> re.Pattern | None:
    """A pattern that finds any of `words` (and longer words starting with them) in a text."""
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})", re.IGNORECASE)
