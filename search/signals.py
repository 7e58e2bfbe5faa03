"""A changed synonym group or best bet changes search results: drop the cached synonym lists (see
home.cache) and the cached results pages (home.page_cache)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.contrib.search_promotions.models import SearchPromotion

from home.cache import bump_content_version
from home.purge import every_language, purge_paths

from .models import SynonymGroup

post_save.connect(bump_content_version, sender=SynonymGroup, dispatch_uid="synonyms-saved")
post_delete.connect(bump_content_version, sender=SynonymGroup, dispatch_uid="synonyms-deleted")


@receiver(post_save, sender=SynonymGroup, dispatch_uid="page-cache-synonyms-saved")
@receiver(post_delete, sender=SynonymGroup, dispatch_uid="page-cache-synonyms-deleted")
@receiver(post_save, sender=SearchPromotion, dispatch_uid="page-cache-promotion-saved")
@receiver(post_delete, sender=SearchPromotion, dispatch_uid="page-cache-promotion-deleted")
def purge_results(**kwargs):
    purge_paths(every_language("search"))
