"""Keep cached fragments (home.cache), cached pages (home.purge) and image renditions (home.images) in
step with content."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from . import purge
from .cache import bump_content_version
from .models import AnnouncementCategory, AnnouncementIndexPage, FooterText, SiteSettings
from .tasks import generate_image_renditions

# Apps whose non-page models (snippets, settings) appear on public pages.
CONTENT_APPS = {"home", "services_catalog", "wagtailcore", "wagtailimages", "wagtaildocs"}

page_published.connect(bump_content_version, dispatch_uid="content-version-published")
page_unpublished.connect(bump_content_version, dispatch_uid="content-version-unpublished")
post_page_move.connect(bump_content_version, dispatch_uid="content-version-moved")


@receiver(post_save, dispatch_uid="content-version-saved")
@receiver(post_delete, dispatch_uid="content-version-deleted")
def content_model_changed(sender, instance, **kwargs):
    if sender._meta.app_label not in CONTENT_APPS:
        return
    # A page saved as a draft changes nothing public; publishing is signalled separately.
    if isinstance(instance, Page) and kwargs.get("signal") is post_save:
        return
    bump_content_version()


@receiver(post_save, sender=get_image_model(), dispatch_uid="image-renditions")
def image_saved(sender, instance, raw, **kwargs):
    # After commit: a worker makes the renditions (the admin form first deletes those of a replaced file).
    if not raw:
        transaction.on_commit(partial(generate_image_renditions.enqueue, instance.pk))


page_published.connect(purge.purge_page, dispatch_uid="page-cache-published")
page_unpublished.connect(purge.purge_page, dispatch_uid="page-cache-unpublished")
pre_page_move.connect(purge.remember_paths_before_move, dispatch_uid="page-cache-before-move")
post_page_move.connect(purge.purge_moved_page, dispatch_uid="page-cache-moved")


@receiver(post_save, sender=FooterText, dispatch_uid="page-cache-footer-saved")
@receiver(post_delete, sender=FooterText, dispatch_uid="page-cache-footer-deleted")
@receiver(post_save, sender=SiteSettings, dispatch_uid="page-cache-settings-saved")
def purge_shared_parts(**kwargs):
    purge.purge_everything()


@receiver(post_save, sender=AnnouncementCategory, dispatch_uid="page-cache-announcement-category-saved")
@receiver(post_delete, sender=AnnouncementCategory, dispatch_uid="page-cache-announcement-category-deleted")
def purge_announcement_category(instance, **kwargs):
    indexes = AnnouncementIndexPage.objects.live()
    purge.purge_object(instance, listings=purge.paths_of_pages(indexes))


@receiver(post_save, sender=get_image_model(), dispatch_uid="page-cache-image-saved")
@receiver(post_save, sender=get_document_model(), dispatch_uid="page-cache-document-saved")
def purge_media(instance, **kwargs):
    purge.purge_object(instance)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="page-cache-restriction-saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="page-cache-restriction-deleted")
def purge_restricted(instance, **kwargs):
    purge.purge_page(instance.page)
