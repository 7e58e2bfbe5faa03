"""A changed synonym group changes search results: drop the cached synonym lists (see home.cache)."""

from django.db.models.signals import post_delete, post_save

from home.cache import bump_content_version

from .models import SynonymGroup

post_save.connect(bump_content_version, sender=SynonymGroup, dispatch_uid="synonyms-saved")
post_delete.connect(bump_content_version, sender=SynonymGroup, dispatch_uid="synonyms-deleted")
