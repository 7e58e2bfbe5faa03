"""Indonesian is the default language: every UI string must be translated and compiled."""

from django.conf import settings

import polib

PO_FILE = settings.BASE_DIR / "locale" / "id" / "LC_MESSAGES" / "django.po"


def catalogue(entries):
    """{(context, msgid): translation}, with plural forms as a tuple in form order."""
    return {
        (entry.msgctxt, entry.msgid): (
            tuple(entry.msgstr_plural[form] for form in sorted(entry.msgstr_plural, key=int))
            if entry.msgid_plural
            else entry.msgstr
        )
        for entry in entries
        if entry.msgid
    }


def test_every_ui_string_has_an_indonesian_translation():
    po = polib.pofile(str(PO_FILE))
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


def test_compiled_catalogue_matches_the_po_file():
    po = polib.pofile(str(PO_FILE))
    mo = polib.mofile(str(PO_FILE.with_suffix(".mo")))
    assert catalogue(mo) == catalogue(po.translated_entries()), "run `make messages` to recompile"
