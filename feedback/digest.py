"""The staff's daily reminder of deadlines: what is overdue, and what is due tomorrow.

Each agency's officers (AgencyMembership) get the agency's open submissions; the Koordinator
Pengaduan gets those not forwarded to any agency yet, which are theirs to move. Someone with several
agencies, or who is also a coordinator, gets one email with a section each. Nothing is sent to
someone with nothing to do. The emails are in Indonesian (settings.LANGUAGE_CODE): the back office
works in Indonesian. A fixed handful of queries, however many submissions and staff there are.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale

from services_catalog.models import Agency

from .models import RUNNING_STATUSES, AgencyMembership, Submission
from .tasks import absolute
from .workflow import Role

OVERDUE = gettext_lazy("Overdue")
DUE_TOMORROW = gettext_lazy("Due tomorrow")


@dataclass
class DueItem:
    tracking_code: str
    kind: str
    subject: str
    deadline: date
    days_overdue: int  # calendar days past the deadline; 0 when it is due tomorrow
    url: str  # the submission's page in the back office


@dataclass
class Section:
    title: str  # the agency, or "not forwarded yet"
    overdue: list[DueItem] = field(default_factory=list)
    due_tomorrow: list[DueItem] = field(default_factory=list)

    @property
    def groups(self):
        """The overdue items first, then those due tomorrow, each under its heading."""
        return [(OVERDUE, self.overdue), (DUE_TOMORROW, self.due_tomorrow)]


@dataclass
class Digest:
    user: object
    sections: list[Section] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(section.overdue) + len(section.due_tomorrow) for section in self.sections)


def due_submissions(today: date):
    """Open submissions past their deadline, or due on the next calendar day.

    "Tomorrow" is the next calendar day, not the next working day: deadlines fall on working days,
    so the digest sent on a Friday lists nothing due tomorrow, and Monday's deadlines are listed on
    Sunday. Run it every day, and read Sunday's on Monday morning.
    """
    return (
        Submission.objects.filter(status__in=RUNNING_STATUSES)
        .filter(Q(deadline__lt=today) | Q(deadline=today + timedelta(days=1)))
        .values("pk", "tracking_code", "kind", "subject", "deadline", "agency__translation_key")
        .order_by("deadline", "tracking_code")
    )


def build_digests(rows: list[dict], today: date) -> list[Digest]:
    """One digest per staff member with something in ``rows`` (see due_submissions); sections in agency
    name order, each item under "overdue" or "due tomorrow"."""
    by_agency: dict[object, list[dict]] = {}
    for row in rows:
        by_agency.setdefault(row["agency__translation_key"], []).append(row)
    if not by_agency:
        return []
    unassigned = by_agency.pop(None, [])
    digests: dict[int, Digest] = {}

    if by_agency:
        # A submission made on the English site points to the English version of its agency.
        agencies = Agency.objects.filter(translation_key__in=by_agency)
        default_locale_id = Locale.get_default().pk
        names: dict[object, str] = {}
        for agency in agencies:
            if agency.translation_key not in names or agency.locale_id == default_locale_id:
                names[agency.translation_key] = agency.name
        staff: dict[object, dict[int, object]] = {}
        memberships = (
            AgencyMembership.objects.filter(agency__translation_key__in=by_agency, user__is_active=True)
            .exclude(user__email="")
            .select_related("user", "agency")
        )
        for membership in memberships:
            staff.setdefault(membership.agency.translation_key, {})[membership.user.pk] = membership.user
        for key in sorted(by_agency, key=lambda key: names.get(key, "")):
            section = _section(names.get(key, ""), by_agency[key], today)
            for user in staff.get(key, {}).values():
                digests.setdefault(user.pk, Digest(user)).sections.append(section)

    if unassigned:
        section = _section(_("Not forwarded to an agency yet"), unassigned, today)
        coordinators = (
            get_user_model()
            .objects.filter(groups__name=Role.COORDINATOR.value, is_active=True)
            .exclude(email="")
            .distinct()
        )
        for user in coordinators:
            digests.setdefault(user.pk, Digest(user)).sections.append(section)
    return sorted(digests.values(), key=lambda digest: digest.user.get_username())


def _section(title: str, rows: list[dict], today: date) -> Section:
    section = Section(title)
    for row in rows:
        days_overdue = (today - row["deadline"]).days
        item = DueItem(
            tracking_code=row["tracking_code"],
            kind=Submission.Kind(row["kind"]).label,
            subject=row["subject"],
            deadline=row["deadline"],
            days_overdue=max(days_overdue, 0),
            url=absolute(reverse("submissions:inspect", args=[row["pk"]])),
        )
        (section.overdue if days_overdue > 0 else section.due_tomorrow).append(item)
    return section


def send_digests(today: date | None = None) -> dict[str, int]:
    """Build and send the digests. Returns how many emails went out, how many submissions they list,
    and how many due submissions reached nobody (their agency has no active staff with an address)."""
    today = today or timezone.localdate()
    rows = list(due_submissions(today))
    with translation.override(settings.LANGUAGE_CODE):
        digests = build_digests(rows, today)
        messages = []
        for digest in digests:
            context = {"digest": digest, "today": today}
            message = mail.EmailMultiAlternatives(
                render_to_string("feedback/email/staff_digest_subject.txt", context).strip(),
                render_to_string("feedback/email/staff_digest.txt", context),
                to=[digest.user.email],
            )
            message.attach_alternative(
                render_to_string("feedback/email/staff_digest.html", context), "text/html"
            )
            messages.append(message)
    if messages:
        mail.get_connection().send_messages(messages)
    listed = {
        item.tracking_code
        for digest in digests
        for section in digest.sections
        for item in section.overdue + section.due_tomorrow
    }
    return {"emails": len(messages), "submissions": len(listed), "unreached": len(rows) - len(listed)}
