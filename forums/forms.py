"""Forum forms: a new topic, a reply, an edit and a report. Messages are written for residents."""

import copy

from django import forms
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from home.forms import LENGTH_MESSAGES, HoneypotMixin

from .models import Flag, Topic
from .posting import MAX_LENGTH


def _body_help():
    return _(
        "At most %(limit)s characters. A blank line starts a new paragraph; **bold**, *italic*, lines "
        "starting with “- ” make a list and “> ” a quote; web addresses become links. "
        "Do not write personal data such as your NIK or phone number."
    ) % {"limit": number_format(MAX_LENGTH, force_grouping=True)}


# Evaluated when shown, in the visitor's language and number format (10.000 / 10,000).
BODY_HELP = lazy(_body_help, str)()


class BodyField(forms.CharField):
    """The text of a post. No maxlength attribute: a browser would cut pasted text silently, whereas
    the server's message says how long it is and keeps all of it for shortening."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Your message"))
        super().__init__(
            max_length=MAX_LENGTH,
            help_text=BODY_HELP,
            widget=forms.Textarea(attrs={"rows": 8}),
            error_messages={**LENGTH_MESSAGES, "required": _("Write your message.")},
            **kwargs,
        )

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class AgencyChoiceMixin(forms.Form):
    """Staff linked to agencies (feedback.AgencyMembership) may post as one of them, with its badge."""

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.agencies = {str(agency.pk): agency for agency in agencies}
        if self.agencies:
            self.fields["as_agency"] = forms.ChoiceField(
                label=_("Post as"),
                choices=[("", _("Yourself, with your display name"))]
                + [(pk, agency.name) for pk, agency in self.agencies.items()],
                required=False,
                widget=forms.RadioSelect,
                help_text=_("A post as an agency shows the agency's name as a badge."),
            )
            self.order_fields(self.field_order)  # the honeypot stays last

    def clean_as_agency(self):
        return self.agencies.get(self.cleaned_data.get("as_agency") or "")


class TopicForm(AgencyChoiceMixin, HoneypotMixin):
    title = forms.CharField(
        label=_("Title"),
        max_length=Topic._meta.get_field("title").max_length,
        help_text=_("What the topic is about, in a few words."),
        error_messages={**LENGTH_MESSAGES, "required": _("Give your topic a title.")},
    )
    body = BodyField()

    field_order = ["title", "body", "as_agency", "website"]


class ReplyForm(AgencyChoiceMixin, HoneypotMixin):
    body = BodyField(label=_("Your reply"))
    # The quoted post's id, carried from the "Quote" link (?kutip=); the view checks it belongs here.
    quote = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    field_order = ["body", "as_agency", "website", "quote"]


class EditForm(forms.Form):
    """The author's correction of their own post (and of the title, for the opening post)."""

    body = BodyField()

    def __init__(self, *args, with_title=False, **kwargs):
        super().__init__(*args, **kwargs)
        if with_title:
            self.fields["title"] = copy.deepcopy(TopicForm.base_fields["title"])
            self.order_fields(["title", "body"])


class FlagForm(HoneypotMixin):
    reason = forms.ChoiceField(
        label=_("What is wrong with this post?"),
        choices=Flag.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a reason.")},
    )
    note = forms.CharField(
        label=_("Anything the moderators should know"),
        required=False,
        max_length=Flag._meta.get_field("note").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("At most 500 characters. Only moderators read this."),
        error_messages=LENGTH_MESSAGES,
    )
