"""The OpenAPI 3.1 description of the dataset downloads, generated from the registry, and of the
Wagtail API at /api/v2/ (opendata.api_schema)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .registry import DATASETS, Field


def _field_schema(field: Field) -> dict:
    schema = {
        "type": [field.type, "null"] if field.nullable else field.type,
        "description": str(field.description),
    }
    if field.format:
        schema["format"] = field.format
    return schema


def _metadata_schema() -> dict:
    text = {"type": "string"}
    return {
        "type": "object",
        "properties": {
            "title": text,
            "description": text,
            "licence": text,
            "licence_url": {"type": "string", "format": "uri"},
            "generated_at": {
                "type": "string",
                "format": "date-time",
                "description": _(
                    "When the data were generated; they may be served from a cache for a few minutes."
                ),
            },
            "source": {"type": "string", "format": "uri", "description": _("The address of this data.")},
            "documentation": {"type": "string", "format": "uri"},
            "language": text,
            "parameters": {"type": "object", "description": _("The parameters the data were made with.")},
            "fields": {
                "type": "array",
                "items": {"type": "object", "properties": {"name": text, "description": text}},
            },
            "count": {"type": "integer"},
        },
    }


def _dataset_paths(dataset, path) -> dict:
    name = dataset.slug.capitalize()
    parameters = [
        {
            "name": parameter.name,
            "in": "query",
            "required": False,
            "description": str(parameter.description),
            "schema": parameter.json_schema(),
        }
        for parameter in dataset.parameters
    ]
    common = {"summary": str(dataset.title), "description": str(dataset.description), "tags": [dataset.slug]}
    licence_header = {
        "description": _("The licence, as a link with rel=license."),
        "schema": {"type": "string"},
    }
    generated_header = {"description": _("When the data were generated."), "schema": {"type": "string"}}
    too_many = {"$ref": "#/components/responses/TooManyRequests"}
    errors = {}
    if dataset.parameters:
        errors = {
            "400": {
                "description": _(
                    "A parameter outside its schema: the message says which (in JSON for .json, as plain "
                    "text for .csv). A query that is not valid UTF-8 or holds a NUL byte gets an HTML page."
                ),
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ParameterError"}},
                    "text/plain": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}},
                },
            },
            "404": {
                "description": _("A period that does not exist, such as a third semester."),
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ParameterError"}},
                    "text/plain": {"schema": {"type": "string"}},
                },
            },
        }
    return {
        f"{path}.json": {
            "get": {
                **common,
                "operationId": f"{dataset.slug}Json",
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": _("The data with their metadata."),
                        "headers": {"Link": licence_header, "Last-Modified": generated_header},
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                    },
                    **errors,
                    "429": too_many,
                },
            }
        },
        f"{path}.csv": {
            "get": {
                **common,
                "operationId": f"{dataset.slug}Csv",
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": _(
                            "The same rows as CSV: UTF-8 with a byte-order mark, then a header row of the "
                            "field names."
                        ),
                        "headers": {
                            "Link": licence_header,
                            "Last-Modified": generated_header,
                            "Content-Disposition": {"schema": {"type": "string"}},
                        },
                        "content": {"text/csv": {"schema": {"type": "string"}}},
                    },
                    **errors,
                    "429": too_many,
                },
            }
        },
    }


def openapi_document(base_url: str) -> dict:
    """The description, with one server per language (Indonesian at the root, others under /<code>)."""
    schemas = {
        "Metadata": _metadata_schema(),
        "Error": {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"]},
        "ParameterError": {
            "type": "object",
            "properties": {
                "detail": {"type": "string", "description": _("What is wrong, in the page's language.")},
                "parameter": {"type": "string", "description": _("The parameter at fault.")},
            },
            "required": ["detail", "parameter"],
        },
    }
    paths = {}
    for dataset in DATASETS.values():
        with translation.override(settings.LANGUAGE_CODE):  # the path without a language prefix
            path = reverse("opendata:json", args=[dataset.slug]).removesuffix(".json")
        paths.update(_dataset_paths(dataset, path))
        row = {
            "type": "object",
            "properties": {field.name: _field_schema(field) for field in dataset.fields},
            "required": [field.name for field in dataset.fields],
        }
        schemas[dataset.slug.capitalize()] = {
            "allOf": [
                {"$ref": "#/components/schemas/Metadata"},
                {"type": "object", "properties": {"data": {"type": "array", "items": row}}},
            ]
        }
    from .api_schema import api_paths, api_schemas  # opendata.api imports the views, which import this

    for path, item in api_paths().items():
        # Language-neutral: one address for every language (?locale=).
        paths[path] = {"servers": [{"url": base_url}], **item}
    schemas.update(api_schemas())
    return {
        "openapi": "3.1.0",
        "info": {
            "title": _("Open data"),
            "version": "1",
            "description": _(
                "Public data of the portal as JSON and CSV, and the read-only Wagtail API at /api/v2/: "
                "pages, services, announcements, agencies and categories in every language."
            ),
            "license": {"name": settings.OPEN_DATA_LICENCE, "url": settings.OPEN_DATA_LICENCE_URL},
        },
        "servers": [
            {
                "url": base_url if code == settings.LANGUAGE_CODE else f"{base_url}/{code}",
                "description": str(label),
            }
            for code, label in settings.LANGUAGES
        ],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "responses": {
                "TooManyRequests": {
                    "description": _("Over the rate limit."),
                    "headers": {
                        "Retry-After": {
                            "description": _("Seconds to wait."),
                            "schema": {"type": "integer"},
                        }
                    },
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            },
        },
    }
