import uuid

from feedback.models import Submission
from tests.services_catalog.conftest import build_catalogue


def test_answers_page_has_no_axe_violations(live_site, phone, axe_violations):
    catalogue = build_catalogue(live_site)
    Submission.objects.create(
        kind="aspirasi",
        status="selesai",
        allow_publication=True,
        agency=catalogue.disdukcapil,
        subject="Usul layanan Sabtu di MPP",
        public_answer="MPP kini buka setengah hari setiap Sabtu.",
        tracking_code="SWL-2611-ABCDEF",
        submission_key=uuid.uuid4().hex,
        secret_hash="x",
    )
    phone.goto(live_site.url + "/kami-menjawab/")
    assert phone.get_by_role("heading", name="Usul layanan Sabtu di MPP").is_visible()
    assert axe_violations(phone) == []
