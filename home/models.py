"""Page types and site-wide settings shared by every app."""

import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .blocks import BodyBlock, HomeBodyBlock
from .cache import cached
from .site_url import site_root_url


def pages_in_language(chooser_stream, locale_id, pages):
    """The live pages chosen in a StreamField of page choosers, in the language `locale_id`.

    Choosers keep the page picked in the source language; this finds each one's translation, in one
    query and in the editor's order, leaving out pages not translated yet. `pages` is the queryset
    to take them from (e.g. a page type, or `.specific()`).
    """
    chosen_ids = [block["value"] for block in chooser_stream.raw_data if block["value"]]
    if not chosen_ids:
        return []
    chosen = Page.objects.filter(pk__in=chosen_ids)
    found = (
        pages.live()
        .filter(translation_key__in=chosen.values("translation_key"), locale_id=locale_id)
        .annotate(
            chosen_id=Subquery(chosen.filter(translation_key=OuterRef("translation_key")).values("pk")[:1])
        )
    )
    return sorted(found, key=lambda page: chosen_ids.index(page.chosen_id))


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
        # The intro is rich text on some page types: a description is plain text.
        intro = strip_tags(getattr(self, "intro", "")).strip()
        return self.search_description or self.listing_summary or intro

    def get_url_parts(self, request=None):
        """Wagtail's URL parts with the root URL taken from SITE_URL, not the Site record's host."""
        parts = super().get_url_parts(request)
        if parts is None or parts[1] is None:
            return parts
        site_id, _root_url, page_path = parts
        return site_id, site_root_url(), page_path


class HomePage(BasePage):
    # No subpage_types: home knows no other app, so its children (service index, forums…)
    # name HomePage in their own parent_page_types.
    template = "home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("A short welcome shown under the city name at the top of the home page."),
    )
    search_label = models.CharField(
        _("service search label"),
        max_length=120,
        blank=True,
        help_text=_("The question above the service search box, e.g. 'Layanan apa yang Anda cari?'."),
    )
    body = StreamField(
        HomeBodyBlock(),
        blank=True,
        verbose_name=_("sections"),
        help_text=_("The home page's sections: most-used services, categories, latest news, contact…"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("search_label"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

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


class AnnouncementCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Used in web addresses of filtered lists; the same in every language."),
    )

    override_translatable_fields = [SynchronizedField("slug")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("announcement category")
        verbose_name_plural = _("announcement categories")
        ordering = ["name"]

    def __str__(self):
        return self.name


class AnnouncementIndexPage(RoutablePageMixin, BasePage):
    """News and announcements at /pengumuman/, newest first, with an RSS feed at feed/."""

    template = "home/announcement_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.AnnouncementPage"]
    max_count_per_parent = 1
    PER_PAGE = 10
    FEED_ITEMS = 20

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One sentence above the list."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("announcement index")

    def announcements(self):
        return (
            AnnouncementPage.objects.child_of(self)
            .live()
            .public()
            .select_related("category", "listing_image")
            .defer_streamfields()
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        announcements = self.announcements()
        categories, years = cached(
            f"announcement-filters:{self.pk}",
            lambda: (
                list(AnnouncementCategory.objects.filter(locale_id=self.locale_id)),
                [d.year for d in announcements.dates("date", "year", order="DESC")],
            ),
        )
        category = next((c for c in categories if c.slug == request.GET.get("kategori")), None)
        year = request.GET.get("tahun", "")
        year = int(year) if year.isdigit() and int(year) in years else None
        if category:
            announcements = announcements.filter(category=category)
        if year:
            announcements = announcements.filter(date__year=year)
        context.update(
            {
                "categories": categories,
                "selected_category": category,
                "years": years,
                "selected_year": year,
                "announcements_page": Paginator(announcements, self.PER_PAGE).get_page(
                    request.GET.get("page")
                ),
            }
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import AnnouncementFeed

        return AnnouncementFeed(self)(request)

    def get_cached_paths(self):
        """The list and the feed: both are purged when an announcement changes (home.purge)."""
        return ["/", "/feed/"]


class AnnouncementPage(BasePage):
    template = "home/announcement_page.html"
    parent_page_types = ["home.AnnouncementIndexPage"]
    subpage_types = []

    date = models.DateField(
        _("date"), default=datetime.date.today, help_text=_("The date shown on the announcement.")
    )
    category = models.ForeignKey(
        AnnouncementCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("The news in one or two sentences, shown in lists and the feed."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))], blank=True, verbose_name=_("attachments")
    )
    related_pages = StreamField(
        [("page", PageChooserBlock(label=_("Page")))],
        blank=True,
        verbose_name=_("related services and pages"),
        help_text=_("Services or pages this announcement is about."),
    )
    is_important = models.BooleanField(
        _("important notice"),
        default=False,
        help_text=_("Show a banner with a link to this announcement on every page until the end date."),
    )
    important_until = models.DateTimeField(_("show the banner until"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        FieldPanel("attachments"),
        FieldPanel("related_pages"),
        MultiFieldPanel([FieldPanel("is_important"), FieldPanel("important_until")], heading=_("Banner")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    # In the read-only API at /api/v2/announcements/ (opendata.api).
    api_fields = [
        "date",
        "category",
        "summary",
        "body",
        "attachments",
        "related_pages",
        "is_important",
        "important_until",
    ]

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        # The list and the feed, newest first: read in order instead of sorting every announcement.
        indexes = [models.Index(fields=["-date"], name="announcement_newest")]

    @property
    def meta_description(self):
        return self.search_description or self.summary

    def clean(self):
        super().clean()
        if self.is_important and not self.important_until:
            raise ValidationError(
                {"important_until": _("Give the date when the banner should stop showing.")}
            )

    def related_in_active_language(self):
        return pages_in_language(self.related_pages, self.locale_id, Page.objects.specific())


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
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page on how the site handles personal data, linked at the bottom of every page."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The accessibility statement, linked at the bottom of every page."),
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
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page")],
            heading=_("Footer links"),
            help_text=_("Each page is linked in the visitor's language when it has a translation."),
        ),
        FieldPanel("tracking_prefix"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """Every page shows the settings: keep them in the cache until they (or any content) change."""
        return cached(f"site-settings:{site.pk}", lambda: super(SiteSettings, cls).for_site(site))

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
