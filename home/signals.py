"""Keep cached fragments in step with content: see home.cache."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import bump_content_version

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
