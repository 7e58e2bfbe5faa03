"""StreamField blocks of the service catalogue (Standar Pelayanan components as structured data)."""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from .eligibility import NO, YES, is_or_was_married

AGE_CONDITIONS = [
    ("", _("Everyone, whatever their age")),
    ("under", _("Only applicants younger than the age below")),
    ("at_least", _("Only applicants of the age below or older")),
]
MARITAL_CONDITIONS = [
    ("", _("Everyone, married or not")),
    ("married", _("Only applicants who are or have been married")),
    ("never_married", _("Only applicants who have never married")),
]
YES_NO = [(YES, _("Yes")), (NO, _("No"))]
KEY_HELP = _(
    "A short name for the answer: small letters, digits and hyphens, e.g. 'nama-anak'. Requirements "
    "refer to the question by it. It stays the same in every language; do not change it once residents "
    "have applied."
)


class RequirementValue(blocks.StructValue):
    """A requirement with its conditions: whether it applies to an applicant, and in plain words."""

    def applies_to(self, answers):
        """Whether this requirement applies to an applicant (eligibility.ApplicantAnswers)."""
        age_condition, age = self.get("age_condition"), self.get("age")
        if age_condition and age and answers.age is not None:
            if age_condition == "under" and answers.age >= age:
                return False
            if age_condition == "at_least" and answers.age < age:
                return False
        marital_condition = self.get("marital_condition")
        if marital_condition and answers.marital_status:
            married = is_or_was_married(answers.marital_status)
            if married != (marital_condition == "married"):
                return False
        key = self.get("question")
        return not (key and key in answers.questions and answers.questions[key] != self.get("answer"))

    @property
    def is_conditional(self):
        return bool(
            (self.get("age_condition") and self.get("age"))
            or self.get("marital_condition")
            or self.get("question")
        )

    def conditions(self, question_labels=None):
        """The conditions in plain words, e.g. ["under 17", "married or ever married"]."""
        parts = []
        age_condition, age = self.get("age_condition"), self.get("age")
        if age_condition == "under" and age:
            parts.append(format_lazy(_("under {age}"), age=age))
        elif age_condition == "at_least" and age:
            parts.append(format_lazy(_("{age} or older"), age=age))
        if self.get("marital_condition") == "married":
            parts.append(_("married or ever married"))
        elif self.get("marital_condition") == "never_married":
            parts.append(_("never married"))
        key = self.get("question")
        if key:
            label = (question_labels or {}).get(key, key)
            answer = dict(YES_NO).get(self.get("answer"), "")
            parts.append(format_lazy(_("answered “{answer}” to “{question}”"), answer=answer, question=label))
        return parts


class RequirementBlock(blocks.StructBlock):
    """One item of the persyaratan: what to bring, and how it is checked."""

    name = blocks.CharBlock(
        label=_("Document or condition"),
        max_length=250,
        help_text=_("What the resident must bring or fulfil, e.g. 'Kartu Keluarga'."),
    )
    note = blocks.CharBlock(
        label=_("Note"),
        required=False,
        max_length=250,
        help_text=_("Optional detail, e.g. 'for applicants under 17'."),
    )
    original_required = blocks.BooleanBlock(
        label=_("Original must be shown"),
        required=False,
        help_text=_("The officer checks the original document."),
    )
    copies = blocks.IntegerBlock(
        label=_("Photocopies"),
        min_value=0,
        max_value=10,
        default=0,
        help_text=_("How many copies; 0 for none."),
    )
    upload = blocks.BooleanBlock(
        label=_("Uploaded when applying online"),
        required=False,
        help_text=_("The online application asks for a scan or photo of this document."),
    )
    alternative = blocks.CharBlock(
        label=_("Instead, if the resident does not have it"),
        required=False,
        default="",
        max_length=250,
        help_text=_(
            "What a resident who does not have this document may bring instead, e.g. 'SPTJM kebenaran "
            "sebagai pasangan suami istri'. The online application then lets them choose."
        ),
    )
    age_condition = blocks.ChoiceBlock(
        label=_("Only for some ages"),
        choices=AGE_CONDITIONS,
        required=False,
        help_text=_("Leave empty if the requirement applies whatever the applicant's age."),
    )
    age = blocks.IntegerBlock(
        label=_("Age"),
        required=False,
        min_value=1,
        max_value=120,
        help_text=_("In years, e.g. 17. Used with the choice above."),
    )
    marital_condition = blocks.ChoiceBlock(
        label=_("Only for some marital statuses"),
        choices=MARITAL_CONDITIONS,
        required=False,
        help_text=_("The online application then asks the applicant's marital status."),
    )
    question = blocks.RegexBlock(
        label=_("Only after this answer: question"),
        regex=r"^[a-z0-9-]+$",
        required=False,
        max_length=40,
        error_messages={"invalid": _("Use small letters, digits and hyphens only.")},
        help_text=_(
            "The short name of one of this service's yes/no questions, e.g. 'lahir-di-rumah'. "
            "Leave empty if the requirement does not depend on a question."
        ),
    )
    answer = blocks.ChoiceBlock(
        label=_("Only after this answer: answer"),
        choices=YES_NO,
        required=False,
        help_text=_("The answer to that question for which the requirement applies."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Requirement")
        value_class = RequirementValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("age_condition") and not value.get("age"):
            errors["age"] = ValidationError(_("Give the age the condition is about."))
        if value.get("question") and not value.get("answer"):
            errors["answer"] = ValidationError(_("Choose the answer for which the requirement applies."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class RegulationBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Regulation"),
        max_length=300,
        help_text=_("Full name, e.g. 'Undang-Undang Nomor 23 Tahun 2006 …'."),
    )
    url = blocks.URLBlock(label=_("Link to the text"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Regulation")


class QuestionBlock(blocks.StructBlock):
    """A question of the online application that only this service asks, e.g. the child's name."""

    KINDS = [
        ("text", _("Short text")),
        ("date", _("Date")),
        ("past_date", _("Date in the past, e.g. a date of birth")),
        ("choice", _("One answer from a list")),
        ("yes_no", _("Yes or no")),
    ]

    label = blocks.CharBlock(
        label=_("Question"), max_length=150, help_text=_("As the resident reads it, e.g. 'Nama anak'.")
    )
    key = blocks.RegexBlock(
        label=_("Short name"),
        regex=r"^[a-z0-9-]+$",
        max_length=40,
        error_messages={"invalid": _("Use small letters, digits and hyphens only.")},
        help_text=KEY_HELP,
    )
    kind = blocks.ChoiceBlock(label=_("Kind of answer"), choices=KINDS, default="text")
    choices = blocks.TextBlock(
        label=_("Answers to choose from"),
        required=False,
        default="",
        help_text=_("Only for 'one answer from a list': one answer per line."),
    )
    required = blocks.BooleanBlock(
        label=_("Required"), required=False, default=True, help_text=_("The resident must answer.")
    )
    help_text = blocks.CharBlock(
        label=_("Hint"),
        required=False,
        default="",
        max_length=250,
        help_text=_("Shown under the question, e.g. 'As written on the birth notification'."),
    )

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        if value["kind"] == "choice" and len(choice_lines(value["choices"])) < 2:
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Give at least two answers, one per line."))}
            )
        return value


def choice_lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class QuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()

    def clean(self, value):
        value = super().clean(value)
        keys = [child.value["key"] for child in value]
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise StreamBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        _("Each question needs its own short name: %(keys)s is used twice.")
                        % {"keys": ", ".join(duplicates)}
                    )
                ]
            )
        return value


class DownloadBlock(blocks.StructBlock):
    """A form residents download, fill in and bring or upload (e.g. an SPTJM)."""

    document = DocumentChooserBlock(label=_("Document"), help_text=_("Preferably a PDF."))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        default="",
        max_length=200,
        help_text=_("Leave empty to use the document's title. Translate it for other languages."),
    )

    class Meta:
        icon = "download"
        label = _("Downloadable form")
