"""Forms for residents' accounts: sign-up with a display name, the profile, signing in, re-authenticating.

allauth's forms are extended (ACCOUNT_FORMS in settings), not replaced, so that its own checks stay:
one account per email without telling who is registered, password rules, the failed-login limit.
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from allauth.account import forms as allauth_forms

from feedback.models import Kecamatan

from .models import Profile

DISPLAY_NAME_MIN_LENGTH = 3
DISPLAY_NAME_MAX_LENGTH = Profile._meta.get_field("display_name").max_length
DISPLAY_NAME_HELP = _(
    "Shown with your forum posts and consultation comments instead of your name or email "
    "address. 3 to 40 characters: letters, digits, spaces, dots, dashes or underscores."
)

# Whole words (after lower-casing, with digits, dots, dashes and underscores read as spaces) that
# would let a resident pass for the city, its staff or the placeholder of deleted accounts.
RESERVED_DISPLAY_NAMES = (
    "admin",
    "administrator",
    "moderator",
    "mod",
    "staf",
    "staff",
    "petugas",
    "sistem",
    "system",
    "pemkot",
    "pemerintah kota",
    "city government",
    "wali kota",
    "walikota",
    "pengguna terhapus",
    "deleted user",
)
# Shown to everyone, so nothing that reads like a mailbox: "budi.gmail.com", "sari yahoo".
EMAIL_LIKE = re.compile(
    r"\.(com|net|org|id|co|info|biz)$|(?<![a-z])(gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud)(?![a-z])",
    re.IGNORECASE,
)
LOCKED_OUT_MESSAGE = _(
    "Too many failed attempts to sign in. For your safety, signing in with this account is paused "
    "for a few minutes. If it is your account, we have sent a link to its email address: open it in "
    "this browser to sign in at once. You can also reset your password if you have forgotten it."
)


def _allowed_character(character: str) -> bool:
    """Latin letters (accents allowed), ASCII digits, space, dot, dash, underscore.

    Other scripts are left out on purpose: a Cyrillic "а" looks like a Latin "a", which would let
    "Аdmin" through the reserved names.
    """
    if character in " ._-" or ("0" <= character <= "9"):
        return True
    return character.isalpha() and unicodedata.name(character, "").startswith("LATIN ")


def clean_display_name(value: str, profile: Profile | None = None) -> str:
    """The display name tidied up (NFKC, single spaces), or a ValidationError saying what to change.

    One set of rules for sign-up and the profile page; `profile` (when editing) may keep its own name.
    """
    name = " ".join(unicodedata.normalize("NFKC", value).split())
    if "@" in name or EMAIL_LIKE.search(name):
        raise ValidationError(
            _("A display name is shown to everyone: do not use an email address."), code="email"
        )
    if not DISPLAY_NAME_MIN_LENGTH <= len(name) <= DISPLAY_NAME_MAX_LENGTH:
        raise ValidationError(
            _("Use %(min)d to %(max)d characters (you used %(length)d)."),
            code="length",
            params={"min": DISPLAY_NAME_MIN_LENGTH, "max": DISPLAY_NAME_MAX_LENGTH, "length": len(name)},
        )
    if not all(_allowed_character(character) for character in name):
        raise ValidationError(
            _("Use only letters, digits, spaces, dots (.), dashes (-) and underscores (_)."),
            code="characters",
        )
    if not any(character.isalpha() for character in name):
        raise ValidationError(_("Use at least one letter."), code="no_letter")
    unaccented = "".join(
        character
        for character in unicodedata.normalize("NFKD", name.casefold())
        if not unicodedata.combining(character)
    )
    words = " " + " ".join(re.sub(r"[0-9._-]", " ", unaccented).split()) + " "
    if any(f" {reserved} " in words for reserved in RESERVED_DISPLAY_NAMES):
        raise ValidationError(_("This name is reserved. Please choose another one."), code="reserved")
    # Compared the way the database's unique constraint compares (Lower on both sides).
    taken = Profile.objects.alias(lower_name=Lower("display_name")).filter(lower_name=Lower(Value(name)))
    if profile is not None and profile.pk is not None:
        taken = taken.exclude(pk=profile.pk)
    if taken.exists():
        raise ValidationError(
            _("Someone already uses this display name. Please choose another one."), code="taken"
        )
    return name


def display_name_field(required: bool) -> forms.CharField:
    help_text = DISPLAY_NAME_HELP
    if not required:
        later = _("You can also choose it later, before your first post.")
        help_text = format_lazy("{} {}", DISPLAY_NAME_HELP, later)
    return forms.CharField(
        label=_("Display name"),
        required=required,
        help_text=help_text,
        widget=forms.TextInput(attrs={"maxlength": DISPLAY_NAME_MAX_LENGTH, "autocomplete": "nickname"}),
    )


def kecamatan_field() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        queryset=Kecamatan.objects.all(),
        required=False,
        label=_("District (kecamatan)"),
        empty_label=_("Not given"),
        help_text=_("Where you live, if you want to say. It helps the city see where topics come from."),
    )


class SignupForm(allauth_forms.SignupForm):
    """allauth's sign-up with the forum profile.

    The display name is optional here: a resident who only follows their own submissions does not
    need a public name (UU 27/2022: collect the minimum). The forum asks for one on the profile page
    before the first post.
    """

    display_name = display_name_field(required=False)
    kecamatan = kecamatan_field()
    field_order = ["email", "display_name", "kecamatan", "password1", "password2"]

    def clean_display_name(self):
        value = self.cleaned_data["display_name"]
        return clean_display_name(value) if value.strip() else ""

    def clean(self):
        cleaned_data = super().clean()
        if (
            cleaned_data.get("kecamatan")
            and not cleaned_data.get("display_name")
            and not self.has_error("display_name")
        ):
            self.add_error("display_name", _("Choose a display name to save your district with it."))
        return cleaned_data

    def save(self, request):
        # The user and their profile together, or neither (the name may be taken a moment earlier).
        with transaction.atomic():
            user = super().save(request)
            if self.cleaned_data["display_name"]:
                Profile.objects.create(
                    user=user,
                    display_name=self.cleaned_data["display_name"],
                    kecamatan=self.cleaned_data["kecamatan"],
                )
        return user


class ProfileForm(forms.ModelForm):
    """The profile page: the same display name rules as at sign-up."""

    display_name = display_name_field(required=True)
    kecamatan = kecamatan_field()

    class Meta:
        model = Profile
        fields = ["display_name", "kecamatan"]

    def clean_display_name(self):
        return clean_display_name(self.cleaned_data["display_name"], profile=self.instance)


def _explain_lockout(error: ValidationError) -> ValidationError:
    """allauth's "Too many failed login attempts" says neither why nor what to do next."""
    if getattr(error, "code", None) == "too_many_login_attempts":
        return ValidationError(LOCKED_OUT_MESSAGE, code=error.code)
    return error


class LoginForm(allauth_forms.LoginForm):
    """Residents type their email address; staff may type their username instead (ACCOUNT_LOGIN_METHODS).

    allauth labels the field "Login" with "Username or email" inside it: residents have no username
    they know of, so the label speaks to them and a hint to staff.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = _("Email")  # as on the sign-up form
        login.help_text = _("City staff may type their username instead.")
        login.widget.attrs.pop("placeholder", None)
        login.widget.attrs.update(
            {"autocomplete": "username", "inputmode": "email", "autocapitalize": "none"}
        )

    def clean(self):
        try:
            return super().clean()
        except ValidationError as error:
            raise _explain_lockout(error) from None


class ReauthenticateForm(allauth_forms.ReauthenticateForm):
    """Asks for the password again (allauth's re-authentication page, and deleting the account).

    The check goes through allauth's adapter, so wrong passwords count towards the same lockout as
    failed sign-ins.
    """

    def clean_password(self):
        try:
            return super().clean_password()
        except ValidationError as error:
            raise _explain_lockout(error) from None
