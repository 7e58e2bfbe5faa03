"""StreamField blocks shared by every page type. Templates: templates/components/streamfield/."""

import uuid

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_(
            "Use sub-headings only below a section heading, so screen readers can jump between them."
        ),
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. Leave empty if it is decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/streamfield/image.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "components/streamfield/document_link.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Button text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("Or a web address"),
        required=False,
        help_text=_("Used only when no page is chosen."),
    )

    class Meta:
        icon = "link"
        template = "components/streamfield/call_to_action.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, default=_("Frequently asked questions"))
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        template = "components/streamfield/faq.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Heading"))
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        template="components/streamfield/paragraph.html",
    )
    image = ImageBlock(label=_("Image"))
    document = DocumentLinkBlock(label=_("Document link"))
    call_to_action = CallToActionBlock(label=_("Button"))
    faq = FaqBlock(label=_("FAQ"))


class FeaturedPagesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    pages = blocks.ListBlock(blocks.PageChooserBlock(label=_("Page")), label=_("Pages"))

    class Meta:
        icon = "pick"
        label = _("Featured pages (e.g. most-used services)")
        template = "components/streamfield/featured_pages.html"


class SectionHeadingBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = blocks.CharBlock(label=_("Introduction"), required=False, max_length=250)


class ServiceCategoriesBlock(SectionHeadingBlock):
    class Meta:
        icon = "tag"
        label = _("Service categories")
        template = "components/streamfield/service_categories.html"


class LatestAnnouncementsBlock(SectionHeadingBlock):
    count = blocks.IntegerBlock(label=_("How many"), min_value=1, max_value=12, default=3)

    class Meta:
        icon = "date"
        label = _("Latest announcements")
        template = "components/streamfield/latest_announcements.html"


class ContactBlock(SectionHeadingBlock):
    class Meta:
        icon = "mail"
        label = _("Contact details")
        template = "components/streamfield/contact.html"


class HomeBodyBlock(BodyBlock):
    """The home page's sections, in the order editors arrange them."""

    featured_pages = FeaturedPagesBlock()
    service_categories = ServiceCategoriesBlock()
    latest_announcements = LatestAnnouncementsBlock()
    contact = ContactBlock()


def stream_data(block_type, values):
    """Raw StreamField data of one block type, for pages made in code (demo loaders, factories)."""
    return [{"type": block_type, "value": value, "id": str(uuid.uuid4())} for value in values]
