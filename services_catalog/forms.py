from django import forms
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 500


class HelpfulVoteForm(forms.Form):
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
        error_messages={
            "max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d).")
        },
    )
    # Honeypot: hidden from people, filled in by naive bots.
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
