"""The steps of the citizen wizards. Each form validates on the server; messages are for residents."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.forms import LENGTH_MESSAGES, HoneypotMixin
from services_catalog.blocks import YES_NO, choice_lines
from services_catalog.eligibility import MARITAL_STATUSES, ApplicantAnswers, age_on
from services_catalog.models import Agency, ServicePage

from . import skm
from .identity import nik_birth_date, normalise_phone, validate_nik
from .models import Kecamatan, Kelurahan, Submission
from .uploads import UploadField, total_size_error

DESCRIPTION_MAX_LENGTH = 4000
MAX_EVIDENCE_FILES = 3


# The browser's date picker where there is one; a plain YYYY-MM-DD text field elsewhere.
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class TranslatedChoiceField(forms.ModelChoiceField):
    """A translatable choice (an agency, a service) in the active language that also takes its
    translation in another language: what was chosen before a language switch stays chosen."""

    def in_active_language(self, value):
        if value in self.empty_values or hasattr(value, "_meta"):
            return value
        try:
            same_object = self.queryset.model.objects.filter(pk=int(value)).values("translation_key")
        except (TypeError, ValueError):
            return value
        here = self.queryset.filter(translation_key__in=same_object).values_list("pk", flat=True).first()
        return here or value

    def to_python(self, value):
        return super().to_python(self.in_active_language(value))

    def prepare_value(self, value):
        return super().prepare_value(self.in_active_language(value))


class VillageChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, village):
        return f"{village} ({village.kecamatan})"


class PlaceMixin(forms.Form):
    """Kecamatan and kelurahan/desa chosen from the lists loaded as data; they must belong together."""

    kecamatan = forms.ModelChoiceField(
        label=_("District (kecamatan)"), queryset=Kecamatan.objects.all(), empty_label=_("Choose a district")
    )
    kelurahan = VillageChoiceField(
        label=_("Village (kelurahan or desa)"),
        queryset=Kelurahan.objects.select_related("kecamatan"),
        empty_label=_("Choose a village"),
    )

    def clean(self):
        cleaned = super().clean()
        district, village = cleaned.get("kecamatan"), cleaned.get("kelurahan")
        if district and village and village.kecamatan_id != district.pk:
            self.add_error("kelurahan", _("This village is not in the district you chose."))
        return cleaned


class ApplicantForm(PlaceMixin):
    name = forms.CharField(label=_("Full name"), max_length=150, help_text=_("As written on your KTP."))
    nik = forms.CharField(
        label=_("NIK (national identity number)"),
        max_length=24,  # 16 digits and the spaces, dots or hyphens people put between groups
        help_text=_("16 digits, on your KTP or family card (KK)."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    birth_date = forms.DateField(label=_("Date of birth"), widget=DATE_INPUT)
    address = forms.CharField(
        label=_("Address"),
        max_length=300,
        help_text=_("Street, house number, RT/RW."),
        widget=forms.TextInput,
    )

    field_order = ["name", "nik", "birth_date", "address", "kecamatan", "kelurahan"]

    def __init__(self, *args, service=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.service = service
        if service and service.asks_marital_status:
            self.fields["marital_status"] = forms.ChoiceField(
                label=_("Marital status"),
                choices=MARITAL_STATUSES,
                widget=forms.RadioSelect,
                help_text=_("As on your family card (KK)."),
                error_messages={"required": _("Choose your marital status.")},
            )

    def clean_nik(self):
        return validate_nik(self.cleaned_data["nik"])

    def clean(self):
        cleaned = super().clean()
        nik, birth_date = cleaned.get("nik"), cleaned.get("birth_date")
        if nik and birth_date and nik_birth_date(nik)[0] != birth_date:
            self.add_error("birth_date", _("The date of birth does not match the one in your NIK."))
        if self.service and birth_date and "birth_date" not in self.errors:
            refusal = self.service.eligibility_refusal(age_on(birth_date), cleaned.get("marital_status", ""))
            if refusal:
                self.add_error("birth_date", refusal)
        return cleaned

    def labelled_answers(self):
        """The answers officers need besides the applicant's identity (saved in Submission.details)."""
        if "marital_status" not in self.fields:
            return []
        status = self.cleaned_data["marital_status"]
        field = self.fields["marital_status"]
        return [
            {"key": "status-perkawinan", "label": str(field.label), "value": str(dict(field.choices)[status])}
        ]


class ServiceQuestionsForm(forms.Form):
    """The questions an editor set on the service (ServicePage.questions), one field each."""

    def __init__(self, *args, service, **kwargs):
        super().__init__(*args, **kwargs)
        self.past_dates = set()
        for block in service.questions:
            question = block.value
            self.fields[question["key"]] = self._field(question)
            if question["kind"] == "past_date":
                self.past_dates.add(question["key"])

    @staticmethod
    def _field(question):
        options = {
            "label": question["label"],
            "required": question["required"],
            "help_text": question["help_text"] or "",
        }
        kind = question["kind"]
        if kind in ("date", "past_date"):
            return forms.DateField(widget=DATE_INPUT, **options)
        if kind == "choice":
            lines = choice_lines(question["choices"])
            return forms.ChoiceField(
                choices=[(line, line) for line in lines], widget=forms.RadioSelect, **options
            )
        if kind == "yes_no":
            return forms.ChoiceField(choices=YES_NO, widget=forms.RadioSelect, **options)
        return forms.CharField(max_length=200, **options)

    def clean(self):
        cleaned = super().clean()
        for name in self.past_dates:
            if cleaned.get(name) and cleaned[name] > timezone.localdate():
                self.add_error(name, _("The date cannot be in the future."))
        return cleaned

    def labelled_answers(self):
        """Each answer with its question, as shown to the resident (saved in Submission.details)."""
        answers = []
        for name, field in self.fields.items():
            value = self.cleaned_data.get(name)
            if value in (None, ""):
                continue
            if isinstance(value, datetime.date):
                text = date_format(value, "j F Y")
            else:
                text = str(dict(getattr(field, "choices", [])).get(value, value))
            answers.append({"key": name, "label": str(field.label), "value": text})
        return answers


class ContactForm(forms.Form):
    """An email address or a mobile number: either is enough, so neither is marked "(optional)".

    wizard_step.html puts the two fields in one fieldset whose legend says to fill in one.
    """

    contact_fields = ("email", "phone")
    contact_legend = _("Email or mobile number (fill in at least one)")

    email = forms.EmailField(
        label=_("Email"), required=False, help_text=_("We send the receipt and answers here.")
    )
    phone = forms.CharField(
        label=_("Mobile number"),
        required=False,
        max_length=25,
        help_text=_("e.g. 0812 3456 7890"),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    require_contact = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.contact_fields:
            self.fields[name].conditional = True  # required as a pair: the legend says so

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        return normalise_phone(phone) if phone else ""

    def clean(self):
        cleaned = super().clean()
        contact_errors = "email" in self.errors or "phone" in self.errors
        if self.require_contact and not contact_errors and not (cleaned.get("email") or cleaned.get("phone")):
            # Next to the first field of the group, so the error summary links to it.
            self.add_error("email", _("Give an email address or a mobile number, so we can reach you."))
        return cleaned


class DocumentsForm(forms.Form):
    """One upload per requirement that applies to the applicant and is marked uploadable; optional notes.

    Requirements that do not apply (by age, marital status or an answer: `answers`) are not asked. A
    requirement with an alternative first asks whether the applicant has the document; who does not
    uploads the alternative (e.g. an SPTJM instead of the marriage book, Permendagri 9/2016).
    """

    HAVE, ALTERNATIVE = "ada", "pengganti"

    notes = forms.CharField(
        label=_("Notes for the officer"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages=LENGTH_MESSAGES,
    )

    def __init__(self, *args, service, answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        documents = {}
        self.alternatives = {}  # upload field → (its choice field, the document, the alternative)
        for block in service.applicable_requirements(answers or ApplicantAnswers()):
            requirement = block.value
            if not requirement["upload"]:
                continue
            name = f"doc_{block.id.replace('-', '')[:12]}"
            label = requirement["name"]
            if requirement["alternative"]:
                choice = f"{name}_choice"
                documents[choice] = forms.ChoiceField(
                    label=format_lazy(_("{document}: do you have it?"), document=label),
                    widget=forms.RadioSelect,
                    choices=[
                        (self.HAVE, _("Yes, I upload it")),
                        (
                            self.ALTERNATIVE,
                            format_lazy(
                                _("No, I do not have it: I upload “{alternative}” instead"),
                                alternative=requirement["alternative"],
                            ),
                        ),
                    ],
                    error_messages={"required": _("Choose whether you have this document.")},
                )
                self.alternatives[name] = (choice, label, requirement["alternative"])
                label = format_lazy(
                    _("{document}, or if you do not have it: {alternative}"),
                    document=label,
                    alternative=requirement["alternative"],
                )
            documents[name] = UploadField(label=label, help_text=requirement["note"] or None)
        self.fields = {**documents, **self.fields}
        self.document_fields = [name for name in documents if not name.endswith("_choice")]

    def uploads(self):
        """(label, file) of each document, named after what the applicant chose to upload."""
        result = []
        for name in self.document_fields:
            label = self.fields[name].label
            if name in self.alternatives:
                choice, document, alternative = self.alternatives[name]
                label = alternative if self.cleaned_data.get(choice) == self.ALTERNATIVE else document
            result.append((str(label), self.cleaned_data[name]))
        return result

    def clean(self):
        cleaned = super().clean()
        error = total_size_error([cleaned[name] for name in self.document_fields if cleaned.get(name)])
        if error:
            raise ValidationError(error)
        return cleaned


class ConsentForm(HoneypotMixin):
    consent = forms.BooleanField(
        label=_("I agree that my data is used for this purpose, as described in the privacy notice."),
        error_messages={"required": _("You must agree before you can send.")},
    )


class ReportTypeForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What do you want to send?"),
        widget=forms.RadioSelect,
        choices=[
            (
                Submission.Kind.COMPLAINT,
                _("A complaint: something went wrong with a service or in your area"),
            ),
            (Submission.Kind.ASPIRATION, _("An aspiration: an idea or suggestion for the city")),
            (
                Submission.Kind.INFORMATION,
                _("An information request: ask for public information (UU 14/2008)"),
            ),
        ],
        error_messages={"required": _("Choose what you want to send.")},
    )


class ReportForm(PlaceMixin):
    subject = forms.CharField(
        label=_("Subject"), max_length=200, help_text=_("In a few words, e.g. 'Jalan berlubang di Talawi'.")
    )
    description = forms.CharField(
        label=_("Describe it"),
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_(
            "What happened, where and when. At most 4,000 characters. "
            "Do not write other people's personal data."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages=LENGTH_MESSAGES,
    )
    agency = TranslatedChoiceField(
        label=_("Agency concerned"),
        queryset=Agency.objects.none(),
        required=False,
        empty_label=_("I don't know"),
    )
    event_date = forms.DateField(
        label=_("Date of the event"),
        required=False,
        widget=DATE_INPUT,
    )

    field_order = ["subject", "description", "agency", "kecamatan", "kelurahan", "event_date"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(locale__language_code=get_language())
        self.fields["kelurahan"].required = False
        self.fields["kecamatan"].required = False

    def clean_event_date(self):
        event_date = self.cleaned_data["event_date"]
        if event_date and event_date > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return event_date


class EvidenceForm(forms.Form):
    file_1 = UploadField(label=_("Photo or document 1"), required=False)
    file_2 = UploadField(label=_("Photo or document 2"), required=False)
    file_3 = UploadField(label=_("Photo or document 3"), required=False)

    def clean(self):
        cleaned = super().clean()
        error = total_size_error([file for file in cleaned.values() if file])
        if error:
            raise ValidationError(error)
        return cleaned


# Komisi Informasi's Perki 1/2021 (standard of public information service) asks every information
# request for the requester's name, address and a way to reach them, besides the information wanted,
# its purpose and how to receive it (UU 14/2008 ps. 22). Hence no anonymous information requests.
INFORMATION_NOT_ANONYMOUS = _(
    "An information request cannot be anonymous: the law asks for the requester's name and address "
    "(UU 14/2008 and Komisi Informasi Regulation 1/2021). Choose “Confidential” if the request must "
    "never be published."
)


class InformationRequestForm(forms.Form):
    """UU 14/2008 asks the requester to state the purpose and how to receive the information.

    The requester's address is asked here, next to the delivery: Perki 1/2021 asks for it in every
    request, and it is where the information goes by post.
    """

    purpose = forms.CharField(
        label=_("What do you need the information for?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages=LENGTH_MESSAGES,
    )
    delivery = forms.ChoiceField(
        label=_("How do you want to receive it?"),
        widget=forms.RadioSelect,
        choices=[
            ("email", _("By email")),
            ("ambil", _("I will collect it at the office")),
            ("pos", _("By post")),
        ],
        help_text=_("By email, you give your email address in the next step."),
        error_messages={"required": _("Choose how you want to receive the information.")},
    )
    address = forms.CharField(
        label=_("Your postal address"),
        max_length=300,
        help_text=_(
            "Street, house number, RT/RW, village, city and postal code. The law asks for the "
            "requester's address in every information request; by post, we send the information here."
        ),
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
        error_messages={
            "required": _("Write your postal address: an information request needs it."),
            **LENGTH_MESSAGES,
        },
    )


class ReporterForm(ContactForm):
    """Who reports, and how their identity is treated.

    For an information request (`kind`), anonymity is not offered (see INFORMATION_NOT_ANONYMOUS) and,
    when the information is to come by email (`delivery`), the email address is required.
    """

    identity = forms.ChoiceField(
        label=_("How should we treat your identity?"),
        widget=forms.RadioSelect,
        initial=Submission.Identity.NORMAL,
        choices=[
            (
                Submission.Identity.NORMAL,
                _("Normal: the agency sees your name; the report may be published without it."),
            ),
            (
                Submission.Identity.ANONYMOUS,
                _("Anonymous: your identity is hidden from the agency and the public."),
            ),
            (Submission.Identity.CONFIDENTIAL, _("Confidential: the report itself is never published.")),
        ],
    )
    name = forms.CharField(label=_("Your name"), max_length=150, required=False)
    allow_publication = forms.BooleanField(
        label=_("The report and its answer may be published on the site (without my name)."), required=False
    )

    field_order = ["identity", "name", "email", "phone", "allow_publication"]
    contact_legend = _("Email or mobile number (fill in at least one, unless you report anonymously)")

    def __init__(self, *args, kind=None, delivery=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.information_request = kind == Submission.Kind.INFORMATION
        self.delivery = delivery
        self.fields["name"].help_text = _("Needed unless you report anonymously.")
        self.fields["name"].conditional = True  # not marked "(optional)": it depends on the identity
        if self.information_request:
            identity = self.fields["identity"]
            identity.choices = [
                choice for choice in identity.choices if choice[0] != Submission.Identity.ANONYMOUS
            ]
            identity.help_text = INFORMATION_NOT_ANONYMOUS
            identity.error_messages["invalid_choice"] = INFORMATION_NOT_ANONYMOUS
            self.fields["name"].help_text = _("An information request needs your name.")
            self.contact_legend = ContactForm.contact_legend
            if delivery == "email":
                self.fields["email"].help_text = _("You asked to receive the information by email.")

    def clean(self):
        identity = self.cleaned_data.get("identity")
        self.require_contact = identity != Submission.Identity.ANONYMOUS
        if self.require_contact and not self.cleaned_data.get("name"):
            self.add_error(
                "name",
                _("Write your name: an information request needs it.")
                if self.information_request
                else _("Write your name, or choose to report anonymously."),
            )
        cleaned = super().clean()
        if (
            self.information_request
            and self.delivery == "email"
            and not cleaned.get("email")
            and "email" not in self.errors
        ):
            self.add_error(
                "email",
                _(
                    "You asked to receive the information by email: write your email address, "
                    "or go back and choose another way."
                ),
            )
        if identity == Submission.Identity.CONFIDENTIAL and cleaned.get("allow_publication"):
            self.add_error(
                "allow_publication",
                _(
                    "A confidential report is never published: untick this box, "
                    "or choose another way of treating your identity."
                ),
            )
        return cleaned


class SurveyServiceForm(forms.Form):
    service = TranslatedChoiceField(
        label=_("Which service did you use?"),
        queryset=ServicePage.objects.none(),
        empty_label=_("Choose a service"),
    )
    service_date = forms.DateField(label=_("When did you use it?"), widget=DATE_INPUT)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = (
            ServicePage.objects.live().filter(locale__language_code=get_language()).order_by("title")
        )

    def clean_service_date(self):
        service_date = self.cleaned_data["service_date"]
        if service_date > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return service_date


class RatingsForm(forms.Form):
    """The nine SKM elements, each with its own four answers (not a generic 1–4 scale)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, element, question, labels in skm.ELEMENTS:
            self.fields[key] = forms.TypedChoiceField(
                label=format_html("{}: {}", element, question),
                choices=[(str(score), label) for score, label in enumerate(labels, start=1)],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose one answer.")},
            )


class RespondentForm(forms.Form):
    gender = forms.ChoiceField(label=_("Gender"), choices=skm.GENDERS, widget=forms.RadioSelect)
    age_band = forms.ChoiceField(label=_("Age"), choices=skm.AGE_BANDS, widget=forms.RadioSelect)
    education = forms.ChoiceField(label=_("Education"), choices=skm.EDUCATION, widget=forms.RadioSelect)
    occupation = forms.ChoiceField(label=_("Occupation"), choices=skm.OCCUPATIONS, widget=forms.RadioSelect)
    occupation_other = forms.CharField(label=_("Other occupation"), required=False, max_length=100)


class SuggestionForm(HoneypotMixin):
    suggestion = forms.CharField(
        label=_("Your suggestions for this service"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages=LENGTH_MESSAGES,
    )


class MissingDocumentForm(forms.Form):
    document = UploadField(label=_("The requested document"))
