"""The forum moderation screens in the Wagtail admin: a queue of posts, a queue of consultation comments,
and the moderation log, under one "Forum moderation" menu, for moderators and superusers only.

The post queue lists what waits for a moderator: posts with open flags (including those hidden
automatically by flags from several residents), posts of new accounts waiting for approval, and posts
edited back into the queue (forums.edits), whose page shows what the edit changed. The
comment queue lists consultation comments waiting for approval. An item's page shows its text as the
site shows it, its flags, its author's recent history and the actions a moderator may take, which
post to `act` and are done by forums.moderation. The log lists every action, newest first.

The moderators' permission policy is set on these views rather than registered for the models:
other admin screens (forums.consultation_admin) list the same models for other staff.
"""

from collections import Counter
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import Promise, cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

import django_filters

from home.forms import message_form_errors

from . import moderation
from .edits import changes_since_published
from .models import Category, ConsultationComment, ConsultationPage, Flag, ModerationLog, Post, State
from .notifications import excerpt, post_url
from .posting import display_name
from .rendering import render


class ModeratorPolicy(BasePermissionPolicy):
    """Moderators may view the queues and the log (and act through `act`); nobody adds, edits or deletes
    through the generic admin views."""

    def user_has_permission(self, user, action):
        return action == "view" and moderation.is_moderator(user)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return moderation.moderators()


class ModeratorsOnly:
    """For the views: the moderators' policy, whatever policy is registered for the model."""

    @cached_property
    def permission_policy(self):
        return ModeratorPolicy(self.model)


def open_flags_prefetch():
    return Prefetch("flags", queryset=Flag.objects.filter(resolved_at__isnull=True), to_attr="open_flags")


def post_queue():
    """Posts waiting for a moderator: pending (new accounts), or with flags nobody has dealt with yet."""
    open_flags = Flag.objects.filter(post=OuterRef("pk"), resolved_at__isnull=True)
    flag_count = open_flags.values("post").annotate(n=Count("pk")).values("n")
    return Post.objects.filter(Q(state=State.PENDING) | Exists(open_flags)).annotate(
        open_flag_count=Coalesce(Subquery(flag_count, output_field=IntegerField()), Value(0))
    )


def comment_queue():
    return ConsultationComment.objects.filter(state=State.PENDING)


def flag_summary(post) -> str:
    """ "3: Spam or advertising (2), Off topic (1)" from the prefetched open flags."""
    if not post.open_flags:
        return "—"
    reasons = Counter(flag.get_reason_display() for flag in post.open_flags)
    return f"{len(post.open_flags)}: " + ", ".join(f"{reason} ({n})" for reason, n in reasons.most_common())


# Listings.


class PostQueueFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("State"),
        choices=State.choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    reason = django_filters.ChoiceFilter(
        label=gettext_lazy("Flag reason"),
        choices=Flag.Reason.choices,
        empty_label=gettext_lazy("All"),
        method="filter_reason",
        widget=forms.RadioSelect,
    )
    category = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Category"), field_name="topic__category", queryset=Category.objects.all()
    )

    class Meta:
        model = Post
        fields = []

    def filter_reason(self, queryset, name, value):
        return queryset.filter(
            Exists(Flag.objects.filter(post=OuterRef("pk"), resolved_at__isnull=True, reason=value))
        )


class CommentQueueFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Consultation"), queryset=ConsultationPage.objects.order_by("-opens_at")
    )

    class Meta:
        model = ConsultationComment
        fields = []


class QueueIndexView(ModeratorsOnly, IndexView):
    default_ordering = "created_at"  # oldest first: whoever waits longest comes first

    def excerpt_column(self, label):
        return self._get_title_column_class(TitleColumn)(
            "excerpt",
            label=label,
            accessor=lambda item: excerpt(item.body, 120),
            get_url=self.get_inspect_url,
        )

    def author_column(self):
        return Column("author", label=_("Author"), accessor=lambda item: display_name(item.author))


class PostQueueIndexView(QueueIndexView):
    def get_base_queryset(self):
        return (
            post_queue()
            .select_related("author__forum_profile", "topic__category")
            .prefetch_related(open_flags_prefetch())
        )

    @cached_property
    def columns(self):
        return [
            self.excerpt_column(_("Post")),
            self.author_column(),
            Column("topic", label=_("Topic"), accessor="topic.title"),
            StatusTagColumn("state", label=_("State"), accessor="get_state_display", sort_key="state"),
            Column("flags", label=_("Open flags"), accessor=flag_summary, sort_key="open_flag_count"),
            DateColumn("created_at", label=_("Created"), sort_key="created_at"),
            # An edit by a new account or one that adds links brings a post back (forums.edits).
            DateColumn("edited_at", label=_("Changed by the author"), sort_key="edited_at"),
        ]


class CommentQueueIndexView(QueueIndexView):
    def get_base_queryset(self):
        return comment_queue().select_related("author__forum_profile", "page", "question")

    @cached_property
    def columns(self):
        return [
            self.excerpt_column(_("Comment")),
            self.author_column(),
            Column("page", label=_("Consultation"), accessor="page.title"),
            Column(
                "question", label=_("Question"), accessor=lambda c: c.question.text if c.question else "—"
            ),
            StatusTagColumn("state", label=_("State"), accessor="get_state_display", sort_key="state"),
            DateColumn("created_at", label=_("Created"), sort_key="created_at"),
        ]


def log_subject(entry) -> str:
    """What a log entry is about, from its copy in `details` (the rows themselves may be gone)."""
    details = entry.details
    parts = []
    if title := details.get("topic") or details.get("consultation"):
        parts.append(f"“{title}”")
    if text := details.get("excerpt"):
        parts.append(text if len(text) <= 80 else excerpt(text, 80))
    if moved_to := details.get("moved_to"):
        parts.append(
            _("from %(old)s to %(new)s") % {"old": details["moved_from"]["name"], "new": moved_to["name"]}
        )
    if days := details.get("days"):
        parts.append(_("%(days)s days") % {"days": days})
    if details.get("topic_deleted"):
        parts.append(_("(the whole topic)"))
    if name := details.get("user"):
        parts.append(_("author: %(name)s") % {"name": name})
    return " · ".join(parts) or "—"


class ModerationLogFilterSet(WagtailFilterSet):
    action = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Action"),
        choices=ModerationLog.Action.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    moderator = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Moderator"),
        queryset=lambda request: get_user_model().objects.filter(
            pk__in=ModerationLog.objects.values("moderator")
        ),
    )

    class Meta:
        model = ModerationLog
        fields = []


class ModerationLogIndexView(ModeratorsOnly, IndexView):
    default_ordering = "-created_at"

    def get_base_queryset(self):
        return ModerationLog.objects.select_related("moderator")

    @cached_property
    def columns(self):
        return [
            DateColumn("created_at", label=_("When"), sort_key="created_at"),
            StatusTagColumn("action", label=_("Action"), accessor="get_action_display", sort_key="action"),
            Column("moderator", label=_("Moderator"), accessor=lambda e: moderator_name(e.moderator)),
            Column("subject", label=_("About"), accessor=log_subject),
            Column("reason", label=_("Reason"), accessor=lambda e: e.reason or "—"),
        ]


def moderator_name(user) -> str:
    if user is None:
        return _("Deleted account")
    return user.get_full_name() or user.get_username()


# An item's page, and the actions on it.


@dataclass(frozen=True)
class Action:
    """An action button and form on an item's page. `reason` is "required", "optional" or ""."""

    name: str
    label: Promise
    reason: str = ""
    reason_label: Promise = gettext_lazy("Reason (for the moderation log)")
    needs_category: bool = False
    needs_days: bool = False
    destructive: bool = False
    leaves_queue: bool = False  # after it, go back to the queue rather than stay on the item


ACTIONS = {
    action.name: action
    for action in [
        Action("approve", gettext_lazy("Approve"), leaves_queue=True),
        Action(
            "hide",
            gettext_lazy("Hide"),
            reason="required",
            reason_label=gettext_lazy("Reason, shown to the author"),
            destructive=True,
            leaves_queue=True,
        ),
        Action("delete", gettext_lazy("Delete"), reason="required", destructive=True, leaves_queue=True),
        Action("lock", gettext_lazy("Lock topic"), reason="optional"),
        Action("unlock", gettext_lazy("Unlock topic"), reason="optional"),
        Action("move", gettext_lazy("Move topic"), reason="optional", needs_category=True),
        Action(
            "warn",
            gettext_lazy("Warn the author"),
            reason="required",
            reason_label=gettext_lazy("Warning, emailed to the author"),
        ),
        Action(
            "suspend",
            gettext_lazy("Suspend the author"),
            reason="required",
            reason_label=gettext_lazy("Reason, emailed to the author"),
            needs_days=True,
            destructive=True,
        ),
    ]
}


def available_actions(item, moderator) -> list[Action]:
    """The actions that make sense for `item` now."""
    is_post = isinstance(item, Post)
    flagged = is_post and any(flag.resolved_at is None for flag in item.flags.all())
    names = []
    if item.state != State.PUBLISHED or flagged:
        names.append("approve")
    if item.state != State.HIDDEN or flagged:
        names.append("hide")
    names.append("delete")
    if is_post:
        names += ["unlock" if item.topic.locked else "lock", "move"]
    if item.author is not None and item.author.pk != moderator.pk:
        names.append("warn")
        if getattr(item.author, "forum_profile", None) is not None:
            names.append("suspend")
    return [ACTIONS[name] for name in names]


class ActionForm(forms.Form):
    """The fields of one action; each action's form has its name as prefix, so field ids stay unique."""

    reason = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    category = forms.ModelChoiceField(
        label=gettext_lazy("Move to category"), queryset=Category.objects.none(), required=True
    )
    days = forms.IntegerField(
        label=gettext_lazy("Days"),
        min_value=1,
        max_value=moderation.MAX_SUSPENSION_DAYS,
        initial=7,
        help_text=gettext_lazy("The author cannot write in the forum or consultations for this long."),
    )

    def __init__(self, *args, action, topic=None, **kwargs):
        super().__init__(*args, prefix=action.name, **kwargs)
        if action.reason:
            self.fields["reason"].label = action.reason_label
            self.fields["reason"].required = action.reason == "required"
        else:
            del self.fields["reason"]
        if action.needs_category and topic is not None:
            self.fields["category"].queryset = Category.objects.filter(
                locale_id=topic.category.locale_id
            ).exclude(pk=topic.category_id)
        else:
            del self.fields["category"]
        if not action.needs_days:
            del self.fields["days"]


class ItemInspectView(ModeratorsOnly, InspectView):
    """A queued post or comment: its text, flags, author's history and the moderator's actions."""

    act_url_name = None
    index_label = None

    def get_object(self, queryset=None):
        if self.model is Post:
            queryset = Post.objects.select_related("author__forum_profile", "topic__category", "as_agency")
        else:
            queryset = ConsultationComment.objects.select_related("author__forum_profile", "page", "question")
        return get_object_or_404(queryset, pk=self.pk)

    def get_fields(self):
        return []

    def get_page_subtitle(self):
        return excerpt(self.object.body, 60)

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        if self.index_label and len(items) > 1:
            items[1] = {**items[1], "label": self.index_label}
        return items

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item, author = self.object, self.object.author
        is_post = isinstance(item, Post)
        topic = item.topic if is_post else None
        steps = [
            (action, ActionForm(action=action, topic=topic))
            for action in available_actions(item, self.request.user)
        ]
        context.update(
            item=item,
            is_post=is_post,
            topic=topic,
            body_html=render(item.body, nofollow=True),
            author_name=display_name(author),
            profile=getattr(author, "forum_profile", None) if author else None,
            public_url=post_url(item.pk) if is_post else "",
            flags=item.flags.select_related("user__forum_profile").order_by("resolved_at", "-created_at")
            if is_post
            else [],
            revisions=item.revisions.order_by("-created_at") if is_post else [],
            changes=changes_since_published(item) if is_post and item.state == State.PENDING else None,
            steps=steps,
            action_url=reverse(self.act_url_name, args=[item.pk]),
            **self.author_history(author),
        )
        return context

    def author_history(self, author) -> dict:
        if author is None:
            return {"recent_posts": [], "recent_comments": [], "sanctions": []}
        return {
            "author_counts": Post.objects.filter(author=author).aggregate(
                **{state: Count("pk", filter=Q(state=state)) for state in State.values}
            ),
            "recent_posts": Post.objects.filter(author=author)
            .exclude(pk=self.object.pk if self.model is Post else None)
            .select_related("topic")
            .order_by("-created_at")[:10],
            "recent_comments": ConsultationComment.objects.filter(author=author)
            .exclude(pk=self.object.pk if self.model is ConsultationComment else None)
            .select_related("page")
            .order_by("-created_at")[:5],
            "sanctions": ModerationLog.objects.filter(target_user=author)
            .select_related("moderator")
            .order_by("-created_at")[:10],
        }


@require_POST
def act(request, pk, model, namespace):
    """Take one action from an item's page; forums.moderation does it and logs it."""
    if not moderation.is_moderator(request.user):
        raise PermissionDenied
    related = (
        ["topic__category", "author__forum_profile"] if model is Post else ["page", "author__forum_profile"]
    )
    item = get_object_or_404(model.objects.select_related(*related), pk=pk)
    inspect_url = reverse(f"{namespace}:inspect", args=[pk])
    action = ACTIONS.get(request.POST.get("action", ""))
    if action is None or action not in available_actions(item, request.user):
        messages.error(request, _("This action is not available for this item (any more)."))
        return redirect(inspect_url)
    topic = item.topic if model is Post else None
    form = ActionForm(request.POST, action=action, topic=topic)
    if not form.is_valid():
        message_form_errors(request, form)
        return redirect(inspect_url)
    data = form.cleaned_data
    reason = data.get("reason", "")
    try:
        match action.name:
            case "approve":
                moderation.approve(item, request.user)
            case "hide":
                moderation.hide(item, request.user, reason)
            case "delete":
                moderation.delete(item, request.user, reason)
            case "lock":
                moderation.lock(topic, request.user, reason)
            case "unlock":
                moderation.unlock(topic, request.user, reason)
            case "move":
                moderation.move(topic, data["category"], request.user, reason)
            case "warn":
                moderation.warn(item.author, request.user, reason, item=item)
            case "suspend":
                moderation.suspend(item.author, request.user, data["days"], reason, item=item)
    except moderation.ModerationError as error:
        messages.error(request, error.message)
        return redirect(inspect_url)
    messages.success(request, _("“%(action)s” done.") % {"action": action.label})
    return redirect(reverse(f"{namespace}:index") if action.leaves_queue else inspect_url)


# Viewsets and menu.


class ModeratorViewSet(ModelViewSet):
    add_to_reference_index = False
    form_fields = []  # nobody edits residents' texts or the log here
    list_per_page = 50

    @cached_property
    def menu_item_class(self):
        class ModeratorMenuItem(MenuItem):
            def is_shown(self, request):
                return moderation.is_moderator(request.user)

        return ModeratorMenuItem

    def register_admin_url_finder(self):
        """No edit URL for these models here: other screens (or none) own them."""

    def get_permissions_to_register(self):
        # The model permissions do not open these screens (moderation.MODERATE does): none to tick.
        return Permission.objects.none()

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(page_title=self.menu_label, **kwargs)

    def get_urlpatterns(self):
        kept = ("index", "index_results", "inspect")
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in kept]


class ItemQueueViewSet(ModeratorViewSet):
    inspect_view_enabled = True
    inspect_view_class = ItemInspectView
    inspect_template_name = "forums/admin/moderation_inspect.html"

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            act_url_name=self.get_url_name("act"), index_label=self.menu_label, **kwargs
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("act/<int:pk>/", act, {"model": self.model, "namespace": self.url_namespace}, name="act"),
        ]


class PostQueueViewSet(ItemQueueViewSet):
    model = Post
    icon = "warning"
    menu_label = gettext_lazy("Moderation queue")
    url_prefix = "forum-moderation/posts"
    index_view_class = PostQueueIndexView
    filterset_class = PostQueueFilterSet
    search_fields = ["body", "topic__title"]


class CommentQueueViewSet(ItemQueueViewSet):
    model = ConsultationComment
    icon = "comment"
    menu_label = gettext_lazy("Comments to approve")
    url_prefix = "forum-moderation/comments"
    index_view_class = CommentQueueIndexView
    filterset_class = CommentQueueFilterSet
    search_fields = ["body"]


class ModerationLogViewSet(ModeratorViewSet):
    model = ModerationLog
    icon = "history"
    menu_label = gettext_lazy("Moderation log")
    url_prefix = "forum-moderation/log"
    index_view_class = ModerationLogIndexView
    filterset_class = ModerationLogFilterSet
    search_fields = ["reason"]

    def get_permissions_to_register(self):
        # Shown in the admin's group editor, so that other groups can be given moderation too.
        app_label, codename = moderation.MODERATE.split(".")
        return Permission.objects.filter(content_type__app_label=app_label, codename=codename)


class ForumModerationGroup(ViewSetGroup):
    menu_label = gettext_lazy("Forum moderation")
    menu_icon = "warning"
    menu_order = 250
    items = (
        PostQueueViewSet("forum_moderation_posts"),
        CommentQueueViewSet("forum_moderation_comments"),
        ModerationLogViewSet("forum_moderation_log"),
    )


@hooks.register("register_admin_viewset")
def register_moderation_viewsets():
    return ForumModerationGroup()


class ModerationQueuePanel(Component):
    """On the admin home page of moderators: how much waits in the queues."""

    name = "forum_moderation"
    template_name = "forums/admin/dashboard_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        posts = Post.objects.aggregate(
            pending=Count("pk", filter=Q(state=State.PENDING)),
            flagged=Count(
                "pk", filter=Exists(Flag.objects.filter(post=OuterRef("pk"), resolved_at__isnull=True))
            ),
        )
        posts_url = reverse("forum_moderation_posts:index")
        return {
            "posts": posts,
            "comments_pending": comment_queue().count(),
            "posts_url": posts_url,
            "pending_url": f"{posts_url}?state={State.PENDING}",
            "comments_url": reverse("forum_moderation_comments:index"),
            "log_url": reverse("forum_moderation_log:index"),
        }


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    if moderation.is_moderator(request.user):
        panels.append(ModerationQueuePanel())
