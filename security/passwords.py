"""Refuse the passwords people in Indonesia choose most, on top of Django's English-speaking list.

The list (common-passwords-id.txt, lower case, one a line) gathers words and patterns that recur in
published Indonesian password leaks and their usual endings: religious phrases ("bismillah"),
endearments ("sayangku"), national words and dates ("merdeka45"), cities, football clubs, names.
"""

from pathlib import Path

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.utils.translation import gettext as _

PASSWORD_LIST = Path(__file__).resolve().parent / "common-passwords-id.txt"


class IndonesianCommonPasswordValidator(CommonPasswordValidator):
    DEFAULT_PASSWORD_LIST_PATH = PASSWORD_LIST

    def __init__(self, password_list_path=PASSWORD_LIST):
        super().__init__(password_list_path)

    def get_error_message(self):
        return _("This password is one of the most common in Indonesia and is easy to guess.")

    def get_help_text(self):
        return _("Your password can’t be a word or password commonly used in Indonesia.")
