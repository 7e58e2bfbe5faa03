"""The forum at /forum/: categories, topics and posts; replies, edits, support, subscriptions, reports and
official answers.

Anyone reads without an account; writing needs a signed-in resident with a display name who is not
suspended (forums.posting). Every action is a link or a plain form that POSTs and redirects, so all of
it works without JavaScript. Forms that change a yes/no state (support, subscribe, official answer)
send the wanted state rather than "toggle", so a double tap on a slow connection does no harm.

The rules (who may edit, what three reports do, how a vote counts) are in forums.threads, with no
request object; the views only check access, read forms and render.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.db.models import Count, Exists, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.site_url import absolute_url
from services_catalog.models import Agency

from .edits import change_post
from .forms import EditForm, FlagForm, ReplyForm, TopicForm
from .models import Category, Flag, Post, State, Subscription, SupportVote, Topic
from .posting import is_duplicate, profile_of, rate_limited, refusal
from .threads import (
    EDIT_MINUTES,
    POSTS_PER_PAGE,
    SORTS,
    TOPICS_PER_PAGE,
    add_flag,
    add_reply,
    agencies_of,
    category_url,
    edit_refusal,
    may_mark_official_answer,
    set_official_answer,
    set_support,
    start_topic,
    topic_slug,
    topic_url,
    visible_posts,
    visible_topics,
)


def _refused(request, message, *, back=None, status=403):
    context = {"message": message, "back": back, "needs_profile": profile_of(request.user) is None}
    return render(request, "forums/refused.html", context, status=status)


def _text_refused(request, form, action) -> int | None:
    """The checks a valid new topic or reply still has to pass: the day's limit and the same text
    twice. Adds the error to the form and returns the status to show it with, or None to save."""
    if rate_limited(request, action):
        form.add_error(
            None,
            _("You have written a lot today. Please wait and try again tomorrow; nothing you typed is lost."),
        )
        return 429
    if is_duplicate(request.user, form.cleaned_data["body"]):
        form.add_error("body", _("You posted this same text a moment ago."))
        return 400
    return None


def _categories(language):
    """Categories in `language`, with the ones not translated yet in the default language."""
    chosen = {}
    for category in Category.objects.filter(
        locale__language_code__in={language, settings.LANGUAGE_CODE}
    ).select_related("locale"):
        if category.translation_key not in chosen or category.locale.language_code == language:
            chosen[category.translation_key] = category
    return sorted(chosen.values(), key=lambda category: (category.sort_order, category.name.lower()))


def _category(slug):
    """The category with this slug in any language, as shown in the active language (one query)."""
    language = get_language()
    versions = list(
        Category.objects.filter(
            translation_key__in=Category.objects.filter(slug=slug).values("translation_key")
        ).select_related("locale")
    )
    matching = [c for c in versions if c.slug == slug]
    if not matching:
        raise Http404
    key = min(matching, key=lambda c: (c.locale.language_code != language, c.pk)).translation_key
    same = [c for c in versions if c.translation_key == key]
    return min(
        same,
        key=lambda c: (
            c.locale.language_code != language,
            c.locale.language_code != settings.LANGUAGE_CODE,
            c.pk,
        ),
    )


def _topics_with_context(user):
    """Topics with their category's name and slug in the active language, the opening post's id and,
    for a signed-in reader, whether they support and follow it: all in the topic's one query."""
    localized = Category.objects.filter(
        translation_key=OuterRef("category__translation_key"), locale__language_code=get_language()
    )
    topics = (
        visible_topics(user)
        .select_related(
            "category", "agency", "official_answer__author__forum_profile", "official_answer__as_agency"
        )
        .annotate(
            category_name=Coalesce(Subquery(localized.values("name")[:1]), F("category__name")),
            category_slug=Coalesce(Subquery(localized.values("slug")[:1]), F("category__slug")),
            opening_post_id=Subquery(
                Post.objects.filter(topic=OuterRef("pk")).order_by("created_at", "pk").values("pk")[:1]
            ),
        )
    )
    if user.is_authenticated:
        topics = topics.annotate(
            supported=Exists(SupportVote.objects.filter(topic=OuterRef("pk"), user=user)),
            subscribed=Exists(Subscription.objects.filter(topic=OuterRef("pk"), user=user, active=True)),
        )
    return topics


def _topic(request, pk):
    return get_object_or_404(_topics_with_context(request.user), pk=pk)


def _breadcrumbs(*items):
    return [
        {"title": _("Forum"), "url": reverse("forums:index")},
        *({"title": t, "url": u} for t, u in items),
    ]


def _topic_breadcrumbs(topic, *items):
    return _breadcrumbs(
        (topic.category_name, category_url(topic.category_slug)), (topic.title, topic_url(topic)), *items
    )


def _with_query(url, request):
    """`url` with the request's query string, for redirects to a page's current address."""
    query = request.GET.urlencode()
    return f"{url}?{query}" if query else url


def _post_url(post):
    return reverse("forums:post", args=[post.pk])


def _localize_agency_names(posts):
    """post.agency_name in the active language (one query, only when a page has agency posts)."""
    agencies = [post.as_agency for post in posts if post is not None and post.as_agency_id]
    names = {}
    if agencies:
        names = dict(
            Agency.objects.filter(
                translation_key__in={a.translation_key for a in agencies},
                locale__language_code=get_language(),
            ).values_list("translation_key", "name")
        )
    for post in posts:
        if post is not None and post.as_agency_id:
            post.agency_name = names.get(post.as_agency.translation_key, post.as_agency.name)


def _quotable(topic, user, raw):
    """The post to quote from ?kutip= or the form: a published post of this topic, else None."""
    try:
        pk = int(raw)
    except (TypeError, ValueError):
        return None
    return (
        visible_posts(topic, user)
        .filter(pk=pk, state=State.PUBLISHED)
        .select_related("author__forum_profile")
        .first()
    )


# Views: reading


def category_list(request):
    """/forum/: the categories in the active language, with how many topics each holds."""
    categories = _categories(get_language())
    stats = {
        row.pop("category__translation_key"): row
        for row in Topic.objects.filter(state=State.PUBLISHED)
        .values("category__translation_key")
        .annotate(topics=Count("pk"), last_activity=Max("last_activity_at"))
    }
    rows = [
        {"category": c, **stats.get(c.translation_key, {"topics": 0, "last_activity": None})}
        for c in categories
    ]
    return render(
        request,
        "forums/category_list.html",
        {"rows": rows, "breadcrumbs": [{"title": _("Forum"), "url": ""}]},
    )


def topic_list(request, slug):
    """/forum/<category>/: its topics in every language, sorted by ?urut= and paged by ?page=."""
    category = _category(slug)
    if category.slug != slug:  # the link came from another language: show this language's address
        return redirect(_with_query(category_url(category.slug), request))
    sort = request.GET.get("urut")
    if sort not in SORTS:
        sort = "aktif"
    topics = (
        visible_topics(request.user)
        .filter(category__translation_key=category.translation_key)
        .select_related("author__forum_profile")
        .order_by(*SORTS[sort][1])
    )
    page = Paginator(topics, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "category": category,
        "page_obj": page,
        "sort": sort,
        "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
        "query": f"urut={sort}" if sort != "aktif" else "",
        "may_start": not category.staff_only or request.user.is_staff,
        "breadcrumbs": _breadcrumbs((category.name, "")),
    }
    return render(request, "forums/topic_list.html", context)


def topic_detail(request, pk, slug=None):
    """/forum/topik/<id>-<slug>/: the posts, 20 a page, with the official answer on top."""
    topic = _topic(request, pk)
    if slug is not None and slug != topic_slug(topic):  # the title changed since the link was made
        return redirect(_with_query(topic_url(topic), request), permanent=True)
    user = request.user
    posts = visible_posts(topic, user).select_related(
        "author__forum_profile", "as_agency", "quote__author__forum_profile"
    )
    page = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    official = (
        topic.official_answer
        if topic.official_answer and topic.official_answer.state == State.PUBLISHED
        else None
    )
    now = timezone.now()
    for post in page:
        post.topic = topic  # already loaded: no query per post
        post.is_opening = post.pk == topic.opening_post_id
        post.editable = user.is_authenticated and edit_refusal(post, user, now) is None
    _localize_agency_names([*page, official])
    refused = refusal(request.user) if user.is_authenticated else None
    can_write = user.is_authenticated and not refused and topic.state == State.PUBLISHED
    agencies = agencies_of(user)
    context = {
        "topic": topic,
        "page_obj": page,
        "official": official,
        "refused": refused,
        "needs_profile": user.is_authenticated and profile_of(user) is None,
        "can_reply": can_write and not topic.locked,
        "can_vote": can_write,
        "can_mark_official": may_mark_official_answer(user, topic, agencies),
        "canonical": absolute_url(topic_url(topic)),
        "breadcrumbs": _topic_breadcrumbs(topic),
    }
    if context["can_reply"] and not page.has_next():
        context["form"] = ReplyForm(agencies=agencies)
    return render(request, "forums/topic_detail.html", context)


def post_permalink(request, pk):
    """/forum/pos/<id>/: to the page of the topic that holds the post, at its anchor."""
    post = get_object_or_404(Post.objects.select_related("topic"), pk=pk)
    topic = get_object_or_404(visible_topics(request.user), pk=post.topic_id)
    posts = visible_posts(topic, request.user)
    if not posts.filter(pk=post.pk).exists():
        raise Http404
    before = posts.filter(
        Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk)
    ).count()
    number = before // POSTS_PER_PAGE + 1
    page = f"?page={number}" if number > 1 else ""
    return redirect(f"{topic_url(topic)}{page}#pos-{post.pk}")


# Views: writing


@login_required
def new_topic(request, slug):
    """/forum/<category>/baru/: start a topic (staff only in staff-only categories)."""
    category = _category(slug)
    if category.slug != slug:
        return redirect("forums:new_topic", category.slug)
    back = category_url(category.slug)
    refused = refusal(request.user)
    if not refused and category.staff_only and not request.user.is_staff:
        refused = _("Only city staff start topics in this category. You can reply to its topics.")
    if refused:
        return _refused(request, refused, back=back)
    agencies = agencies_of(request.user)
    status = 200
    if request.method == "POST":
        form = TopicForm(request.POST, agencies=agencies)
        status = 400
        if form.is_valid():
            if form.is_bot():  # thanked like everyone, nothing stored
                return redirect(back)
            data = form.cleaned_data
            status = _text_refused(request, form, "topic")
            if status is None:
                topic, post = start_topic(
                    category, request.user, data["title"], data["body"], data.get("as_agency")
                )
                _thank(request, post, _("Your topic was published."))
                return redirect(topic_url(topic))
    else:
        form = TopicForm(agencies=agencies)
    context = {
        "form": form,
        "heading": _("New topic in %(category)s") % {"category": category.name},
        "submit_label": _("Publish topic"),
        "breadcrumbs": _breadcrumbs((category.name, back), (_("New topic"), "")),
        "cancel_url": back,
    }
    return render(request, "forums/post_form.html", context, status=status)


def _thank(request, post, published_message):
    if post.state == State.PENDING:
        messages.info(
            request,
            _(
                "Thank you. Your post is waiting for a moderator: others will see it once it is approved. "
                "Until then only you and the moderators can see it."
            ),
        )
    else:
        messages.success(request, published_message)


@login_required
def reply(request, pk):
    """/forum/topik/<id>/balas/: the reply form (also at the foot of the topic's last page)."""
    topic = _topic(request, pk)
    back = topic_url(topic)
    refused = refusal(request.user)
    if not refused and topic.locked:
        refused = _("This topic is locked: no new replies can be added.")
    if not refused and topic.state != State.PUBLISHED:
        refused = _("This topic is not published, so it cannot be replied to yet.")
    if refused:
        return _refused(request, refused, back=back)
    agencies = agencies_of(request.user)
    status = 200
    if request.method == "POST":
        form = ReplyForm(request.POST, agencies=agencies)
        quote = _quotable(topic, request.user, request.POST.get("quote"))
        status = 400
        if form.is_valid():
            if form.is_bot():
                return redirect(back)
            data = form.cleaned_data
            status = _text_refused(request, form, "reply")
            if status is None:
                post = add_reply(topic, request.user, data["body"], quote=quote, agency=data.get("as_agency"))
                _thank(request, post, _("Your reply was published."))
                return redirect(_post_url(post))
    else:
        quote = _quotable(topic, request.user, request.GET.get("kutip"))
        form = ReplyForm(initial={"quote": quote.pk if quote else None}, agencies=agencies)
    context = {
        "form": form,
        "topic": topic,
        "quote": quote,
        "heading": _("Reply to “%(title)s”") % {"title": topic.title},
        "submit_label": _("Publish reply"),
        "breadcrumbs": _topic_breadcrumbs(topic, (_("Reply"), "")),
        "cancel_url": back,
    }
    return render(request, "forums/post_form.html", context, status=status)


@login_required
def edit(request, pk):
    """/forum/pos/<id>/ubah/: the author corrects their post within EDIT_MINUTES."""
    post = get_object_or_404(Post.objects.select_related("topic"), pk=pk)
    topic = _topic(request, post.topic_id)
    post.topic = topic
    refused = refusal(request.user) or edit_refusal(post, request.user)
    if refused:
        return _refused(request, refused, back=_post_url(post))
    with_title = post.pk == topic.opening_post_id
    status = 200
    if request.method == "POST":
        form = EditForm(request.POST, with_title=with_title)
        status = 400
        if form.is_valid():
            if rate_limited(request, "edit"):
                form.add_error(
                    None,
                    _(
                        "You have changed your posts many times today. Please try again tomorrow; "
                        "your post keeps its earlier text."
                    ),
                )
                status = 429
            else:
                data = form.cleaned_data
                if change_post(post, request.user, data["body"], data.get("title")):
                    messages.info(
                        request,
                        _(
                            "Your changes were saved and are waiting for a moderator. Until they are "
                            "approved, only you and the moderators can see this post."
                        ),
                    )
                else:
                    messages.success(request, _("Your changes were saved."))
                return redirect(_post_url(post))
    else:
        form = EditForm(initial={"body": post.body, "title": topic.title}, with_title=with_title)
    deadline = timezone.localtime(post.created_at + timedelta(minutes=EDIT_MINUTES))
    context = {
        "form": form,
        "topic": topic,
        "heading": _("Change your post"),
        "intro": _("You can change this post until %(time)s.") % {"time": deadline.strftime("%H:%M")},
        "submit_label": _("Save changes"),
        "breadcrumbs": _topic_breadcrumbs(topic, (_("Change your post"), "")),
        "cancel_url": _post_url(post),
    }
    return render(request, "forums/post_form.html", context, status=status)


@login_required
def flag(request, pk):
    """/forum/pos/<id>/laporkan/: report a post (a topic is reported through its opening post)."""
    post = get_object_or_404(Post.objects.select_related("author__forum_profile"), pk=pk)
    topic = _topic(request, post.topic_id)
    back = _post_url(post)
    if not visible_posts(topic, request.user).filter(pk=post.pk).exists():
        raise Http404
    refused = refusal(request.user)
    if not refused and post.author_id == request.user.pk:
        refused = _("You cannot report your own post. You can change it within 30 minutes of posting.")
    if refused:
        return _refused(request, refused, back=back)
    if post.state != State.PUBLISHED or Flag.objects.filter(post=post, user=request.user).exists():
        messages.info(request, _("Thank you: this post has already been reported and will be reviewed."))
        return redirect(back)
    status = 200
    if request.method == "POST":
        form = FlagForm(request.POST)
        status = 400
        if form.is_valid():
            if form.is_bot():
                return redirect(back)
            if rate_limited(request, "flag"):
                form.add_error(None, _("You have sent many reports today. Please try again tomorrow."))
                status = 429
            else:
                hid_topic = False
                try:
                    hidden = add_flag(
                        post, request.user, form.cleaned_data["reason"], form.cleaned_data["note"]
                    )
                    hid_topic = hidden and post.pk == topic.opening_post_id
                except IntegrityError:  # a second report sent at the same moment
                    pass
                messages.success(request, _("Thank you for your report. A moderator will review the post."))
                # A topic hidden by its reports is no longer there to go back to.
                return redirect(category_url(topic.category_slug) if hid_topic else topic_url(topic))
    else:
        form = FlagForm()
    post.topic = topic
    context = {
        "form": form,
        "post": post,
        "topic": topic,
        "breadcrumbs": _topic_breadcrumbs(topic, (_("Report a post"), "")),
        "cancel_url": back,
    }
    return render(request, "forums/flag_form.html", context, status=status)


def _yes(request, name):
    return request.POST.get(name) == "1"


@login_required
def support(request, pk):
    """/forum/topik/<id>/dukung/: POST dukung=1 to support the topic, dukung=0 to take it back."""
    topic = _topic(request, pk)
    if request.method != "POST":
        return redirect(topic_url(topic))
    refused = refusal(request.user)
    if not refused and topic.state != State.PUBLISHED:
        refused = _("This topic is not published, so it cannot be supported yet.")
    if refused:
        return _refused(request, refused, back=topic_url(topic))
    if rate_limited(request, "vote"):
        return _refused(
            request,
            _("You have voted many times today. Please try again tomorrow."),
            back=topic_url(topic),
            status=429,
        )
    wanted = _yes(request, "dukung")
    set_support(topic, request.user, wanted)
    messages.success(
        request, _("You support this topic.") if wanted else _("You no longer support this topic.")
    )
    return redirect(topic_url(topic) + "#dukung")


@login_required
def subscribe(request, pk):
    """/forum/topik/<id>/langganan/: POST aktif=1 to get emails about new replies, aktif=0 to stop."""
    topic = _topic(request, pk)
    if request.method != "POST":
        return redirect(topic_url(topic))
    wanted = _yes(request, "aktif")
    Subscription.objects.update_or_create(topic=topic, user=request.user, defaults={"active": wanted})
    messages.success(
        request,
        _("You will get an email when someone replies.")
        if wanted
        else _("You will no longer get emails about this topic."),
    )
    return redirect(topic_url(topic) + "#langganan")


def _official_answer_refusal(topic) -> str:
    if topic.agency_id is None:
        return _("Only the complaints coordinator can choose the official answer for this topic.")
    return _(
        "Only officers of %(agency)s, which this topic concerns, or the complaints coordinator can choose "
        "its official answer."
    ) % {"agency": topic.agency.localized.name}


@login_required
def official_answer(request, pk):
    """/forum/pos/<id>/jawaban-resmi/: agency staff mark (resmi=1) or unmark (resmi=0) the answer."""
    post = get_object_or_404(Post, pk=pk)
    topic = _topic(request, post.topic_id)
    if request.method != "POST":
        return redirect(_post_url(post))
    if not may_mark_official_answer(request.user, topic):
        return _refused(request, _official_answer_refusal(topic), back=_post_url(post))
    if post.state != State.PUBLISHED or topic.state != State.PUBLISHED:
        return _refused(request, _("Only a published post can be the official answer."), back=_post_url(post))
    if _yes(request, "resmi"):
        set_official_answer(topic, post)
        messages.success(request, _("This post is now the official answer."))
    elif topic.official_answer_id == post.pk:
        set_official_answer(topic, None)
        messages.success(request, _("This post is no longer the official answer."))
    return redirect(_post_url(post))
