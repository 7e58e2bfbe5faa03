"""StreamField blocks of the service catalogue (Standar Pelayanan components as structured data)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


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

    class Meta:
        icon = "doc-full"
        label = _("Requirement")


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
