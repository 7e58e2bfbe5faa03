from django import forms
from django.utils.translation import gettext_lazy as _


class ErasureForm(forms.Form):
    """Deletion cannot be undone, so the citizen confirms that they know what it does."""

    confirm = forms.BooleanField(
        label=_(
            "I understand that deleted data cannot be restored, and that the officers can no longer "
            "contact me."
        ),
        error_messages={"required": _("Tick the box to confirm that you want your data deleted.")},
    )


class RefuseForm(forms.Form):
    """Staff refusing a request give the reason; the citizen reads it in the email and on their page."""

    reason = forms.CharField(
        label=_("Reason for the citizen"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Say which rule applies and when they may ask again. It is emailed to the citizen."),
    )
