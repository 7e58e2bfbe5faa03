"""A catalogue with survey answers and reports from residents whose personal data must never come out."""

import datetime
import uuid
from dataclasses import dataclass

from django.contrib.auth import get_user_model

import pytest

from feedback.demo import NAMES
from feedback.models import Kecamatan, Submission, SurveyResponse
from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory
from opendata import limits
from tests.feedback.conftest import make_submission
from tests.services_catalog.conftest import Catalogue, build_catalogue

SURVEY_DAY = datetime.date(2026, 3, 10)


@dataclass(frozen=True)
class Citizen:
    name: str
    nik: str
    email: str
    phone: str
    address: str
    birth_date: datetime.date

    @property
    def personal_values(self):
        return [self.name, self.nik, self.email, self.phone, self.address, self.birth_date.isoformat()]


# Two of the demo loader's residents, with NIKs in the demo's pattern (digits 7–12 the birth date).
CITIZENS = [
    Citizen(NAMES[0], "1373015203900001", "rina@example.org", "+6281261234567", "Jalan Khatib Sulaiman 7",
            datetime.date(1990, 3, 12)),
    Citizen(NAMES[3], "1373012107850002", "budi@example.org", "+6285278901234", "Gang Durian 12, Talawi",
            datetime.date(1985, 7, 21)),
]  # fmt: skip


@dataclass
class OpenData:
    catalogue: Catalogue
    talawi: Kecamatan
    published: Submission
    anonymous: Submission
    confidential: Submission
    application: Submission
    secrets: list[str]  # every personal value and private text in the fixture


def survey(service, scores, suggestion="", submission=None):
    return SurveyResponse.objects.create(
        service=service,
        agency=service.agency,
        service_date=SURVEY_DAY,
        submission_key=uuid.uuid4().hex,
        submission=submission,
        gender="P",
        age_band="30-39",
        education="SMA",
        occupation="WIRAUSAHA",
        suggestion=suggestion,
        **{f"u{n}": score for n, score in enumerate(scores, start=1)},
    )


def report(catalogue, citizen, **fields):
    """A resolved complaint by `citizen`, published with the agency's answer unless `fields` say otherwise."""
    defaults = {
        "agency": catalogue.disdukcapil,
        "status": Submission.Status.RESOLVED,
        "allow_publication": True,
        "subject": "Lampu jalan padam di Talawi",
        "description": f"Saya {citizen.name} melapor: lampu di depan rumah saya padam.",
        "public_answer": "Lampu sudah diganti oleh petugas.",
        "name": citizen.name,
        "nik": citizen.nik,
        "email": citizen.email,
        "phone": citizen.phone,
        "address": citizen.address,
        "birth_date": citizen.birth_date,
    }
    fields = defaults | fields
    return make_submission(fields.pop("agency"), **fields)


def build_open_data(site_tree) -> OpenData:
    catalogue = build_catalogue(site_tree)
    talawi = Kecamatan.objects.create(name="Talawi")
    rina, budi = CITIZENS
    user = get_user_model().objects.create_user("rina", rina.email, "x")
    published = report(catalogue, rina, kecamatan=talawi, user=user)
    anonymous = report(
        catalogue,
        budi,
        kind=Submission.Kind.ASPIRATION,
        identity=Submission.Identity.ANONYMOUS,
        subject="Usul jadwal layanan Sabtu",
        public_answer="Layanan Sabtu dibuka mulai bulan depan.",
        agency=catalogue.dinkes,
    )
    confidential = report(catalogue, budi, identity=Submission.Identity.CONFIDENTIAL, subject="Pungutan liar")
    application = report(
        catalogue,
        rina,
        kind=Submission.Kind.APPLICATION,
        subject="Permohonan akta kelahiran",
        service=catalogue.birth_certificate,
        details={"child_name": "Putri Marlina"},
    )
    suggestion = f"Petugas bernama {budi.name} sangat membantu"
    survey(catalogue.birth_certificate, [4] * 9, suggestion=suggestion, submission=application)
    survey(catalogue.birth_certificate, [3] * 9)
    survey(catalogue.practice_licence, [2] * 9)
    announcements = AnnouncementIndexPageFactory(parent=site_tree.home)
    AnnouncementPageFactory(parent=announcements, title="Layanan keliling di Talawi")
    secrets = [
        *(value for citizen in CITIZENS for value in citizen.personal_values),
        published.description,
        anonymous.description,
        published.tracking_code,
        anonymous.tracking_code,
        "Pungutan liar",  # a confidential report is never published
        "Putri Marlina",
        suggestion,
    ]
    return OpenData(catalogue, talawi, published, anonymous, confidential, application, secrets)


@pytest.fixture
def open_data(site_tree) -> OpenData:
    return build_open_data(site_tree)


@pytest.fixture
def generous_limit(monkeypatch):
    """Tests that make many requests stay under the rate limit."""
    monkeypatch.setattr(limits, "REQUESTS_PER_PERIOD", 10_000)
