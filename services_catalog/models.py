"""Agencies (OPD), service categories and the service catalogue (Standar Pelayanan)."""

import string
from collections import OrderedDict

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock, TextBlock
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import FaqItemBlock
from home.cache import cached
from home.models import BasePage, SiteSettings, pages_in_language
from home.ratelimit import client_ip, hit

from .blocks import DownloadBlock, QuestionsBlock, RegulationBlock, RequirementBlock
from .eligibility import refusal
from .forms import ChecklistForm, HelpfulVoteForm

ICON_CHOICES = [
    ("id-card", _("Identity card")),
    ("family", _("Family")),
    ("business", _("Business")),
    ("building", _("Building")),
    ("health", _("Health")),
    ("education", _("Education")),
    ("social", _("Social welfare")),
    ("transport", _("Transport")),
    ("environment", _("Environment")),
    ("document", _("Document")),
]


class Agency(TranslatableMixin, index.Indexed, models.Model):
    """A government agency (OPD, organisasi perangkat daerah) that provides services."""

    name = models.CharField(_("name"), max_length=200, help_text=_("Full official name of the agency."))
    short_name = models.CharField(
        _("short name"), max_length=50, help_text=_("The abbreviation residents know, e.g. 'Disdukcapil'.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Used in web addresses of filtered lists; the same in every language."),
    )
    address = models.TextField(_("address"), blank=True)
    head_office = models.TextField(
        _("head-office location"),
        blank=True,
        help_text=_("Where to find the office and its counters, e.g. 'Lantai 1 Mal Pelayanan Publik'."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("One line per group of days. Services show these by default."),
    )
    map_url = models.URLField(_("map link"), blank=True, help_text=_("A link to the office on a map."))

    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("short_name")]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("head_office"),
                FieldPanel("map_url"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contact and location"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ServiceCategory(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Used in web addresses of filtered lists; the same in every language."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One sentence on what services the category holds.")
    )
    icon = models.CharField(_("icon"), max_length=20, choices=ICON_CHOICES, blank=True)
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first.")
    )

    override_translatable_fields = [SynchronizedField("slug")]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("icon"), FieldPanel("sort_order")]),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ServiceIndexPage(BasePage):
    """The catalogue at /layanan/: filters, A–Z view and pagination, all as plain GET links and forms."""

    template = "services_catalog/service_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["services_catalog.ServicePage"]
    max_count_per_parent = 1
    PER_PAGE = 20

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences above the list of services.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("service index")

    def services(self):
        return (
            ServicePage.objects.child_of(self)
            .live()
            .public()
            .select_related("agency", "category")
            .defer_streamfields()
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        from .filters import ServiceFilter  # the filter form needs the page's models

        context = super().get_context(request, *args, **kwargs)
        service_filter = ServiceFilter(request.GET, language=get_language())
        services = service_filter.apply(self.services())
        context["filter"] = service_filter
        context["best_bets"] = service_filter.best_bets
        if service_filter.az_view:
            groups = OrderedDict()
            if service_filter.ranked:  # by relevance: back into A–Z order
                services = sorted(services, key=lambda service: service.title.casefold())
            for service in services:
                letter = service.title[:1].upper()
                groups.setdefault(letter if letter in string.ascii_uppercase else "#", []).append(service)
            context["az_groups"] = groups
            context["result_count"] = sum(len(group) for group in groups.values())
        else:
            page_obj = Paginator(services, self.PER_PAGE).get_page(request.GET.get("page"))
            context["services_page"] = page_obj
            context["result_count"] = page_obj.paginator.count
        return context


class ServicePage(BasePage):
    """One public service, with every component of its Standar Pelayanan (PermenPANRB 15/2014)."""

    template = "services_catalog/service_page.html"
    print_template = "services_catalog/service_page_print.html"
    parent_page_types = ["services_catalog.ServiceIndexPage"]
    subpage_types = []

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("What the service is for, in one or two plain sentences.")
    )
    eligibility = models.TextField(
        _("who can apply"), blank=True, help_text=_("Who may use the service and any conditions, e.g. age.")
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="services",
        help_text=_("The agency (OPD) responsible for the service."),
    )
    category = models.ForeignKey(
        ServiceCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="services"
    )
    requirements = StreamField(
        [("requirement", RequirementBlock())],
        blank=True,
        verbose_name=_("requirements"),
        help_text=_(
            "Persyaratan: one item per document or condition, in the order residents gather them. A "
            "requirement can apply only to some applicants (by age, marital status or an answer to one "
            "of the questions below) and can name what to bring instead when a resident does not have it."
        ),
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"),
        null=True,
        blank=True,
        help_text=_(
            "The online application refuses younger applicants, with a message. Leave empty for no limit."
        ),
    )
    minimum_age_unless_married = models.BooleanField(
        _("younger applicants who are or have been married may apply"),
        default=False,
        help_text=_(
            "E.g. KTP-el: 17 years old, or married or ever married (UU 24/2013 Pasal 63). The online "
            "application then asks the applicant's marital status."
        ),
    )
    questions = StreamField(
        QuestionsBlock(),
        blank=True,
        verbose_name=_("questions for the online application"),
        help_text=_(
            "Details only this service needs, e.g. the child's name, date and place of birth. The online "
            "application asks them on a step of their own and officers see the answers."
        ),
    )
    downloads = StreamField(
        [("form", DownloadBlock())],
        blank=True,
        verbose_name=_("forms to download"),
        help_text=_("Forms residents fill in and bring or upload, e.g. an SPTJM or a statement."),
    )
    procedure = StreamField(
        [("step", TextBlock(label=_("Step"), max_length=500))],
        blank=True,
        verbose_name=_("procedure"),
        help_text=_("Sistem, mekanisme dan prosedur: the steps in order, one sentence each."),
    )
    processing_days = models.PositiveSmallIntegerField(
        _("processing time (working days)"),
        help_text=_("Jangka waktu in working days once the file is complete; 0 means the same day."),
    )
    processing_note = models.CharField(
        _("processing time note"), max_length=200, blank=True, help_text=_("e.g. 'Selesai di tempat'.")
    )
    cost = models.PositiveIntegerField(
        _("cost (rupiah)"), default=0, help_text=_("Biaya/tarif; 0 means free.")
    )
    cost_basis = models.TextField(
        _("legal basis of the cost"),
        blank=True,
        help_text=_("The regulation that sets the cost or makes it free."),
    )
    product = models.TextField(_("product"), help_text=_("Produk layanan: what the resident receives."))
    complaint_channel = models.TextField(
        _("complaints"), help_text=_("Penanganan pengaduan: where and how to complain about this service.")
    )
    legal_basis = StreamField(
        [("regulation", RegulationBlock())],
        blank=True,
        verbose_name=_("legal basis"),
        help_text=_("Dasar hukum."),
    )
    locations = models.TextField(
        _("service locations"),
        blank=True,
        help_text=_("Where to go. Leave empty to show the agency's office."),
    )
    opening_hours = models.TextField(
        _("opening hours"), blank=True, help_text=_("Leave empty to show the agency's opening hours.")
    )
    online_application = models.BooleanField(
        _("can be applied for online"),
        default=False,
        help_text=_("Residents can submit an application for this service on the portal."),
    )
    annual_users = models.PositiveIntegerField(
        _("service users per year"),
        null=True,
        blank=True,
        help_text=_(
            "About how many people use this service in a year. The satisfaction survey (SKM) report "
            "uses it to work out the smallest number of survey answers needed. Leave empty if unknown."
        ),
    )
    faq = StreamField(
        [("question", FaqItemBlock())], blank=True, verbose_name=_("frequently asked questions")
    )
    related_services = StreamField(
        [("service", PageChooserBlock(page_type="services_catalog.ServicePage", label=_("Service")))],
        blank=True,
        verbose_name=_("related services"),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When the agency last checked this information."),
    )
    show_performance = models.BooleanField(
        _("show service performance"),
        default=True,
        help_text=_(
            "Show next to the promised time how long online applications really took, the satisfaction "
            "index and the open complaints, over the last 90 days. Figures appear only once at least five "
            "applications, answers or complaints stand behind them."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("agency"), FieldPanel("category")]),
        FieldPanel("eligibility"),
        FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("minimum_age_unless_married")]),
        FieldPanel("requirements"),
        FieldPanel("downloads"),
        FieldPanel("questions"),
        FieldPanel("procedure"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("processing_days"), FieldPanel("processing_note")]),
                FieldPanel("show_performance"),
            ],
            heading=_("Processing time"),
        ),
        MultiFieldPanel([FieldPanel("cost"), FieldPanel("cost_basis")], heading=_("Cost")),
        FieldPanel("product"),
        FieldPanel("complaint_channel"),
        FieldPanel("legal_basis"),
        MultiFieldPanel(
            [
                FieldPanel("locations"),
                FieldPanel("opening_hours"),
                FieldRowPanel([FieldPanel("online_application"), FieldPanel("annual_users")]),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("faq"),
        FieldPanel("related_services"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("eligibility"),
        index.SearchField("requirements"),
        index.SearchField("product"),
        index.RelatedFields("agency", [index.SearchField("name"), index.SearchField("short_name")]),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.FilterField("online_application"),
        index.FilterField("cost"),
        # The service index's category and agency filters, applied before its words are searched.
        index.FilterField("category"),
        index.FilterField("agency"),
    ]
    # Every Standar Pelayanan component, in the read-only API at /api/v2/services/ (opendata.api).
    api_fields = [
        "summary",
        "eligibility",
        "agency",
        "category",
        "requirements",
        "procedure",
        "processing_days",
        "processing_note",
        "cost",
        "cost_basis",
        "product",
        "complaint_channel",
        "legal_basis",
        "locations",
        "opening_hours",
        "service_locations",  # the locations, or the agency's office when none are given
        "service_hours",  # the opening hours, or the agency's
        "online_application",
        "faq",
        "last_reviewed",
    ]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    @property
    def asks_marital_status(self):
        """Whether the online application needs the applicant's marital status (a condition uses it)."""
        return self.minimum_age_unless_married or any(
            block.value.get("marital_condition") for block in self.requirements
        )

    def clean(self):
        super().clean()
        yes_no = {block.value["key"] for block in self.questions if block.value["kind"] == "yes_no"}
        unknown = sorted(
            {block.value["question"] for block in self.requirements if block.value.get("question")} - yes_no
        )
        if unknown:
            raise ValidationError(
                _(
                    "A requirement depends on the question “%(key)s”, but this service has no yes/no "
                    "question with that short name. Add the question or correct the short name."
                )
                % {"key": unknown[0]}
            )

    @cached_property
    def has_conditional_requirements(self):
        return any(block.value.is_conditional for block in self.requirements)

    def requirement_items(self, answers=None):
        """Each requirement with its conditions in plain words, for the page and the print checklist;
        with `answers` (eligibility.ApplicantAnswers), only those that apply to that applicant."""
        labels = {block.value["key"]: block.value["label"] for block in self.questions}
        return [
            (block.value, block.value.conditions(labels))
            for block in self.requirements
            if answers is None or block.value.applies_to(answers)
        ]

    def applicable_requirements(self, answers):
        """The requirements that apply to an applicant (eligibility.ApplicantAnswers), as stream blocks."""
        return [block for block in self.requirements if block.value.applies_to(answers)]

    def eligibility_refusal(self, age, marital_status=""):
        return refusal(self.minimum_age, self.minimum_age_unless_married, age, marital_status)

    @property
    def is_free(self):
        return self.cost == 0

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def service_locations(self):
        return self.locations or "\n".join(filter(None, [self.agency.head_office, self.agency.address]))

    @property
    def service_hours(self):
        return self.opening_hours or self.agency.opening_hours

    @cached_property
    def apply_url(self):
        """The online application wizard, once the submissions app provides it; None until then."""
        if not self.online_application:
            return None
        try:
            return reverse("feedback:apply", args=[self.slug])
        except NoReverseMatch:
            return None

    def get_template(self, request, *args, **kwargs):
        if request.GET.get("cetak"):
            return self.print_template
        return super().get_template(request, *args, **kwargs)

    def structured_data(self, request):
        """schema.org GovernmentService, for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "serviceType": self.category.name,
            "provider": {"@type": "GovernmentOrganization", "name": self.agency.name},
            "areaServed": {"@type": "City", "name": SiteSettings.for_request(request).city_name},
        }
        if self.agency.email or self.agency.phone:
            data["provider"].update(
                {
                    key: value
                    for key, value in (("email", self.agency.email), ("telephone", self.agency.phone))
                    if value
                }
            )
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Agency and category are shared by many pages and rarely change: read them from the cache.
        self.agency = cached(f"agency:{self.agency_id}", lambda: Agency.objects.get(pk=self.agency_id))
        self.category = cached(
            f"category:{self.category_id}", lambda: ServiceCategory.objects.get(pk=self.category_id)
        )
        context.setdefault("helpful_form", HelpfulVoteForm())
        context["helpful_thanks"] = request.GET.get("terima-kasih") == "1"
        context["related"] = self.related_in_active_language()
        context["structured_data"] = self.structured_data(request)
        if request.GET.get("cetak") and self.has_conditional_requirements:
            form = ChecklistForm(request.GET, service=self)
            context["checklist_form"] = form
            context["checklist_items"] = self.requirement_items(form.answers())
        return context

    def related_in_active_language(self):
        return pages_in_language(
            self.related_services, self.locale_id, ServicePage.objects.defer_streamfields()
        )

    # A visitor may answer "Was this page helpful?" this often per page and hour.
    HELPFUL_VOTES_PER_HOUR = 3

    def helpful(self, request):
        """Store a yes/no answer with an optional comment (posted to services_catalog.views.helpful_vote)."""
        form = HelpfulVoteForm(request.POST)
        if not form.is_valid():
            return self._render_helpful_error(request, form, status=400)
        if hit("helpful-vote", f"{client_ip(request)}:{self.pk}", self.HELPFUL_VOTES_PER_HOUR, 60 * 60):
            form.add_error(None, _("You have already sent several answers about this page. Thank you!"))
            return self._render_helpful_error(request, form, status=429)
        if not form.is_bot():  # a bot is thanked, but nothing is stored
            HelpfulVote.objects.create(
                page=self,
                helpful=form.cleaned_data["helpful"],
                comment=form.cleaned_data["comment"],
                language=get_language(),
            )
        return redirect(f"{self.url}?terima-kasih=1#membantu", permanent=False)

    def _render_helpful_error(self, request, form, status):
        context = {**self.get_context(request), "helpful_form": form}
        return TemplateResponse(request, self.get_template(request), context, status=status)


class HelpfulVote(models.Model):
    """A resident's answer to "Was this page helpful?" on a service page."""

    page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="helpful_votes"
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True, max_length=500)
    language = models.CharField(_("language"), max_length=8)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("helpfulness answer")
        verbose_name_plural = _("helpfulness answers")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id}: {'yes' if self.helpful else 'no'}"
