"""Who may see which submissions: the one place the back office asks, for lists, pages, files and exports."""

from services_catalog.models import Agency

from .models import Submission
from .workflow import Role, role_for


def visible_submissions(user):
    """Submissions `user` may open. Coordinators and the Pimpinan (read-only) see every agency's; a
    Petugas OPD sees those of the agencies they belong to (in any language version of the agency);
    anyone else sees none."""
    role = role_for(user)
    if role in (Role.COORDINATOR, Role.READER):
        return Submission.objects.all()
    if role == Role.OFFICER:
        agency_keys = Agency.objects.filter(pk__in=user.agency_memberships.values("agency")).values(
            "translation_key"
        )
        return Submission.objects.filter(agency__translation_key__in=agency_keys)
    return Submission.objects.none()
