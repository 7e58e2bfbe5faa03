"""/.well-known/security.txt (RFC 9116): how a researcher reaches the city about a vulnerability."""

from datetime import UTC, datetime, timedelta


def fields(response) -> list[tuple[str, str]]:
    lines = response.content.decode().splitlines()
    return [tuple(part.strip() for part in line.split(":", 1)) for line in lines if line]


def test_the_required_and_recommended_fields(client, settings):
    settings.SITE_URL = "https://layanan.example.go.id"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    found = fields(response)
    names = [name for name, _value in found]
    assert names.count("Expires") == 1
    values = dict(found)
    assert values["Contact"] == "mailto:keamanan@sawahluntokota.go.id"
    expires = datetime.strptime(values["Expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    now = datetime.now(UTC)
    assert now < expires < now + timedelta(days=365)  # RFC 9116 §2.5.5: less than a year ahead
    assert values["Preferred-Languages"] == "id, en"
    assert values["Canonical"] == "https://layanan.example.go.id/.well-known/security.txt"


def test_the_contacts_come_from_the_environment(client, settings):
    settings.SECURITY_CONTACT = ["mailto:csirt@example.go.id", "https://example.go.id/lapor-kerentanan"]
    contacts = [value for name, value in fields(client.get("/.well-known/security.txt")) if name == "Contact"]
    assert contacts == settings.SECURITY_CONTACT
