"""The open-data API against its own OpenAPI document, with Schemathesis and every one of its checks.

One test per documented operation (the dataset downloads and the Wagtail API under /api/v2/), run
against the site served by pytest-django's live server with the data the other open-data tests use.
Schemathesis draws valid and invalid parameters (examples, coverage of each schema's edges, then
random ones) and undeclared methods, and checks every answer: no server error, status codes,
content types, headers and bodies as documented, invalid data refused and valid data accepted, 405
with an Allow header for what is not declared. Any failure fails the build.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from opendata.openapi import openapi_document
from tests.opendata.conftest import build_open_data

BASE_URL = "http://localhost"
# Examples drawn per operation in the fuzzing phase; the coverage phase adds every schema edge.
MAX_EXAMPLES = 25


def the_document(base_url):
    return json.loads(json.dumps(openapi_document(base_url), cls=DjangoJSONEncoder))


schema = schemathesis.openapi.from_dict(
    the_document(BASE_URL),
    config=schemathesis.Config.from_dict(
        {
            "seed": 1888,  # the same cases on every run, so a CI failure reproduces locally
            "generation": {"mode": "all", "max-examples": MAX_EXAMPLES},
            "checks": {"enabled": True},
            "operations": [
                {
                    # child_of, descendant_of, ancestor_of and translation_of name a page by number,
                    # which a schema cannot restrict to the pages that exist; Wagtail answers 400 (not
                    # 404) for one that does not.
                    "include-operation-id": ["pagesList", "servicesList", "announcementsList"],
                    "checks": {
                        "positive_data_acceptance": {
                            "expected-statuses": ["2xx", "400", "404", "429"],
                        }
                    },
                }
            ],
        }
    ),
)


@pytest.fixture
def site(live_site, generous_limit):
    build_open_data(live_site)
    return live_site


def test_the_served_document_is_the_one_tested(client, site_tree):
    response = client.get("/data-terbuka/openapi.json")

    assert response.json() == the_document(BASE_URL)


@schema.parametrize()
# One site per operation, shared by its examples: they only read.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_api_conforms_to_its_openapi_document(case, site):
    case.call_and_validate(base_url=site.url)
