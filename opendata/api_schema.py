"""The OpenAPI description of the read-only Wagtail API at /api/v2/ (opendata.api), generated from
its endpoints: the same field names the API accepts in `fields`, `order` and the field filters.

Wagtail describes none of its API; this module is what `/data-terbuka/openapi.json` adds for it.
"""

import re

from django.conf import settings
from django.utils.translation import gettext as _

from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import get_page_models

from .api import MAX_ID, SEARCH_OPERATORS, api_router

LIMIT_MAX = 20  # Wagtail's default WAGTAILAPI_LIMIT_MAX
TAG = "wagtail-api"
PAGE_NUMBER = {"type": "integer", "minimum": 1, "maximum": MAX_ID}


def _fields_pattern(names) -> str:
    """?fields= as Wagtail parses it: names and -names, or * then only -names, or _ then only names."""
    name = "(?:" + "|".join(re.escape(name) for name in names) + ")"
    items = f"-?{name}(?:,-?{name})*"
    return rf"^(?:{items}|\*(?:,-{name})*|_(?:,{name})*)?$"  # empty: as if not given


def _order_pattern(names) -> str:
    name = "-?(?:" + "|".join(re.escape(name) for name in names) + ")"
    return f"^(?:{name}(?:,{name})*)?$"


def page_type_names() -> list[str]:
    return [f"{model._meta.app_label}.{model.__name__}" for model in get_page_models()]


def _query(name, description, schema) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def _page_reference(name, description) -> dict:
    return _query(name, description, {"oneOf": [PAGE_NUMBER, {"type": "string", "const": "root"}]})


def _parameters(name, endpoint, listing: bool) -> list[dict]:
    model = endpoint.model
    fields = endpoint.get_available_fields(model)
    parameters = [
        _query(
            "fields",
            _(
                "Fields to show, comma-separated: a name adds it, -name removes it, * first starts from "
                "every field and _ from none."
            ),
            {"type": "string", "pattern": _fields_pattern(fields)},
        )
    ]
    if not listing:
        return parameters
    database_fields = endpoint.get_available_fields(model, db_fields_only=True)
    is_pages = issubclass(endpoint, PagesAPIViewSet)
    parameters += [
        _query(
            "limit",
            _("How many items, at most %(max)d (20 by default).") % {"max": LIMIT_MAX},
            {"type": "integer", "minimum": 0, "maximum": LIMIT_MAX},
        ),
        _query("offset", _("How many items to skip."), {"type": "integer", "minimum": 0, "maximum": MAX_ID}),
        _query(
            "order",
            _("Fields to sort by, comma-separated; -name sorts in reverse."),
            {"type": "string", "pattern": _order_pattern(database_fields)},
        ),
        _query(
            "locale",
            _("Only the items in this language."),
            {"type": "string", "enum": [code for code, _label in settings.LANGUAGES]},
        ),
        _query("slug", _("Only the item with this slug."), {"type": "string"}),
    ]
    if is_pages:
        parameters += [
            _query("search", _("Words to search for."), {"type": "string"}),
            _query(
                "search_operator",
                _("Whether every word (and) or any word (or) must match."),
                {"type": "string", "enum": list(SEARCH_OPERATORS)},
            ),
            _page_reference("child_of", _("Only the children of this page (its id, or root).")),
            _page_reference("descendant_of", _("Only the pages below this page (its id, or root).")),
            _query("ancestor_of", _("Only the pages above this page."), PAGE_NUMBER),
            _query(
                "translation_of",
                _("Only the translations of this page."),
                PAGE_NUMBER,
            ),
        ]
    if name == "pages":
        parameters.append(
            _query(
                "type",
                _("Only pages of this type, as app_label.ModelName, e.g. services_catalog.ServicePage."),
                {"type": "string", "enum": sorted(page_type_names())},
            )
        )
    if name == "services":
        parameters.append(
            _query(
                "online_application",
                _("Only the services that can (true) or cannot (false) be applied for online."),
                {"type": "boolean"},
            )
        )
    return parameters


def _item_schema(endpoint) -> dict:
    meta = {
        "type": "object",
        "properties": {
            "type": {"type": "string", "description": "app_label.ModelName"},
            "detail_url": {"type": "string", "format": "uri"},
            "locale": {"type": "string"},
        },
    }
    if issubclass(endpoint, PagesAPIViewSet):
        meta["properties"] |= {
            "html_url": {"type": ["string", "null"], "format": "uri"},
            "slug": {"type": "string"},
            "first_published_at": {"type": ["string", "null"], "format": "date-time"},
        }
    return {
        "type": "object",
        "description": _("The fields asked for with ?fields= (the defaults without it)."),
        "properties": {"id": {"type": "integer"}, "meta": meta},
    }


def _responses(endpoint, ok: dict) -> dict:
    message = {"$ref": "#/components/schemas/ApiMessage"}
    return {
        "200": {
            **ok,
            "headers": {
                "Link": {
                    "description": _("The licence, as a link with rel=license."),
                    "schema": {"type": "string"},
                }
            },
        },
        "400": {
            "description": _(
                "An unknown parameter or field, a value it cannot use, or a filter naming a page that "
                "does not exist. A query that is not valid UTF-8 or holds a NUL byte gets an HTML page."
            ),
            "content": {"application/json": {"schema": message}, "text/html": {"schema": {"type": "string"}}},
        },
        "404": {
            "description": _(
                "No such item, or no such locale (in JSON); an address with no item number at all gets "
                "the site's HTML page."
            ),
            "content": {"application/json": {"schema": message}, "text/html": {"schema": {"type": "string"}}},
        },
        "429": {"$ref": "#/components/responses/TooManyRequests"},
    }


def api_paths() -> dict:
    # The router's names: Django REST framework's as_view() resets each endpoint's `name` to None.
    paths = {}
    for name, endpoint in api_router._endpoints.items():
        item = {"$ref": f"#/components/schemas/Api{endpoint.model.__name__}"}
        common = {"tags": [TAG, name]}
        paths[f"/api/v2/{name}/"] = {
            "get": {
                **common,
                "operationId": f"{name}List",
                "summary": _("List of %(name)s") % {"name": name},
                "parameters": _parameters(name, endpoint, listing=True),
                "responses": _responses(
                    endpoint,
                    {
                        "description": _("One page of the list, with the total count."),
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "meta": {
                                            "type": "object",
                                            "properties": {"total_count": {"type": "integer", "minimum": 0}},
                                            "required": ["total_count"],
                                        },
                                        "items": {"type": "array", "items": item},
                                    },
                                    "required": ["meta", "items"],
                                }
                            }
                        },
                    },
                ),
            }
        }
        paths[f"/api/v2/{name}/{{id}}/"] = {
            "get": {
                **common,
                "operationId": f"{name}Detail",
                "summary": _("One of %(name)s") % {"name": name},
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
                    },
                    *_parameters(name, endpoint, listing=False),
                ],
                "responses": _responses(
                    endpoint,
                    {
                        "description": _("Every field by default."),
                        "content": {"application/json": {"schema": item}},
                    },
                ),
            }
        }
    return paths


def api_schemas() -> dict:
    schemas = {
        "ApiMessage": {
            "type": "object",
            "properties": {"message": {"type": "string"}},
            "required": ["message"],
        }
    }
    for endpoint in api_router._endpoints.values():
        schemas[f"Api{endpoint.model.__name__}"] = _item_schema(endpoint)
    return schemas
