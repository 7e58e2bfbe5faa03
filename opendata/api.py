"""The read-only Wagtail API v2 at /api/v2/: public pages, services, announcements and the snippets
they point to (agencies and categories), in every language (`?locale=id|en`).

Anonymous and JSON only: no session or login is looked at, so nothing personal can leak through it and
a list costs a fixed handful of queries. Rate-limited together with the downloads (opendata.limits).
"""

import re

from django.http import Http404

from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from rest_framework.fields import CharField
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import BaseThrottle

from home.models import AnnouncementCategory, AnnouncementPage
from services_catalog.models import Agency, ServiceCategory, ServicePage

from . import limits
from .views import licence_link


class OpenDataThrottle(BaseThrottle):
    def allow_request(self, request, view):
        return not limits.over_limit(request)

    def wait(self):
        return limits.PERIOD


# The largest item number a database key holds: a larger one in the address is simply not found
# (SQLite would raise OverflowError, a 500).
MAX_ID = 2**63 - 1
SEARCH_OPERATORS = ("and", "or")
PAGE_FILTERS = ("child_of", "descendant_of", "ancestor_of", "translation_of")  # a page's number


def too_large(value: str) -> bool:
    """A number no database key holds (its queries would overflow: a 500 on SQLite)."""
    return bool(re.fullmatch(r"[0-9]+", value)) and (len(value) > 19 or int(value) > MAX_ID)


class Pagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        if too_large(request.GET.get("offset", "")):
            raise BadRequestError(f"offset must be at most {MAX_ID}")
        return super().paginate_queryset(queryset, request, view)


class PublicEndpoint:
    """Anonymous, JSON, rate-limited and licensed like the downloads."""

    authentication_classes = []
    renderer_classes = [JSONRenderer]
    throttle_classes = [OpenDataThrottle]
    pagination_class = Pagination

    def get_object(self):
        if int(self.kwargs["pk"]) > MAX_ID:
            raise Http404("not found")
        return super().get_object()

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Link"] = licence_link()
        return response


class PagesEndpoint(PublicEndpoint, PagesAPIViewSet):
    # Foreign keys shown in lists: loaded with the pages, in the same query.
    related = {ServicePage: ["agency", "category"], AnnouncementPage: ["category"]}

    def get_base_queryset(self):
        # Wagtail asks for it several times per request, each time querying view restrictions and
        # the site's translations again; one view instance serves one request, so keep it.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.select_related("locale", *self.related.get(queryset.model, []))

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        # Wagtail's search backends read any other value as their default: say so instead.
        if self.request.GET.get("search_operator", "and") not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be and or or")
        for name in PAGE_FILTERS:
            if too_large(self.request.GET.get(name, "")):
                raise BadRequestError(f"{name} must be at most {MAX_ID}")


class TypedPagesEndpoint(PagesEndpoint):
    """The pages of one type, in `ordering` unless ?order= says otherwise."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"type"}
    ordering = ()

    def get_queryset(self):
        return super().get_queryset().order_by(*self.ordering)


class ServicesEndpoint(TypedPagesEndpoint):
    model = ServicePage
    name = "services"
    ordering = ("title", "pk")
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "summary",
        "agency",
        "category",
        "processing_days",
        "cost",
        "online_application",
    ]


class AnnouncementsEndpoint(TypedPagesEndpoint):
    model = AnnouncementPage
    name = "announcements"
    ordering = ("-date", "-pk")
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "date", "category", "summary"]


class SnippetEndpoint(PublicEndpoint, BaseAPIViewSet):
    """A translatable snippet: every field, in each language (`?locale=`), filterable by field."""

    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])
    meta_fields = [
        *BaseAPIViewSet.meta_fields,
        APIField("locale", serializer=CharField(source="locale.language_code", read_only=True)),
    ]

    def get_queryset(self):
        return self.model.objects.select_related("locale").order_by("pk")

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.get_available_fields(model)


class AgenciesEndpoint(SnippetEndpoint):
    model = Agency
    name = "agencies"
    # The office's public contact details, as every service page shows them.
    body_fields = [
        "id",
        "name",
        "short_name",
        "slug",
        "address",
        "head_office",
        "phone",
        "email",
        "opening_hours",
        "map_url",
    ]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name", "short_name", "slug"]


class ServiceCategoriesEndpoint(SnippetEndpoint):
    model = ServiceCategory
    name = "service-categories"
    body_fields = ["id", "name", "slug", "description", "icon", "sort_order"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name", "slug"]


class AnnouncementCategoriesEndpoint(SnippetEndpoint):
    model = AnnouncementCategory
    name = "announcement-categories"
    body_fields = ["id", "name", "slug"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name", "slug"]


api_router = WagtailAPIRouter("wagtailapi")
# Typed endpoints first: a service's or announcement's detail_url then points to its own endpoint.
for endpoint in (
    ServicesEndpoint,
    AnnouncementsEndpoint,
    PagesEndpoint,
    AgenciesEndpoint,
    ServiceCategoriesEndpoint,
    AnnouncementCategoriesEndpoint,
):
    api_router.register_endpoint(endpoint.name, endpoint)
