"""One row per service with every Standar Pelayanan component, in the shape of the SIPPN register."""

from django.utils.translation import gettext_lazy as _

# (column key, heading). The keys are also ServicePage attributes or export_* values below.
COLUMNS = [
    ("title", _("Service")),
    ("agency_name", _("Agency")),
    ("category_name", _("Category")),
    ("summary", _("Summary")),
    ("eligibility", _("Who can apply")),
    ("requirements_text", _("Requirements")),
    ("procedure_text", _("Procedure")),
    ("processing_days", _("Processing time (working days)")),
    ("processing_note", _("Processing time note")),
    ("cost", _("Cost (rupiah)")),
    ("cost_basis", _("Legal basis of the cost")),
    ("product", _("Product")),
    ("complaint_channel", _("Complaints")),
    ("legal_basis_text", _("Legal basis")),
    ("locations_text", _("Service locations")),
    ("hours_text", _("Opening hours")),
    ("online_application", _("Can be applied for online")),
    ("last_reviewed", _("Last reviewed")),
    ("url", _("Web address")),
]


def requirement_line(requirement) -> str:
    details = []
    if requirement["original_required"]:
        details.append(str(_("original shown")))
    if requirement["copies"]:
        details.append(str(_("%(count)d copies")) % {"count": requirement["copies"]})
    if requirement["upload"]:
        details.append(str(_("uploaded online")))
    if conditions := requirement.conditions():
        details.append(f"{_('Only for applicants:')} {', '.join(map(str, conditions))}")
    if requirement.get("alternative"):
        details.append(f"{_('instead, if missing:')} {requirement['alternative']}")
    note = f" — {requirement['note']}" if requirement["note"] else ""
    extra = f" ({', '.join(details)})" if details else ""
    return f"{requirement['name']}{note}{extra}"


def export_row(service, request=None) -> dict:
    """Flatten a ServicePage into plain values; numbered lines keep lists readable in one cell."""
    values = {
        "agency_name": service.agency.name,
        "category_name": service.category.name,
        "requirements_text": "\n".join(
            f"{number}. {requirement_line(block.value)}"
            for number, block in enumerate(service.requirements, start=1)
        ),
        "procedure_text": "\n".join(
            f"{number}. {block.value}" for number, block in enumerate(service.procedure, start=1)
        ),
        "legal_basis_text": "\n".join(block.value["title"] for block in service.legal_basis),
        "locations_text": service.service_locations,
        "hours_text": service.service_hours,
        "url": service.get_full_url(request),
    }
    return {key: values[key] if key in values else getattr(service, key) for key, _heading in COLUMNS}
