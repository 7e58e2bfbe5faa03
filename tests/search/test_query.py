"""search.query: cleaning what residents type, and reading it with the editors' synonym groups."""

import re

from wagtail.models import Locale

import pytest

from search.models import SynonymGroup
from search.query import MAX_QUERY_LENGTH, clean, expand

# What may reach a backend: words of letters and digits, a hyphen only between two of them.
SAFE = re.compile(r"^(?:[^\W_]+(?:-[^\W_]+)*(?: |$))*$")


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("' OR 1=1 --", "or 1 1"),
        ('"', ""),
        ('"akta kelahiran"', "akta kelahiran"),
        ("*", ""),
        ("akta*", "akta"),
        ("&", ""),
        ("ktp & kk", "ktp kk"),
        ("|", ""),
        ("akta | kk", "akta kk"),
        ("!", ""),
        ("!akta", "akta"),
        (":", ""),
        ("title:akta", "title akta"),
        ("NEAR(akta kk)", "near akta kk"),
        ("-akta", "akta"),
        ("akta -", "akta"),
        ("KTP-el", "ktp-el"),
        ("e-KTP", "e-ktp"),
        ("a_b", "a b"),
        ("%_\\", ""),
        ("\u0000akta\u200b", "akta"),
        ("🎉🪪", ""),
        ("akta 🎉 kelahiran", "akta kelahiran"),
        ("КТП akta 身份证 بطاقة", "ктп akta 身份证 بطاقة"),
        ("  Akta   KELAHIRAN ", "akta kelahiran"),
        ("<script>alert(1)</script>", "script alert 1 script"),
    ],
)
def test_clean_leaves_words_only(raw, cleaned):
    assert clean(raw) == cleaned
    assert SAFE.match(clean(raw))


def test_clean_cuts_a_long_query():
    assert len(clean("a" * 5000)) == MAX_QUERY_LENGTH
    assert len(clean("akta " * 1000)) <= MAX_QUERY_LENGTH
    assert SAFE.match(clean("akta " * 1000))


@pytest.fixture
def synonyms(db):
    indonesian, _ = Locale.objects.get_or_create(language_code="id")
    english, _ = Locale.objects.get_or_create(language_code="en")
    for terms in [
        "KTP, KTP-el, e-KTP, kartu tanda penduduk",
        "akta lahir, akta kelahiran, akte lahir",
        "akta, akte",
        "izin usaha, NIB, OSS",
        "bikin, buat, membuat, mengurus",
    ]:
        SynonymGroup.objects.create(locale=indonesian, terms=terms)
    SynonymGroup.objects.create(locale=english, terms="ID card, KTP, identity card")
    return indonesian


def test_a_term_brings_in_every_term_of_its_group(synonyms):
    meaning = expand("ktp", "id")

    assert meaning.concepts == (("ktp", "ktp-el", "e-ktp", "kartu tanda penduduk"),)
    assert meaning.words == ("ktp", "ktp-el", "e-ktp", "kartu", "tanda", "penduduk")


def test_filler_words_are_left_out_unless_nothing_else_is_asked(synonyms):
    assert expand("gimana cara bikin ktp dong", "id").concepts == expand("ktp", "id").concepts
    assert "bikin" not in expand("bikin ktp", "id").words
    assert expand("cara", "id").concepts == (("cara",),)
    assert expand("bikin", "id").concepts == (("bikin", "buat", "membuat", "mengurus"),)


def test_the_longest_term_wins_and_a_term_of_several_words_counts_as_a_whole(synonyms):
    assert expand("akte lahir anak", "id").concepts == (
        ("akte lahir", "akta lahir", "akta kelahiran"),
        ("anak",),
    )
    assert expand("akte kematian", "id").concepts == (("akte", "akta"), ("kematian",))
    # "izin" alone is not "izin usaha".
    assert expand("izin praktik", "id").concepts == (("izin",), ("praktik",))


def test_terms_match_whole_words_only(synonyms):
    assert expand("ktpku", "id").concepts == (("ktpku",),)
    assert expand("oss-nya", "id").concepts == (("oss-nya",),)
    assert expand("nib", "id").concepts == (("nib", "izin usaha", "oss"),)


def test_each_language_has_its_own_groups(synonyms):
    assert expand("id card", "en").concepts == (("id card", "ktp", "identity card"),)
    assert expand("id card", "id").concepts == (("id",), ("card",))
    assert expand("ktp", "fr").concepts == (("ktp",),)


def test_a_changed_group_changes_the_reading_at_once(synonyms):
    assert expand("sktm", "id").concepts == (("sktm",),)
    group = SynonymGroup.objects.create(locale=synonyms, terms="SKTM, surat keterangan tidak mampu")
    assert expand("sktm", "id").concepts == (("sktm", "surat keterangan tidak mampu"),)
    group.delete()
    assert expand("sktm", "id").concepts == (("sktm",),)


def test_the_title_score_counts_the_concepts_a_title_names(synonyms):
    meaning = expand("ktp hilang", "id")

    assert meaning.title_score("Penggantian KTP-el Hilang atau Rusak") == 2
    assert meaning.title_score("Perekaman dan Pencetakan KTP-el Pemula") == 1
    assert meaning.title_score("Kartu Keluarga") == 0


@pytest.mark.parametrize("raw", ["' OR 1=1 --", '"akta', "akta AND OR NOT", "🎉🪪 КТП", "a" * 5000])
def test_hostile_queries_give_plain_words_to_the_backend(synonyms, raw):
    meaning = expand(clean(raw), "id")
    for alternatives in meaning.concepts:
        for term in alternatives:
            assert SAFE.match(term)
