"""/data-terbuka/ (documentation), its OpenAPI description, and adding a dataset to the registry."""

import re

import pytest

from opendata.registry import DATASETS, Dataset, Field, Parameter, register
from opendata.views import API_EXAMPLES

pytestmark = pytest.mark.django_db


def html_lang(response):
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


def test_documentation_page_in_indonesian(client, site_tree, settings):
    settings.OPEN_DATA_LICENCE = "CC BY-SA 4.0"
    response = client.get("/data-terbuka/")
    content = response.content.decode()

    assert response.status_code == 200 and html_lang(response) == "id"
    assert "CC BY-SA 4.0" in content and 'href="https://creativecommons.org/licenses/by/4.0/"' in content
    for slug, dataset in DATASETS.items():
        assert f'href="http://localhost/data-terbuka/{slug}.json"' in content
        assert f'href="http://localhost/data-terbuka/{slug}.csv"' in content
        for field in dataset.fields:
            assert f"<code>{field.name}</code>" in content
    assert "<code>periode</code>" in content  # the IKM's parameters
    assert "Perangkat daerah (OPD) yang bertanggung jawab atas layanan ini." in content  # a translated field
    assert 'href="http://localhost/data-terbuka/openapi.json"' in content
    assert 'href="http://localhost/api/v2/services/?locale=id"' in content
    assert "curl" in content and "Retry-After" in content


def test_documentation_page_in_english(client, site_tree):
    response = client.get("/en/data-terbuka/")
    content = response.content.decode()

    assert response.status_code == 200 and html_lang(response) == "en"
    assert "<h1>Open data</h1>" in content
    assert 'href="http://localhost/en/data-terbuka/layanan.csv"' in content
    assert "The agency (OPD) responsible for the service." in content


@pytest.mark.usefixtures("generous_limit")
def test_every_example_on_the_page_works(client, open_data):
    for path, _text in API_EXAMPLES:
        response = client.get(path)
        assert response.status_code == 200 and response.json()["items"], path


def test_footer_links_to_open_data(client, site_tree):
    assert 'href="/data-terbuka/"' in client.get("/").content.decode()
    assert 'href="/en/data-terbuka/"' in client.get("/en/").content.decode()


def test_openapi_describes_every_dataset_from_the_registry(client, site_tree):
    document = client.get("/data-terbuka/openapi.json").json()

    assert document["openapi"].startswith("3.")
    assert document["info"]["license"]["name"] == "CC BY 4.0"
    assert [server["url"] for server in document["servers"]] == ["http://localhost", "http://localhost/en"]
    for slug, dataset in DATASETS.items():
        json_get = document["paths"][f"/data-terbuka/{slug}.json"]["get"]
        assert (
            "text/csv" in document["paths"][f"/data-terbuka/{slug}.csv"]["get"]["responses"]["200"]["content"]
        )
        assert json_get["responses"]["429"] == {"$ref": "#/components/responses/TooManyRequests"}
        assert [parameter["name"] for parameter in json_get["parameters"]] == [
            p.name for p in dataset.parameters
        ]
        schema = json_get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
        row = document["components"]["schemas"][schema]["allOf"][1]["properties"]["data"]["items"]
        assert list(row["properties"]) == [field.name for field in dataset.fields]
    ikm_row = document["components"]["schemas"]["Ikm"]["allOf"][1]["properties"]["data"]["items"][
        "properties"
    ]
    assert ikm_row["ikm"]["type"] == "number" and ikm_row["population"]["type"] == ["integer", "null"]


def test_a_registered_dataset_is_served_documented_and_described(client, site_tree, monkeypatch):
    kinerja = Dataset(
        slug="kinerja",
        title="Kinerja layanan",
        description="Waktu penyelesaian per layanan.",
        fields=(Field("service", "Nama layanan."), Field("median_days", "Median hari kerja.", "number")),
        rows=lambda minimal: [{"service": "Akta Kelahiran", "median_days": minimal}],
        parameters=(Parameter("minimal", "Contoh parameter.", {"type": "integer"}),),
        read_options=lambda query: {"minimal": int(query.get("minimal", "1"))},
    )
    monkeypatch.setitem(DATASETS, kinerja.slug, kinerja)  # what register() does, undone after the test

    data = client.get("/data-terbuka/kinerja.json", {"minimal": "2"}).json()
    assert data["data"] == [{"service": "Akta Kelahiran", "median_days": 2}]
    assert client.get("/data-terbuka/kinerja.csv").content.decode("utf-8-sig").splitlines() == [
        "service,median_days",
        "Akta Kelahiran,1",
    ]
    assert "<code>median_days</code>" in client.get("/data-terbuka/").content.decode()
    assert "/data-terbuka/kinerja.json" in client.get("/data-terbuka/openapi.json").json()["paths"]


def test_slugs_are_unique():
    with pytest.raises(ValueError, match="already taken"):
        register(DATASETS["layanan"])
    with pytest.raises(ValueError, match="already taken"):
        register(Dataset("openapi", "x", "x", (), rows=list))
