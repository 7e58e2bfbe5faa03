"""Who may apply for a service, and which requirements apply to whom.

The rules are plain functions of an applicant's answers (age, marital status, the answers to the
service's own questions), so the service page, the print checklist and the online application agree.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Status perkawinan as written on the family card (KK) and the KTP-el.
NEVER_MARRIED = "belum_kawin"
MARITAL_STATUSES = [
    (NEVER_MARRIED, _("Not married")),
    ("kawin", _("Married")),
    ("cerai_hidup", _("Divorced")),
    ("cerai_mati", _("Widowed")),
]

YES, NO = "yes", "no"


def age_on(birth_date: datetime.date, day: datetime.date | None = None) -> int:
    """Age in whole years on `day` (today in the site's time zone by default)."""
    day = day or timezone.localdate()
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def is_or_was_married(marital_status: str) -> bool:
    """UU 24/2013 Pasal 63: "kawin atau pernah kawin" — married, divorced or widowed."""
    return bool(marital_status) and marital_status != NEVER_MARRIED


@dataclass
class ApplicantAnswers:
    """What the online application knows about the applicant when it decides which documents to ask.

    A value left unknown (None or missing) never rules a requirement out.
    """

    age: int | None = None
    marital_status: str = ""
    questions: dict = field(default_factory=dict)  # question key → answer (YES/NO for yes/no questions)

    @classmethod
    def from_steps(cls, applicant: dict | None, questions: dict | None, day=None):
        applicant = applicant or {}
        birth_date = applicant.get("birth_date")
        return cls(
            age=age_on(birth_date, day) if birth_date else None,
            marital_status=applicant.get("marital_status") or "",
            questions=dict(questions or {}),
        )


def refusal(minimum_age, unless_married, age, marital_status):
    """Why an applicant of `age` may not apply for a service with this minimum age, or None."""
    if not minimum_age or age is None or age >= minimum_age:
        return None
    if unless_married:
        if is_or_was_married(marital_status):
            return None
        return _(
            "You can apply for this service from the age of %(age)s, or earlier if you are or have "
            "been married. Check your date of birth and marital status."
        ) % {"age": minimum_age}
    return _("You can apply for this service from the age of %(age)s. Check your date of birth.") % {
        "age": minimum_age
    }
