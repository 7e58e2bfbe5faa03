"""No personal data in any open-data response: not the residents' names, NIKs, contacts or texts.

The fixture's residents sent reports, an application and a survey with every personal field filled
in. Every dataset (JSON and CSV, both languages) and every API list and detail is fetched, and none of
their values may appear. Field names are checked too: the datasets hold no field named like a personal
one; the API holds pages and agencies, whose public office contacts are named like personal fields
(name, address, phone, email), so there only the fields that exist solely on residents' records count.
"""

import json

import pytest

from opendata.registry import DATASETS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("generous_limit")]

PERSONAL_FIELDS = {
    "name",
    "nik",
    "email",
    "phone",
    "address",
    "birth_date",
    "description",
    "user",
    "secret",
    "secret_hash",
    "tracking_code",
    "submission",
    "submission_key",
    "suggestion",
    "details",
    "kelurahan",
    "consent_at",
}
RESIDENT_ONLY_FIELDS = PERSONAL_FIELDS - {"name", "address", "phone", "email", "description"}
API_LISTS = [
    "/api/v2/services/?fields=*",
    "/api/v2/pages/?fields=*",
    "/api/v2/announcements/?fields=*",
    "/api/v2/agencies/",
    "/api/v2/service-categories/",
    "/api/v2/announcement-categories/",
]


def keys(data):
    if isinstance(data, dict):
        return set(data) | {key for value in data.values() for key in keys(value)}
    if isinstance(data, list):
        return {key for value in data for key in keys(value)}
    return set()


def dataset_responses(client):
    for prefix in ["", "/en"]:
        for slug in DATASETS:
            for file_format in ["json", "csv"]:
                url = f"{prefix}/data-terbuka/{slug}.{file_format}?tahun=2026"
                yield url, client.get(url)


def api_responses(client):
    for url in API_LISTS:
        response = client.get(url)
        yield url, response
        for item in response.json()["items"]:
            yield item["meta"]["detail_url"], client.get(item["meta"]["detail_url"])


def test_no_personal_values_anywhere(client, open_data):
    responses = [
        *dataset_responses(client),
        *api_responses(client),
        ("/data-terbuka/", client.get("/data-terbuka/")),
        ("/data-terbuka/openapi.json", client.get("/data-terbuka/openapi.json")),
    ]
    assert len(responses) > 20
    for url, response in responses:
        assert response.status_code == 200, url
        content = response.content.decode("utf-8-sig")
        for secret in open_data.secrets:
            assert secret not in content and json.dumps(secret)[1:-1] not in content, (url, secret)


def test_datasets_have_no_personal_fields(client, open_data):
    for dataset in DATASETS.values():
        assert not PERSONAL_FIELDS & {field.name for field in dataset.fields}, dataset.slug
    for url, response in dataset_responses(client):
        if url.endswith(".json"):
            assert not PERSONAL_FIELDS & keys(response.json()["data"]), url


def test_api_has_no_fields_of_residents(client, open_data):
    for url, response in api_responses(client):
        assert not RESIDENT_ONLY_FIELDS & keys(response.json()), url


def test_the_published_answers_are_there_without_their_authors(client, open_data):
    """The check above is meaningful: the residents' reports are in the data, only not their identity."""
    answers = client.get("/data-terbuka/jawaban.json").json()["data"]
    assert {row["id"] for row in answers} == {open_data.published.pk, open_data.anonymous.pk}
    ikm = client.get("/data-terbuka/ikm.json", {"tahun": "2026"}).json()["data"]
    assert ikm[0]["respondents"] == 3
