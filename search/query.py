"""Turning what a resident typed into what the search backend gets: cleaned, then widened by synonyms.

Residents type "bikin ktp", "akta lahir" or "izin usaha"; the pages say "Penggantian KTP-el", "Akta
Kelahiran", "NIB". Editors keep synonym groups (search.models.SynonymGroup) per language; when a
query contains any term of a group (as whole words), every other term of the group is searched too.
The words are OR-ed, so the backend ranks the pages that match most of them first. This runs before
the backend, so it works the same on the database backends and on Elasticsearch/OpenSearch.
"""

import re

from home.cache import cached

from .models import SynonymGroup

MAX_QUERY_LENGTH = 200
# Letters and digits of any script, and the hyphen inside words such as "KTP-el". Everything else
# (quotes, *, &, |, !, :, brackets, emoji) is an operator to some backend, so it becomes a space.
NOT_A_WORD = re.compile(r"[^\w\-]+|(?<!\w)-|-(?!\w)|_")


def clean(raw: str) -> str:
    """The query as words separated by single spaces, lower case, at most MAX_QUERY_LENGTH characters."""
    return " ".join(NOT_A_WORD.sub(" ", raw[:MAX_QUERY_LENGTH]).lower().split())


def synonym_groups(language: str) -> list[list[str]]:
    return cached(
        f"synonyms:{language}",
        lambda: [
            group.term_list()
            for group in SynonymGroup.objects.filter(locale__language_code=language).order_by("pk")
        ],
    )


def _contains(text: str, term: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text) is not None


def expand(query: str, language: str) -> list[str]:
    """The cleaned query's words, then the words of every synonym group one of its terms appears in."""
    words = query.split()
    for group in synonym_groups(language):
        if any(_contains(query, clean(term)) for term in group):
            words += [word for term in group for word in clean(term).split()]
    return list(dict.fromkeys(words))  # unique, in order


def highlight_pattern(words: list[str]) -> re.Pattern | None:
    """A pattern that finds any of `words` (and longer words starting with them) in a text."""
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})", re.IGNORECASE)
