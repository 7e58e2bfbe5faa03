"""NIK validation, birth date and sex from a NIK, masking, and Indonesian mobile numbers."""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from feedback.identity import nik_birth_date, normalise_phone, validate_nik
from security.masking import mask_nik

MAN = "1373011508900001"  # Sawahlunto, born 15 August 1990
WOMAN = "1373015508900002"  # the same date, day + 40


def error_code(nik):
    with pytest.raises(ValidationError) as error:
        validate_nik(nik)
    return error.value.code


@pytest.mark.parametrize("nik", [MAN, WOMAN, "3174014101000001", "1373017112990009", "1373012902000001"])
def test_valid_niks_pass(nik):
    assert validate_nik(nik) == nik


def test_spaces_typed_between_digits_are_dropped():
    assert validate_nik(" 1373 0115 0890 0001 ") == MAN


def test_a_nik_from_another_region_is_accepted():
    # People who moved to Sawahlunto keep their NIK (DOMAIN.md §4).
    assert validate_nik("3273011508900001") == "3273011508900001"


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("137301150890001", "nik_length"),
        ("13730115089000011", "nik_length"),
        ("", "nik_not_digits"),
        ("13730115089O0001", "nik_not_digits"),
        ("1373/0115/0890/0001", "nik_not_digits"),  # dots, spaces and hyphens are separators; slashes are not
        ("١٣٧٣٠١١٥٠٨٩٠٠٠٠١", "nik_not_digits"),
        ("1373013208900001", "nik_day"),
        ("1373010008900001", "nik_day"),
        ("1373014008900001", "nik_day"),
        ("1373017208900001", "nik_day"),
        ("1373011513900001", "nik_month"),
        ("1373011500900001", "nik_month"),
        ("1373013102900001", "nik_date"),
        ("1373017102900001", "nik_date"),
        ("1373012902010001", "nik_date"),
        ("1373011508900000", "nik_serial"),
    ],
)
def test_bad_niks_say_what_is_wrong(nik, code):
    assert error_code(nik) == code


def test_message_names_the_rule():
    with pytest.raises(ValidationError) as error:
        validate_nik("137301150890001")
    with translation.override("en"):
        assert error.value.messages == ["A NIK has exactly 16 digits."]
    with translation.override("id"):
        assert error.value.messages == ["NIK terdiri dari tepat 16 angka."]


def test_birth_date_and_sex():
    assert nik_birth_date(MAN) == (date(1990, 8, 15), "L")
    assert nik_birth_date(WOMAN) == (date(1990, 8, 15), "P")


def test_birth_century_is_the_one_not_in_the_future():
    today = date(2026, 6, 1)
    assert nik_birth_date("1373011505050001", today) == (date(2005, 5, 15), "L")
    assert nik_birth_date("1373015501260001", today) == (date(2026, 1, 15), "P")
    assert nik_birth_date("1373011512260001", today) == (date(1926, 12, 15), "L")
    assert nik_birth_date("1373016902000001", today) == (date(2000, 2, 29), "P")


def test_birth_date_of_an_invalid_nik_is_refused():
    with pytest.raises(ValidationError):
        nik_birth_date("1373013102900001")


def test_mask_shows_only_first_and_last_four_digits():
    assert mask_nik(MAN) == "1373********0001"
    assert mask_nik("1234") == "****"


@pytest.mark.parametrize(
    "typed",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "(0812) 3456 7890",
        "+62 812 3456 7890",
        "+62-812-3456-7890",
        "+6281234567890",
        "6281234567890",
        "62 812 3456 7890",
        "+62 (0)812 3456 7890",
        " 0812 3456 7890 ",
    ],
)
def test_every_common_way_of_writing_a_mobile_number_gives_the_same_number(typed):
    assert normalise_phone(typed) == "+6281234567890"


def test_short_and_long_mobile_numbers_are_accepted():
    assert normalise_phone("0812-345-678") == "+62812345678"
    assert normalise_phone("0812 3456 78901") == "+62812345678901"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "abc",
        "12345",
        "+1 415 555 0100",
        "0754 61020",
        "+62 754 61020",
        "0812 3456 789O",
        "0812 345 67",
        "0812 3456 7890 123",
        "++62 812 3456 7890",
        "0812/3456/7890",
        "０８１２３４５６７８９０",
    ],
)
def test_garbage_and_landlines_are_refused(typed):
    with pytest.raises(ValidationError) as error:
        normalise_phone(typed)
    assert error.value.code == "phone_invalid"


def test_phone_message_shows_an_example():
    with pytest.raises(ValidationError) as error:
        normalise_phone("abc")
    with translation.override("en"):
        assert error.value.messages == ["Enter an Indonesian mobile number, e.g. 0812 3456 7890."]
