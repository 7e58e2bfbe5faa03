from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import LENGTH_MESSAGES, HoneypotMixin

COMMENT_MAX_LENGTH = 500


class HelpfulVoteForm(HoneypotMixin):
    helpful = forms.TypedChoiceField(
        label=_("Was this page helpful?"),
        choices=[("1", _("Yes")), ("0", _("No"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("What can we improve?"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Do not write personal data such as your NIK or phone number. At most 500 characters."),
        error_messages=LENGTH_MESSAGES,
    )
