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


def test_ikm_page_has_no_axe_violations(live_site, phone, axe_violations):
    import datetime

    from feedback.models import SurveyResponse

    catalogue = build_catalogue(live_site)
    for scores in ([4] * 9, [3] * 9):
        SurveyResponse.objects.create(
            service=catalogue.birth_certificate,
            agency=catalogue.disdukcapil,
            service_date=datetime.date.today(),
            submission_key=uuid.uuid4().hex,
            gender="L",
            age_band="40-49",
            education="SMA",
            occupation="PNS",
            **{f"u{n}": score for n, score in enumerate(scores, start=1)},
        )
    phone.goto(live_site.url + "/ikm/")
    assert phone.locator("svg.chart").is_visible()
    assert axe_violations(phone) == []
