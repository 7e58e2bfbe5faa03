import io
import re
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

import pytest
from PIL import Image

from feedback.demo import ensure_role_groups
from feedback.models import AgencyMembership, Kecamatan, Kelurahan, Submission
from feedback.tracking import new_tracking_code
from services_catalog.factories import stream
from tests.services_catalog.conftest import build_catalogue


def build_places():
    talawi = Kecamatan.objects.create(name="Talawi")
    barangin = Kecamatan.objects.create(name="Barangin")
    return {
        "talawi": talawi,
        "barangin": barangin,
        "talawi_hilir": Kelurahan.objects.create(kecamatan=talawi, name="Talawi Hilir", is_desa=True),
        "saringan": Kelurahan.objects.create(kecamatan=barangin, name="Saringan"),
    }


def build_online_catalogue(site_tree):
    """The catalogue, with Akta Kelahiran asking for two uploads when applied for online."""
    catalogue = build_catalogue(site_tree)
    service = catalogue.birth_certificate
    service.requirements = stream(
        "requirement",
        [
            {
                "name": "Surat keterangan lahir",
                "note": "",
                "original_required": True,
                "copies": 1,
                "upload": True,
            },
            {"name": "Kartu Keluarga", "note": "", "original_required": True, "copies": 1, "upload": True},
            {"name": "Dua orang saksi", "note": "", "original_required": False, "copies": 0, "upload": False},
        ],
    )
    service.save_revision().publish()
    return catalogue


def make_submission(agency, **fields):
    """A submission as the wizards leave it, without going through them."""
    fields.setdefault("kind", Submission.Kind.COMPLAINT)
    return Submission.objects.create(
        agency=agency,
        tracking_code=new_tracking_code("SWL"),
        submission_key=uuid.uuid4().hex,
        secret_hash="x",
        **fields,
    )


def make_staff(username, role=None, agencies=()):
    """A staff account in the back-office group `role` ("Petugas OPD", …), member of `agencies`."""
    person = get_user_model().objects.create_user(username, f"{username}@example.org", "x", is_staff=True)
    if role:
        person.groups.add(Group.objects.get_or_create(name=role)[0])
    for agency in agencies:
        AgencyMembership.objects.create(user=person, agency=agency)
    return person


@pytest.fixture
def staff(catalogue):
    """The back office's roles: coordinator, an officer of each agency, a reader and an editor."""
    ensure_role_groups()
    return {
        "coordinator": make_staff("koordinator", "Koordinator Pengaduan"),
        "officer": make_staff("petugas.dukcapil", "Petugas OPD", [catalogue.disdukcapil]),
        "other_officer": make_staff("petugas.dinkes", "Petugas OPD", [catalogue.dinkes]),
        "reader": make_staff("pimpinan", "Pimpinan"),
        "editor": make_editor(),
    }


def make_editor():
    """Staff with admin access but no back-office role (a communications editor)."""
    editor = make_staff("editor")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return editor


@pytest.fixture
def places(db):
    return build_places()


@pytest.fixture
def catalogue(site_tree):
    return build_online_catalogue(site_tree)


def jpeg(name="foto.jpg", size=(200, 120)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 160, 200)).save(buffer, "JPEG")
    buffer.seek(0)
    buffer.name = name
    return buffer


class Wizard:
    """Drives a formtools wizard through the test client, as a browser would."""

    def __init__(self, client, base_url, prefix, on_commit=None):
        self.client, self.base_url, self.prefix, self.on_commit = client, base_url, prefix, on_commit

    def post(self, step, data=None, **extra):
        payload = {f"{self.prefix}-current_step": step}
        payload.update({f"{step}-{name}": value for name, value in (data or {}).items()})
        payload.update(extra)
        return self.client.post(f"{self.base_url}{step}/", payload)

    def finish(self):
        """Follow the redirect to the done step, which saves and redirects to the confirmation.

        The receipt email leaves after the transaction commits; `on_commit` (pytest-django's
        django_capture_on_commit_callbacks) runs those callbacks as a real commit would.
        """
        if self.on_commit is None:
            return self.client.get(f"{self.base_url}done/")
        with self.on_commit(execute=True):
            return self.client.get(f"{self.base_url}done/")


def tracking_code(html):
    match = re.search(r'class="tracking-code">([A-Z0-9-]+)<', html)
    return match.group(1) if match else None
