"""Purge the cached pages an agency or service category shows on (home.page_cache, home.purge): the
pages that choose it, the service lists (filters and cards name it), and for agencies the statistics
pages that list them; categories are also listed on the home page."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from home.models import HomePage
from home.purge import every_language, paths_of_pages, purge_object

from .models import Agency, ServiceCategory, ServiceIndexPage

AGENCY_LISTINGS = ("feedback:ikm", "feedback:performance", "feedback:answers")


@receiver(post_save, sender=Agency, dispatch_uid="page-cache-agency-saved")
@receiver(post_delete, sender=Agency, dispatch_uid="page-cache-agency-deleted")
def purge_agency(instance, **kwargs):
    listings = paths_of_pages(ServiceIndexPage.objects.live()).union(*map(every_language, AGENCY_LISTINGS))
    purge_object(instance, listings)


@receiver(post_save, sender=ServiceCategory, dispatch_uid="page-cache-category-saved")
@receiver(post_delete, sender=ServiceCategory, dispatch_uid="page-cache-category-deleted")
def purge_category(instance, **kwargs):
    purge_object(instance, paths_of_pages([*ServiceIndexPage.objects.live(), *HomePage.objects.live()]))
