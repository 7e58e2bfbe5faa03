"""Which submissions each back-office role may open, tested from the side of those who must not."""

from django.contrib.auth import get_user_model

import pytest

from feedback.access import visible_submissions
from home.demo import publish_translation
from tests.feedback.conftest import make_staff as user
from tests.feedback.conftest import make_submission as submission

pytestmark = pytest.mark.django_db


def test_officers_see_only_their_agencies(catalogue, site_tree):
    dukcapil = submission(catalogue.disdukcapil)
    dinkes = submission(catalogue.dinkes)
    english_agency = publish_translation(
        catalogue.dinkes, site_tree.locale_en, {"Dinas Kesehatan": "Health Office"}
    )
    made_in_english = submission(english_agency)
    unassigned = submission(None)

    officer = user("petugas.dinkes", "Petugas OPD", [catalogue.dinkes])
    assert set(visible_submissions(officer)) == {dinkes, made_in_english}
    both = user("petugas.dua", "Petugas OPD", [catalogue.dinkes, catalogue.disdukcapil])
    assert set(visible_submissions(both)) == {dukcapil, dinkes, made_in_english}
    assert set(visible_submissions(user("koordinator", "Koordinator Pengaduan"))) == {
        dukcapil,
        dinkes,
        made_in_english,
        unassigned,
    }
    assert visible_submissions(user("pimpinan", "Pimpinan")).count() == 4


def test_people_without_a_back_office_role_see_nothing(catalogue):
    submission(catalogue.disdukcapil)
    assert visible_submissions(user("editor")).count() == 0
    assert visible_submissions(user("petugas.tanpa.opd", "Petugas OPD")).count() == 0
    citizen = get_user_model().objects.create_user("warga", "warga@example.org", "x")
    assert visible_submissions(citizen).count() == 0
