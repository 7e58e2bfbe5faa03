"""Property-based tests (hypothesis): whatever a resident types, the validators answer with a
ValidationError or a clean value, the forms with errors, and the forum's markup never with a script.

Examples are drawn deterministically (the "portal" profile in tests/conftest.py).
"""

import re
from html.parser import HTMLParser

from django.core.exceptions import ValidationError

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.forms import ApplicantForm, ContactForm, ReporterForm, SuggestionForm
from feedback.identity import nik_birth_date, normalise_phone, validate_nik
from forums.rendering import TAGS, URL_SCHEMES, render
from tests.feedback.conftest import build_places

# Text that looks like what the validators expect, and anything at all.
digits_and_separators = st.text(alphabet="0123456789 -.()+٠١٢٣", max_size=24)
anything = st.text(max_size=60)
typed = digits_and_separators | anything


@given(typed)
def test_a_nik_is_sixteen_ascii_digits_or_refused(value):
    try:
        nik = validate_nik(value)
    except ValidationError:
        return
    assert re.fullmatch(r"[0-9]{16}", nik)
    born, sex = nik_birth_date(nik)
    assert sex in ("L", "P") and born.year >= 1900


@given(st.from_regex(r"[0-9]{16}", fullmatch=True))
def test_a_birth_date_from_any_sixteen_digits_or_refused(value):
    try:
        born, sex = nik_birth_date(value)
    except ValidationError:
        return
    assert sex in ("L", "P")


@given(typed)
def test_a_phone_number_is_indonesian_mobile_e164_or_refused(value):
    try:
        phone = normalise_phone(value)
    except ValidationError:
        return
    assert re.fullmatch(r"\+628[0-9]{8,11}", phone)


FORM_FIELDS = st.dictionaries(
    st.sampled_from(
        ["name", "nik", "birth_date", "address", "kecamatan", "kelurahan", "email", "phone", "identity"]
        + ["allow_publication", "suggestion", "website"]
    ),
    typed | st.sampled_from(["biasa", "anonim", "rahasia", "2026-13-45", "1", "-1", "on"]),
)

no_db_healthcheck = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.django_db
@no_db_healthcheck
@given(data=FORM_FIELDS)
@pytest.mark.parametrize("form_class", [ApplicantForm, ContactForm, ReporterForm, SuggestionForm])
def test_forms_answer_any_input_with_errors_not_exceptions(form_class, data):
    form = form_class(data=data)
    if not form.is_valid():
        assert form.errors


@pytest.fixture
def places(db):
    return build_places()


@pytest.mark.django_db
@no_db_healthcheck
@given(nik=typed, birth_date=st.dates().map(str) | anything)
def test_the_applicant_form_with_real_places(places, nik, birth_date):
    form = ApplicantForm(
        data={
            "name": "Rina Marlina",
            "nik": nik,
            "birth_date": birth_date,
            "address": "Jl. Soekarno-Hatta 1",
            "kecamatan": places["talawi"].pk,
            "kelurahan": places["talawi_hilir"].pk,
        }
    )
    if form.is_valid():
        assert nik_birth_date(form.cleaned_data["nik"])[0] == form.cleaned_data["birth_date"]
    else:
        assert set(form.errors) <= {"nik", "birth_date"}


# Pieces an attacker (or a careless paste) puts in a forum post.
HTML_PIECES = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<script",
        "</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        "<a href='https://example.org' onclick='steal()'>",
        "<svg onload=alert(1)>",
        "<iframe src=//evil.example>",
        "<style>body{}</style>",
        '"><script>',
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "&lt;script&gt;",
        "&#60;script&#62;",
        "&#x6A;avascript:",
        "onmouseover=",
        " onerror=",
        "https://example.org/?q=<b>",
        "www.example.org",
        "mailto:warga@example.org",
        "**",
        "*",
        "> ",
        "- ",
        "1. ",
        "\n",
        "\n\n",
        '"',
        "'",
        "<",
        ">",
        "&",
        "=",
    ]
)
MARKUP = st.lists(HTML_PIECES | st.text(max_size=12), max_size=25).map("".join)


class Elements(HTMLParser):
    """The tags and attributes a browser would see in the rendered HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


def assert_harmless(html):
    assert "<script" not in html.lower()
    parser = Elements()
    parser.feed(html)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag in TAGS, tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name == "href":
                scheme = value.split(":", 1)[0].strip().lower() if ":" in value else ""
                assert scheme in URL_SCHEMES or not scheme, value


@given(MARKUP, st.booleans())
def test_forum_markup_never_yields_a_script_or_event_handler(text, nofollow):
    assert_harmless(str(render(text, nofollow=nofollow)))


@given(st.text())
def test_forum_markup_of_any_text(text):
    assert_harmless(str(render(text)))
