"""Demo synonym groups: the words residents use for the demo services, in Indonesian and English."""

from wagtail.models import Locale

from home.cache import bump_content_version
from home.demo import DemoContext, demo_loader

from . import demo_content as content
from .models import SynonymGroup


@demo_loader(order=110)
def load_synonyms(context: DemoContext) -> list[str]:
    """Create the groups that are missing; a group an editor has changed is left as it is."""
    changes = []
    for language, groups in (("id", content.INDONESIAN), ("en", content.ENGLISH)):
        locale = Locale.objects.get(language_code=language)
        existing = set(SynonymGroup.objects.filter(locale=locale).values_list("terms", flat=True))
        missing = [SynonymGroup(locale=locale, terms=terms) for terms in groups if terms not in existing]
        SynonymGroup.objects.bulk_create(missing)
        if missing:
            changes.append(f"{len(missing)} synonym groups ({language})")
    if changes:
        bump_content_version()  # bulk_create sends no post_save: drop the cached synonym lists here
    return changes
