"""The manual hand-off between this portal and SP4N-LAPOR! (lapor.go.id), the national complaints system.

These machines have no access to LAPOR!'s API, so officers copy reports across by hand and record it
here: a report forwarded to LAPOR!, or one that arrived from LAPOR! and was entered on the portal, gets
the direction, LAPOR!'s tracking ID and the date of the hand-off (``Submission.lapor_*``). Who recorded
or corrected it, and when, is in Wagtail's audit log. The citizen sees the hand-off on their tracking
page, with a link to lapor.go.id.

Reports only (pengaduan, aspirasi, permintaan informasi: LAPOR!'s three types); the coordinator and
the officers of the report's agency may record it, as both have LAPOR! accounts (Admin Koordinator and
Admin Penghubung).

The back office exports the reports under the list's filters as a CSV laid out like LAPOR!'s report
form, to type them in. It is UTF-8 with a byte-order mark, so Excel reads it as UTF-8. Columns:

============================  ==========================================================================
column                        content
============================  ==========================================================================
Portal tracking code          the portal's code (``SWL-2611-7KQ4M2``), to find the report here again
Classification                Pengaduan, Aspirasi or Permintaan informasi (LAPOR!'s "klasifikasi")
Report title                  the subject the citizen wrote ("judul laporan")
Report text                   the description the citizen wrote ("isi laporan")
Date of the event             YYYY-MM-DD, empty when the citizen gave none ("tanggal kejadian")
Location                      the kelurahan/desa and kecamatan the citizen chose ("lokasi kejadian")
Target agency                 the agency (OPD) the report is assigned to ("instansi tujuan")
Confidentiality               Biasa, Anonim or Rahasia: tick LAPOR!'s "anonim"/"rahasia" to match
Received on the portal        YYYY-MM-DD
SP4N-LAPOR! tracking ID       when already linked, so a report is not entered twice
Reporter's name               only for an identity "biasa" (normal) report; empty for anonim and rahasia
Reporter's email              as the name
Reporter's mobile number      as the name
============================  ==========================================================================

The reporter's home address and NIK are never exported: LAPOR! asks for neither in a report.
"""

import re
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import LogFormatter, log

from home.forms import LENGTH_MESSAGES

from .forms import DATE_INPUT
from .models import Submission
from .workflow import REPORTS, Role, role_for

Direction = Submission.LaporDirection
LINK_FIELDS = ("lapor_direction", "lapor_id", "lapor_date")
LINK_ACTION = "feedback.submission.lapor"
EXPORT_ACTION = "feedback.submissions.export_lapor"
LINK_ROLES = frozenset({Role.COORDINATOR, Role.OFFICER})

# LAPOR!'s tracking IDs are numbers (e.g. #1916449); letters and inner hyphens are allowed in case the
# format changes. 4 to 30 characters with at least one digit: enough to refuse words and markup.
LAPOR_ID_RE = re.compile(r"^(?=.{4,30}\Z)(?=.*[0-9])[A-Z0-9]+(?:-[A-Z0-9]+)*\Z")
UNLINK = "hapus"
UNLINKED = "none"
FILTER_CHOICES = [*Direction.choices, (UNLINKED, gettext_lazy("Not linked"))]


def normalise_lapor_id(text: str) -> str:
    """A tracking ID as typed or pasted: "# 1916449" and "1916 449" become "1916449"."""
    return re.sub(r"\s+", "", text).removeprefix("#").upper()


def may_record(submission: Submission, user) -> bool:
    """Whether ``user`` may record the hand-off; which submissions they may open is feedback.access's rule."""
    return role_for(user) in LINK_ROLES and submission.kind in REPORTS


class LaporLinkForm(forms.Form):
    """Record, correct or (once recorded) remove a submission's hand-off."""

    direction = forms.ChoiceField(label=gettext_lazy("Hand-off"), widget=forms.RadioSelect)
    lapor_id = forms.CharField(
        label=gettext_lazy("SP4N-LAPOR! tracking ID"),
        help_text=gettext_lazy("The number SP4N-LAPOR! gave the report, e.g. 1916449."),
        required=False,
        max_length=40,
        error_messages=LENGTH_MESSAGES,
    )
    lapor_date = forms.DateField(
        label=gettext_lazy("Date of the hand-off"), required=False, widget=DATE_INPUT
    )

    def __init__(self, *args, submission: Submission, **kwargs):
        initial = {
            "direction": submission.lapor_direction,
            "lapor_id": submission.lapor_id,
            "lapor_date": submission.lapor_date or timezone.localdate(),
        }
        super().__init__(*args, prefix="lapor", initial=initial, **kwargs)
        choices = list(Direction.choices)
        if submission.lapor_direction:
            choices.append((UNLINK, _("Not linked: remove the record")))
        self.fields["direction"].choices = choices

    def clean_lapor_id(self):
        lapor_id = normalise_lapor_id(self.cleaned_data["lapor_id"])
        if lapor_id and not LAPOR_ID_RE.match(lapor_id):
            raise ValidationError(
                _("Write the tracking ID as SP4N-LAPOR! shows it: 4 to 30 letters and digits, e.g. 1916449.")
            )
        return lapor_id

    def clean_lapor_date(self):
        lapor_date = self.cleaned_data["lapor_date"]
        if lapor_date and lapor_date > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return lapor_date

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("direction") == UNLINK:
            return {"direction": "", "lapor_id": "", "lapor_date": None}
        if cleaned.get("lapor_id") == "":
            self.add_error("lapor_id", _("Write the tracking ID SP4N-LAPOR! gave the report."))
        if "lapor_date" in cleaned and cleaned["lapor_date"] is None:
            self.add_error("lapor_date", _("Give the date of the hand-off."))
        return cleaned


def _link_data(submission: Submission) -> dict:
    return {
        "direction": submission.lapor_direction,
        "lapor_id": submission.lapor_id,
        "date": submission.lapor_date.isoformat() if submission.lapor_date else None,
    }


def record_link(submission: Submission, *, user, direction: str, lapor_id: str, lapor_date) -> None:
    """Save the hand-off (an empty ``direction`` removes it) and write who did it to the audit log.

    Only the hand-off's fields are written, so a workflow step another officer takes at the same moment
    is not undone; the audit-log entry keeps the previous values of a correction.
    """
    previous = _link_data(submission)
    submission.lapor_direction, submission.lapor_id, submission.lapor_date = direction, lapor_id, lapor_date
    with transaction.atomic():
        submission.save(update_fields=[*LINK_FIELDS, "updated_at"])
        log(submission, LINK_ACTION, user=user, data={**_link_data(submission), "previous": previous})


class LinkLogFormatter(LogFormatter):
    """The audit-log line of a recorded hand-off, e.g. "Forwarded to SP4N-LAPOR!: 1916449, 3 March 2026"."""

    label = gettext_lazy("Record the SP4N-LAPOR! hand-off")

    def format_message(self, log_entry):
        data = log_entry.data
        if not data.get("direction"):
            return _("Removed the SP4N-LAPOR! hand-off")
        direction = Direction(data["direction"]).label
        handed_off = formats.date_format(date.fromisoformat(data["date"]), "j F Y")
        return f"{direction}: {data['lapor_id']}, {handed_off}"


def filter_submissions(queryset, value: str):
    """The list filter: forwarded, received, or not linked (``UNLINKED``)."""
    return queryset.filter(lapor_direction="" if value == UNLINKED else value)


# The export: see the table in the module docstring.

EXPORT_HEADINGS = {
    "tracking_code": gettext_lazy("Portal tracking code"),
    "classification": gettext_lazy("Classification"),
    "title": gettext_lazy("Report title"),
    "text": gettext_lazy("Report text"),
    "event_date": gettext_lazy("Date of the event"),
    "location": gettext_lazy("Location"),
    "agency": gettext_lazy("Target agency"),
    "confidentiality": gettext_lazy("Confidentiality"),
    "received": gettext_lazy("Received on the portal"),
    "lapor_id": gettext_lazy("SP4N-LAPOR! tracking ID"),
    "name": gettext_lazy("Reporter's name"),
    "email": gettext_lazy("Reporter's email"),
    "phone": gettext_lazy("Reporter's mobile number"),
}


def export_row(submission: Submission) -> dict:
    """One report as a row of the LAPOR! CSV; the reporter's contact only for an identity "biasa" report."""
    places = [str(submission.kelurahan) if submission.kelurahan else ""]
    places.append(f"Kecamatan {submission.kecamatan.name}" if submission.kecamatan else "")
    known = submission.identity == Submission.Identity.NORMAL
    return {
        "tracking_code": submission.tracking_code,
        "classification": submission.get_kind_display(),
        "title": submission.subject,
        "text": submission.description,
        "event_date": submission.event_date,
        "location": ", ".join(place for place in places if place),
        "agency": submission.agency.name if submission.agency else "",
        "confidentiality": submission.get_identity_display(),
        "received": timezone.localdate(submission.created_at),
        "lapor_id": submission.lapor_id,
        "name": submission.name if known else "",
        "email": submission.email if known else "",
        "phone": submission.phone if known else "",
    }
