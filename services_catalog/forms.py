from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import LENGTH_MESSAGES, HoneypotMixin

from .blocks import YES_NO
from .eligibility import MARITAL_STATUSES, ApplicantAnswers

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


class ChecklistForm(forms.Form):
    """Narrows the print checklist to one resident before they apply: only the requirements that apply
    to their age, marital status and answers (the rules of services_catalog.eligibility). Sent by GET,
    so the narrowed sheet has its own address; every field may be left empty ("not said")."""

    umur = forms.IntegerField(
        label=_("Age of the applicant"),
        required=False,
        min_value=0,
        max_value=130,
        # Text, not a number field: what was typed stays in the box even when it is not a number.
        widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 4}),
        error_messages={"invalid": _("Write the age in whole years, e.g. 16.")},
    )
    status = forms.ChoiceField(label=_("Marital status"), required=False)

    def __init__(self, data, *, service):
        super().__init__(data)
        not_said = [("", _("Not said"))]
        if not any(block.value.get("age_condition") for block in service.requirements):
            del self.fields["umur"]
        if service.asks_marital_status:
            self.fields["status"].choices = not_said + MARITAL_STATUSES
        else:
            del self.fields["status"]
        asked = {block.value.get("question") for block in service.requirements}
        for question in service.questions:
            if question.value["key"] in asked and question.value["kind"] == "yes_no":
                self.fields[f"q-{question.value['key']}"] = forms.ChoiceField(
                    label=question.value["label"], required=False, choices=not_said + YES_NO
                )

    def answers(self):
        """What the resident said, as ApplicantAnswers; a field with an error counts as not said."""
        self.is_valid()
        data = self.cleaned_data
        return ApplicantAnswers(
            age=data.get("umur"),
            marital_status=data.get("status") or "",
            questions={name[2:]: value for name, value in data.items() if name.startswith("q-") and value},
        )
