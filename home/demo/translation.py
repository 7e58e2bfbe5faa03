"""Create translations of demo content through wagtail-localize, as an editor would.

A copied page would not be linked to its source for later syncs; going through a Translation
keeps the English tree managed by wagtail-localize.
"""

from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource


def publish_translation(instance, locale, strings: dict[str, str]):
    """Translate `instance` into `locale`, taking each source string's translation from `strings`.

    Strings missing from the mapping keep the source text (wagtail-localize's fallback).
    Returns the translated, published instance.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    translation.import_po(po)
    # wagtail-localize publishes pages in transaction.on_commit with the page as it was when the
    # revision was made; inside a longer transaction (load_demo, tests) that stale copy resets the
    # parent's numchild and hides its children (wagtail-localize#773). Save a draft and publish
    # it here, from the database, instead.
    has_drafts = isinstance(instance, DraftStateMixin)
    translation.save_target(publish=not has_drafts)
    translated = instance.get_translation(locale)
    if has_drafts:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated
