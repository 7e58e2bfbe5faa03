"""Resident discussions (forum) and public consultations (konsultasi publik).

Residents post under a public display name (their email is never shown). Posts keep the text the
resident typed (`body`); pages show it through forums.rendering, which allows a small safe formatting
and sanitises the result with nh3. Moderation state lives on each post and comment: published, pending
(pre-moderation of new accounts) or hidden (by a moderator, or by flags from several residents).
When a resident deletes their account, their posts stay and show as "Pengguna terhapus" (UU 27/2022:
their personal data goes, the public discussion does not lose its thread).
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey

from home.blocks import BodyBlock
from home.models import BasePage


class State(models.TextChoices):
    """Whether a post or comment shows on the site."""

    PUBLISHED = "published", _("Published")
    PENDING = "pending", _("Waiting for a moderator")
    HIDDEN = "hidden", _("Hidden")


class Profile(models.Model):
    """A resident's public face: the display name shown on posts, and the moderators' sanctions."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_profile"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=40,
        help_text=_("Shown with your posts instead of your name or email address."),
    )
    kecamatan = models.ForeignKey(
        "feedback.Kecamatan",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    suspension_reason = models.TextField(_("reason for the suspension"), blank=True)

    class Meta:
        verbose_name = _("resident profile")
        verbose_name_plural = _("resident profiles")
        constraints = [models.UniqueConstraint(Lower("display_name"), name="unique_display_name")]

    def __str__(self):
        return self.display_name

    @property
    def is_suspended(self):
        return self.suspended_until is not None and self.suspended_until > timezone.now()


class Category(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    staff_only = models.BooleanField(
        _("only staff may start topics"),
        default=False,
        help_text=_("For announcements: residents may still reply unless a topic is locked."),
    )
    agency = models.ForeignKey(
        "services_catalog.Agency",
        verbose_name=_("answering agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The agency whose officers answer topics started here and mark their official answer. "
            "Leave empty for a general category: then only the complaints coordinator marks answers."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        FieldPanel("staff_only"),
        FieldPanel("agency"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("forum category")
        verbose_name_plural = _("forum categories")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_category_slug")]

    def __str__(self):
        return self.name


class Topic(index.Indexed, models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ANSWERED = "answered", _("Answered")

    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="topics"
    )
    title = models.CharField(_("title"), max_length=150)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_topics",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now, db_index=True)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    state = models.CharField(_("moderation"), max_length=10, choices=State.choices, default=State.PUBLISHED)
    # The agency the topic concerns: its officers (and the complaints coordinator) choose the official
    # answer. Taken from the category when the topic starts (forums.threads.start_topic).
    agency = models.ForeignKey(
        "services_catalog.Agency",
        verbose_name=_("agency concerned"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    official_answer = models.ForeignKey(
        "Post",
        verbose_name=_("official answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Counted on change rather than on every listing (the topic list sorts by them).
    support_count = models.PositiveIntegerField(_("support"), default=0, db_index=True)
    reply_count = models.PositiveIntegerField(_("replies"), default=0)

    # The site search finds a topic by its title and opening post; only published ones are shown.
    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("opening_text"),
        index.FilterField("state"),
        index.FilterField("category"),
    ]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["-pinned", "-last_activity_at"]
        # A category's list in its default order (forums.threads.SORTS["aktif"]).
        indexes = [
            models.Index(
                fields=["category", "state", "-pinned", "-last_activity_at"], name="topic_category_active"
            )
        ]

    def __str__(self):
        return self.title

    def opening_text(self) -> str:
        opening = self.posts.order_by("created_at", "pk").values_list("body", flat=True).first()
        return opening or ""


class Post(models.Model):
    """The opening post of a topic, or a reply. `body` is what the author typed, never HTML."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="forum_posts"
    )
    # An officer answering on behalf of their agency (feedback.AgencyMembership): shown with a badge.
    as_agency = models.ForeignKey(
        "services_catalog.Agency",
        verbose_name=_("posted as agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("text"))
    quote = models.ForeignKey(
        "self",
        verbose_name=_("quoted post"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    state = models.CharField(_("moderation"), max_length=10, choices=State.choices, default=State.PUBLISHED)
    hidden_reason = models.TextField(_("reason shown to the author"), blank=True)
    flag_count = models.PositiveSmallIntegerField(_("flags"), default=0)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        # A topic's posts in order, page by page, and its opening post.
        indexes = [models.Index(fields=["topic", "created_at"], name="post_topic_order")]

    def __str__(self):
        return f"{self.topic} #{self.pk}"


class PostRevision(models.Model):
    """An earlier text of an edited post, kept so that edits can be checked (forums.edits keeps the
    original and the latest few)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    title = models.CharField(max_length=150, blank=True)  # the topic's title then, for an opening post
    # The post's state when this text was replaced: the last published text is what moderators compare.
    state = models.CharField(max_length=10, choices=State.choices, default=State.PUBLISHED)
    created_at = models.DateTimeField(default=timezone.now)  # when it was replaced
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.post} @ {self.created_at:%Y-%m-%d %H:%M}"


class SupportVote(models.Model):
    """Dukung (support): a resident supports a topic, once."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["topic", "user"], name="one_vote_per_topic")]

    def __str__(self):
        return f"{self.user} → {self.topic}"


class Subscription(models.Model):
    """Who is emailed about new replies; made for the author and repliers, switched off by them."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="subscriptions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    active = models.BooleanField(default=True)
    # Replies newer than this have not been emailed yet; at most one email per topic per hour.
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["topic", "user"], name="one_subscription_per_topic")]

    def __str__(self):
        return f"{self.user} → {self.topic}"


class Flag(models.Model):
    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSIVE = "abusive", _("Abusive or hateful")
        PERSONAL_DATA = "personal_data", _("Reveals personal data")
        OFF_TOPIC = "off_topic", _("Off topic")
        OTHER = "other", _("Something else")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="one_flag_per_post")]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.post}"


class ModerationLog(models.Model):
    """Every moderator action, with who, when, what and why."""

    class Action(models.TextChoices):
        APPROVE = "approve", _("Approved")
        HIDE = "hide", _("Hidden")
        DELETE = "delete", _("Deleted")
        LOCK = "lock", _("Topic locked")
        UNLOCK = "unlock", _("Topic unlocked")
        MOVE = "move", _("Topic moved")
        WARN = "warn", _("User warned")
        SUSPEND = "suspend", _("User suspended")

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    comment = models.ForeignKey(
        "ConsultationComment", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)
    details = models.JSONField(default=dict, blank=True)  # e.g. the moved topic's old category
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("moderation log entry")
        verbose_name_plural = _("moderation log")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_action_display()} {self.created_at:%Y-%m-%d %H:%M}"


# Public consultations.


class ConsultationIndexPage(BasePage):
    """/konsultasi/: open consultations first, then upcoming and closed ones."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["forums.ConsultationPage"]
    template = "forums/consultation_index_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("consultation index")

    def get_context(self, request, *args, **kwargs):
        from .consultations import index_context  # consultations.py imports this module

        return {**super().get_context(request, *args, **kwargs), **index_context(self, request)}


class ConsultationPage(RoutablePageMixin, BasePage):
    """A draft regulation or plan open for residents' comments between two moments."""

    summary = models.TextField(
        _("summary"), max_length=500, help_text=_("What is being decided, in two or three sentences.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    agency = models.ForeignKey(
        "services_catalog.Agency",
        verbose_name=_("responsible agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opens_at = models.DateTimeField(_("opens"), help_text=_("Residents can comment from this moment."))
    closes_at = models.DateTimeField(_("closes"), help_text=_("After this moment the page is read-only."))
    outcome_heard = RichTextField(
        _("what we heard"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("After closing: a summary of the comments."),
    )
    outcome_decided = RichTextField(
        _("what we decided"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("After closing: what the city decided, and why."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("agency"),
        MultiFieldPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Open for comments")),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Documents")),
        InlinePanel("questions", label=_("Questions")),
        MultiFieldPanel([FieldPanel("outcome_heard"), FieldPanel("outcome_decided")], heading=_("Outcome")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["forums.ConsultationIndexPage"]
    subpage_types = []
    template = "forums/consultation_page.html"

    class Meta:
        verbose_name = _("public consultation")

    def status(self, now=None):
        """The consultation's status at `now`: "upcoming", "open" or "closed"."""
        now = now or timezone.now()
        if now < self.opens_at:
            return "upcoming"
        return "open" if now < self.closes_at else "closed"

    def get_context(self, request, *args, **kwargs):
        from .consultations import page_context  # consultations.py imports this module

        return {**super().get_context(request, *args, **kwargs), **page_context(self, request)}

    @path("komentar/", name="comment")
    def comment(self, request):
        """The comment form posts here; the page itself stays a plain GET."""
        from .consultations import post_comment

        return post_comment(self, request)


class ConsultationDocument(Orderable):
    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Leave empty to use the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]


class ConsultationQuestion(Orderable):
    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(_("question"), max_length=300)

    panels = [FieldPanel("text")]

    def __str__(self):
        return self.text


class ConsultationComment(models.Model):
    """A resident's comment on a consultation, on one of its questions or in general."""

    page = models.ForeignKey(ConsultationPage, on_delete=models.CASCADE, related_name="comments")
    question = models.ForeignKey(
        ConsultationQuestion,
        verbose_name=_("question"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_comments",
    )
    body = models.TextField(_("comment"))
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    state = models.CharField(_("moderation"), max_length=10, choices=State.choices, default=State.PUBLISHED)
    hidden_reason = models.TextField(_("reason shown to the author"), blank=True)

    class Meta:
        verbose_name = _("consultation comment")
        verbose_name_plural = _("consultation comments")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.page} #{self.pk}"
