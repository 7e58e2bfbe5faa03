from django import forms
from django.contrib import messages
from django.utils.translation import gettext_lazy as _

# Plain words for text that is too long; the form keeps what was typed so it can be shortened.
LENGTH_MESSAGES = {"max_length": _("Write at most %(limit_value)d characters (you wrote %(show_value)d).")}


class HoneypotMixin(forms.Form):
    """A field hidden from people (CSS and aria-hidden); bots that fill it are thanked and ignored."""

    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def is_bot(self):
        return bool(self.cleaned_data.get("website"))


def message_form_errors(request, form):
    """Each error of `form` as a message, for admin forms that post and then redirect back."""
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else field
        messages.error(request, f"{label}: {' '.join(errors)}")
