"""Page types and site-wide settings shared by every app."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from .blocks import BodyBlock


class BasePage(Page):
    """Fields every public page has: a summary and image for listings and link previews."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences shown in lists and search results. Plain words, no jargon."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional picture shown in lists and when the page is shared."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("listing_summary"), FieldPanel("listing_image")], heading=_("Listings")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary


class HomePage(BasePage):
    template = "home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("A short welcome shown under the city name at the top of the home page."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """An information page: about the city, contact, privacy notice, accessibility statement."""

    template = "home/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("The most important point of the page in one or two sentences."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


class FooterText(TranslatableMixin, models.Model):
    """Site-wide text that differs per language.

    Wagtail's site settings cannot be translated yet (wagtail/wagtail#11508), so the settings
    point to this translatable snippet and templates show its translation for the active language.
    """

    title = models.CharField(
        _("name"), max_length=100, help_text=_("Only shown in the admin, to tell texts apart.")
    )
    opening_hours = models.TextField(
        _("opening hours"),
        help_text=_(
            "Office hours for visitors, one line per group of days, e.g. 'Senin–Kamis 07.30–16.00 WIB'."
        ),
    )
    text = RichTextField(
        _("footer text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short paragraph shown at the bottom of every page."),
    )

    panels = [FieldPanel("title"), FieldPanel("opening_hours"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.title


phone_validator = RegexValidator(
    r"^\+?[0-9 ()-]{6,20}$", _("Enter a phone number with digits, spaces and dashes only.")
)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The city's identity and contact details, shown in the header and footer of every page."""

    city_name = models.CharField(
        _("city name"),
        max_length=100,
        default="Kota Sawahlunto",
        help_text=_("The government's name as residents know it, e.g. 'Kota Sawahlunto'."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The city's coat of arms, shown small in the header."),
    )
    address = models.TextField(_("address"), blank=True, help_text=_("Postal address of the city hall."))
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("email"), blank=True)
    whatsapp = models.CharField(
        _("WhatsApp number"),
        max_length=30,
        blank=True,
        validators=[phone_validator],
        help_text=_("In international form, e.g. +62 812 3456 7890."),
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    tracking_prefix = models.CharField(
        _("tracking-code prefix"),
        max_length=5,
        default="SWL",
        validators=[RegexValidator(r"^[A-Z]{2,5}$", _("Use 2 to 5 capital letters."))],
        help_text=_("Starts every tracking code given to residents, e.g. SWL in SWL-2611-7KQ4M2."),
    )
    footer = models.ForeignKey(
        FooterText,
        verbose_name=_("footer text"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Opening hours and footer text; translate the snippet for English."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("city_name"), FieldPanel("logo")], heading=_("Identity")),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("whatsapp"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
        FieldPanel("footer"),
        FieldPanel("tracking_prefix"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def whatsapp_link(self):
        digits = "".join(ch for ch in self.whatsapp if ch.isdigit())
        return f"https://wa.me/{digits}" if digits else ""

    @property
    def social_links(self):
        return [
            (label, url)
            for label, url in (
                ("Facebook", self.facebook_url),
                ("Instagram", self.instagram_url),
                ("X", self.x_url),
                ("YouTube", self.youtube_url),
            )
            if url
        ]
