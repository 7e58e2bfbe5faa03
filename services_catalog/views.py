from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import ServicePage


# The form sits on service pages served from the page cache (home.page_cache), which hold no
# visitor's CSRF token. The vote is anonymous and carries nobody's authority, so a forged one is
# no more than a vote; it is limited per visitor and page like any other (ServicePage.helpful).
@csrf_exempt
@require_POST
def helpful_vote(request, page_id):
    """ "Was this page helpful?" on a service page: store the answer and go back to the page."""
    page = get_object_or_404(ServicePage.objects.live().public(), pk=page_id)
    return page.helpful(request)
