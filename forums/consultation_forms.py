"""The form residents use to comment on a public consultation."""

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from home.forms import LENGTH_MESSAGES, HoneypotMixin

from .posting import MAX_LENGTH

GENERAL = "umum"  # the choice for a comment on the consultation as a whole, not on one question


class ConsultationCommentForm(HoneypotMixin):
    question = forms.ChoiceField(
        label=_("Your comment is about"),
        error_messages={"invalid_choice": _("Choose one of the questions, or “General comment”.")},
    )
    body = forms.CharField(
        label=_("Your comment"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write your comment."), **LENGTH_MESSAGES},
    )

    def __init__(self, *args, questions, **kwargs):
        """`questions`: the consultation's questions, already loaded (no query per form)."""
        super().__init__(*args, **kwargs)
        self.questions = {str(question.pk): question for question in questions}
        self.fields["question"].choices = [
            (GENERAL, _("General comment")),
            *((key, question.text) for key, question in self.questions.items()),
        ]
        self.fields["question"].initial = GENERAL
        self.fields["body"].help_text = _(
            "At most %(limit)s characters. Your comment is public, shown with your display name: "
            "do not write personal data such as your NIK, address or phone number."
        ) % {"limit": number_format(MAX_LENGTH, force_grouping=True)}

    def clean_question(self):
        """The ConsultationQuestion chosen, or None for a general comment."""
        return self.questions.get(self.cleaned_data["question"])
