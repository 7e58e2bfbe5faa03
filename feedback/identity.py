"""NIK and mobile phone numbers given by residents.

NIK (Nomor Induk Kependudukan) is the 16-digit national identity number on the KTP (identity card).
Its layout, per Dukcapil (DOMAIN.md §4): digits 1–6 the region of first registration, 7–12 the
birth date as DDMMYY with 40 added to the day for women, 13–16 a serial from 0001. The region is not
checked: people who moved keep their NIK (DOMAIN.md §4).
"""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NIK_LENGTH = 16
WOMEN_DAY_OFFSET = 40
# How people group the digits when they copy a NIK: "1373 0112 3456 0001", "1373.0112.3456.0001", "1373-…".
NIK_SEPARATORS_RE = re.compile(r"[\s.\-]+")


def _coded_birth(nik: str) -> tuple[int, int, int, str]:
    """Day, month, two-digit year and sex ("L" laki-laki / "P" perempuan) coded in digits 7–12."""
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if day > WOMEN_DAY_OFFSET:
        return day - WOMEN_DAY_OFFSET, month, year, "P"
    return day, month, year, "L"


def _real_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def validate_nik(value: str) -> str:
    """Return the NIK without separators (spaces, dots, hyphens), or raise ``ValidationError`` saying
    which part is wrong.

    Checks (Dukcapil, DOMAIN.md §4): 16 digits; day 01–31 or 41–71; month 01–12; a real calendar date
    in the 1900s or 2000s (the NIK has a two-digit year); serial not 0000.
    """
    nik = NIK_SEPARATORS_RE.sub("", value)
    if not nik.isascii() or not nik.isdigit():
        raise ValidationError(_("A NIK contains digits only."), code="nik_not_digits")
    if len(nik) != NIK_LENGTH:
        raise ValidationError(_("A NIK has exactly 16 digits."), code="nik_length")
    day, month, year, _sex = _coded_birth(nik)
    if not 1 <= day <= 31:
        raise ValidationError(
            _("Digits 7–8 of a NIK are the day of birth: 01–31, or 41–71 for women."), code="nik_day"
        )
    if not 1 <= month <= 12:
        raise ValidationError(_("Digits 9–10 of a NIK are the month of birth: 01–12."), code="nik_month")
    if not (_real_date(2000 + year, month, day) or _real_date(1900 + year, month, day)):
        raise ValidationError(_("Digits 7–12 of a NIK are not a real date of birth."), code="nik_date")
    if nik[12:] == "0000":
        raise ValidationError(_("The last 4 digits of a NIK cannot be 0000."), code="nik_serial")
    return nik


def nik_birth_date(nik: str, today: date | None = None) -> tuple[date, str]:
    """Birth date and sex ("L" or "P") coded in a NIK; raises ``ValidationError`` for an invalid NIK.

    The NIK's year has two digits. The 2000s are taken unless that date is still to come (then the
    1900s), so nobody is born in the future and nobody is older than about 120.
    """
    nik = validate_nik(nik)
    today = today or timezone.localdate()
    day, month, year, sex = _coded_birth(nik)
    born = _real_date(2000 + year, month, day)
    if born is None or born > today:
        born = date(1900 + year, month, day)
    return born, sex


def nik_in_search(text: str) -> str | None:
    """The NIK if a search box holds exactly one (16 digits, maybe grouped with spaces, dots or dashes)."""
    digits = NIK_SEPARATORS_RE.sub("", text)
    return digits if len(digits) == NIK_LENGTH and digits.isascii() and digits.isdigit() else None


# What people put between digits: spaces, dashes, dots and brackets around the area/operator code.
PHONE_SEPARATORS_RE = re.compile(r"[\s\-.()]+")
# After +62 (or the trunk 0), a mobile number starts with 8 and has 9–12 digits in all.
MOBILE_RE = re.compile(r"8\d{8,11}", re.ASCII)
PHONE_ERROR = _("Enter an Indonesian mobile number, e.g. 0812 3456 7890.")


def normalise_phone(value: str) -> str:
    """An Indonesian mobile number in E.164 form ("+62812…") from any common way of writing it.

    Accepts "0812-3456-7890", "0812 3456 7890", "(0812) 3456 7890", "+62 812 3456 7890", "+62-812…",
    "+62 (0)812…" and "62812…". Refuses landlines (0754 …), foreign numbers and anything else, since
    messages about a submission go to this number.
    """
    number = PHONE_SEPARATORS_RE.sub("", value)
    if number.startswith("+62"):
        national = number[3:]
    elif number.startswith("62"):
        national = number[2:]
    elif number.startswith("0"):
        national = number[1:]
    else:
        raise ValidationError(PHONE_ERROR, code="phone_invalid")
    # "+62 (0)812…" keeps the trunk 0 after the country code.
    national = national.removeprefix("0")
    if not MOBILE_RE.fullmatch(national):
        raise ValidationError(PHONE_ERROR, code="phone_invalid")
    return f"+62{national}"
