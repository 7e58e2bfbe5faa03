"""Survey suggestions for staff (Reports → SKM suggestions; issue 19, item 13): each agency's officers
read those about their services, anonymously, a page at a time, with any markup shown as text."""

from django.contrib.auth import get_user_model

import pytest

from feedback.models import AgencyMembership
from tests.feedback.test_ikm import respond
from tests.feedback.test_ikm_report import back_office

pytestmark = pytest.mark.django_db
URL = "/admin/reports/saran-skm/"


def suggest(service, text, **profile):
    return respond(service, (3,) * 9, suggestion=text, **profile)


def test_an_officer_reads_the_suggestions_about_their_agencys_services(client, catalogue):
    suggest(catalogue.birth_certificate, "Tambah kursi di ruang tunggu.", gender="P", age_band="30-39")
    suggest(catalogue.birth_certificate_en, "More chairs in the waiting room, please.")
    suggest(catalogue.practice_licence, "Loket izin praktik buka lebih pagi.")
    respond(catalogue.birth_certificate, (4,) * 9)  # no suggestion: not listed
    back_office(client, "petugas.dukcapil", "Petugas OPD")
    AgencyMembership.objects.create(user=signed_in_user(client), agency=catalogue.disdukcapil)
    page = client.get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Tambah kursi di ruang tunggu." in html and "More chairs in the waiting room" in html
    assert "Loket izin praktik" not in html  # another agency's service
    assert "30-39" not in html and "Perempuan" not in html  # nothing about the respondent
    # The menu leads there.
    assert URL in client.get("/admin/").content.decode()


def test_the_coordinator_reads_every_agencys_and_filters_by_service(client, catalogue):
    suggest(catalogue.birth_certificate, "Tambah kursi di ruang tunggu.")
    suggest(catalogue.practice_licence, "Loket izin praktik buka lebih pagi.")
    back_office(client, "koordinator", "Koordinator Pengaduan")
    html = client.get(URL).content.decode()
    assert "Tambah kursi" in html and "Loket izin praktik" in html
    only = client.get(URL, {"layanan": catalogue.practice_licence.pk}).content.decode()
    assert "Loket izin praktik" in only and "Tambah kursi" not in only


def test_suggestions_come_a_page_at_a_time(client, catalogue):
    for number in range(30):
        suggest(catalogue.birth_certificate, f"Saran nomor {number:02d}.")
    back_office(client, "koordinator", "Koordinator Pengaduan")
    first = client.get(URL).content.decode()
    assert "Saran nomor 29." in first and "Saran nomor 04." not in first
    second = client.get(URL, {"p": 2}).content.decode()
    assert "Saran nomor 04." in second and "Saran nomor 29." not in second


def test_script_in_a_suggestion_is_shown_as_text(client, catalogue):
    suggest(catalogue.birth_certificate, '<script>alert("x")</script> <b>tebal</b>')
    back_office(client, "koordinator", "Koordinator Pengaduan")
    html = client.get(URL).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;b&gt;tebal&lt;/b&gt;" in html
    assert '<script>alert("x")' not in html


def test_staff_without_a_back_office_role_are_refused(client, catalogue):
    suggest(catalogue.birth_certificate, "Tambah kursi di ruang tunggu.")
    back_office(client, "redaktur")
    assert client.get(URL).status_code == 403


def signed_in_user(client):
    return get_user_model().objects.get(pk=client.session["_auth_user_id"])
