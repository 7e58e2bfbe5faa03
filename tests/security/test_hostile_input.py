"""A NUL byte or invalid UTF-8 anywhere a visitor can put text is a 400, never a 500 (issue 19, item 8).

The public URLs come from the classification in test_url_access (every pattern of the URLconf), and
the parameters each one reads from what the site itself declares: its GET forms and the links on its
pages, the Wagtail API's known parameters and fields, and the open-data OpenAPI document. A new page,
filter or API parameter is therefore covered without anyone remembering to add it here.
"""

from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlsplit

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import Resolver404, resolve

import pytest

from tests.security import test_url_access
from tests.security.test_url_access import PUBLIC, URLS, sample

pytestmark = pytest.mark.django_db
city = test_url_access.city  # a fixture: a submission, a forum, the groups

# Percent-encoded as they arrive: a NUL byte, an overlong "/" and a byte that is never UTF-8.
PAYLOADS = ["%00", "abc%00def", "%C0%AF", "%FF"]


class GetParameters(HTMLParser):
    """The names a page asks visitors to send back by GET: fields of its GET forms, and the query
    parameters of its links to itself (pagination, filters, sorting)."""

    def __init__(self, path):
        super().__init__()
        self.path, self.names, self.in_get_form = path, set(), False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_get_form = (attrs.get("method") or "get").lower() == "get"
        elif tag in ("input", "select", "textarea") and self.in_get_form and attrs.get("name"):
            self.names.add(attrs["name"])
        elif tag == "a" and "?" in (attrs.get("href") or ""):
            link = urlsplit(attrs["href"])
            if link.path in ("", self.path):
                self.names.update(name for name, _value in parse_qsl(link.query, keep_blank_values=True))

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_get_form = False


def api_parameters(path) -> set[str]:
    """The Wagtail API's parameters and filterable fields for the endpoint at `path`."""
    endpoint = resolve(path).func.cls
    fields = [*endpoint.body_fields, *endpoint.meta_fields]
    return set(endpoint.known_query_parameters) | {getattr(field, "name", field) for field in fields}


def documented_parameters(client) -> dict[str, set[str]]:
    """{path: parameter names} of the open-data OpenAPI document (each dataset's real path), from the
    path's and its operations' parameters, references resolved."""
    document = client.get("/data-terbuka/openapi.json").json()

    def resolved(parameter):
        if "$ref" not in parameter:
            return parameter
        return document["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]

    found = {}
    for path, item in document["paths"].items():
        if "{" in path:
            continue
        lists = [item.get("parameters", [])]
        lists += [value.get("parameters", []) for value in item.values() if isinstance(value, dict)]
        found[path] = {resolved(parameter)["name"] for entries in lists for parameter in entries}
    return found


def public_get_parameters(client) -> dict[str, set[str]]:
    """{path: parameter names} for every public URL pattern of the site, and every documented path."""
    found = documented_parameters(client)
    for pattern, kind in URLS.items():
        if kind != PUBLIC:
            continue
        path = sample(pattern)
        names = found.setdefault(path, set())
        names.add("q")  # a name no page declares: read by no view, but checked all the same
        if path.startswith("/api/v2/"):
            names |= api_parameters(path)
        response = client.get(path)
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            page = GetParameters(path)
            page.feed(response.content.decode())
            names |= page.names
    return found


def test_every_public_get_parameter_refuses_nul_and_invalid_utf8(client, city):
    parameters = public_get_parameters(client)
    # The enumeration found what it must: the API, the search, the filters, the open data.
    assert {"search", "type", "locale", "fields"} <= parameters["/api/v2/pages/"]
    assert {"search", "order"} <= parameters["/api/v2/services/"]
    assert "tahun" in parameters["/data-terbuka/ikm.csv"]
    assert {"opd", "kecamatan"} <= parameters["/kami-menjawab/"]
    assert "q" in parameters["/cari/"]
    failures = []
    for path, names in parameters.items():
        for name in sorted(names):
            for payload in PAYLOADS:
                response = client.get(f"{path}?{name}={payload}")
                if response.status_code != 400:
                    failures.append((path, name, payload, response.status_code))
    assert failures == []


def test_the_400_page_says_what_went_wrong_in_the_visitors_language(client, site_tree):
    indonesian = client.get("/cari/?q=%00")
    assert indonesian.status_code == 400
    assert '<html lang="id">' in indonesian.content.decode()
    assert "Permintaan tidak dapat dibaca" in indonesian.content.decode()
    english = client.get("/en/cari/?q=%FF")
    assert english.status_code == 400
    assert "The request could not be read" in english.content.decode()


def test_nul_and_invalid_utf8_in_a_path_are_refused(client, city):
    failures = []
    for pattern, kind in URLS.items():
        if kind != PUBLIC:
            continue
        path = sample(pattern)
        for payload in PAYLOADS:
            broken = path.rstrip("/") + payload + ("/" if path.endswith("/") else "")
            try:
                resolve(path)
            except Resolver404:
                continue
            status = client.get(broken).status_code
            if status != 400:
                failures.append((broken, status))
    assert failures == []


def test_form_text_with_nul_is_refused_but_files_may_hold_any_byte(client, city):
    url = f"/layanan/membantu/{city['catalogue'].birth_certificate.pk}/"  # "Was this page helpful?"
    for body in ("helpful=0&comment=Akta%00", "helpful=0&comment=Akta%FF"):
        assert client.post(url, body, content_type="application/x-www-form-urlencoded").status_code == 400
    assert client.post(url, {"helpful": "0", "comment": "Akta\x00"}).status_code == 400  # multipart
    photo = SimpleUploadedFile("ktp.jpg", b"\xff\xd8\xff\x00\x00JFIF\x00", content_type="image/jpeg")
    assert client.post(url, {"helpful": "0", "comment": "Jelas", "foto": photo}).status_code == 302


def test_text_people_type_still_passes(client, site_tree):
    """Indonesian, Minangkabau names, emoji, a Windows-1252 quote sent as UTF-8: all UTF-8, no NUL."""
    for query in ["caf%C3%A9", "Nagari+Kubang", "%E2%80%9Cakta%E2%80%9D", "%F0%9F%99%8F", "a%2Bb%26c"]:
        assert client.get(f"/cari/?q={query}").status_code == 200, query
    assert client.get("/api/v2/pages/?search=akta").status_code == 200
    # In a path too: a character beyond Latin-1 is no reason for a 400, let alone a 500.
    for path in ["/cari/%E6%97%A5/", "/api/v2/pages/%F1%94%A6%88/", "/layanan/caf%C3%A9/"]:
        assert client.get(path).status_code == 404, path
