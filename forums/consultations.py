"""Public consultations (konsultasi publik): what the index, the page and the home page show, and commenting.

A consultation is "upcoming" before `opens_at`, "open" until `closes_at`, then "closed" and read-only
(ConsultationPage.status). Residents comment while it is open, under the same rules as forum posts
(forums.posting: display name, suspensions, pre-moderation of new accounts, rate limits, duplicates).
The page's view methods in forums.models hand over to the functions here.
"""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Case, Count, DateTimeField, F, IntegerField, Value, When
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from home import page_cache
from home.cache import cached
from services_catalog.models import Agency

from .consultation_forms import ConsultationCommentForm
from .models import ConsultationComment, ConsultationPage, State
from .posting import display_name, initial_state, is_duplicate, nofollow, rate_limited, refusal
from .rendering import render

UPCOMING, OPEN, CLOSED = "upcoming", "open", "closed"
# Badge words: the status is always said in words, never by colour alone.
STATUS_LABELS = {
    OPEN: gettext_lazy("Open for comments"),
    UPCOMING: gettext_lazy("Not open yet"),
    CLOSED: gettext_lazy("Closed"),
}
GROUP_HEADINGS = {
    OPEN: gettext_lazy("Open now"),
    UPCOMING: gettext_lazy("Coming soon"),
    CLOSED: gettext_lazy("Closed consultations"),
}
CONSULTATIONS_PER_PAGE = 20
COMMENTS_PER_PAGE = 30
HOME_PAGE_COUNT = 3
# Consultations not yet closed that the home page considers; a city runs a handful at a time.
HOME_PAGE_CANDIDATES = 20


def time_left(closes_at, now) -> str:
    """'5 days left' for an open consultation; under a day, the closing time."""
    remaining = closes_at - now
    if remaining < timedelta(days=1):
        return _("Less than a day left (closes at %(time)s)") % {
            "time": timezone.localtime(closes_at).strftime("%H.%M")
        }
    days = remaining.days
    return ngettext("%(days)d day left", "%(days)d days left", days) % {"days": days}


def _with_status(consultation, status, now):
    consultation.consultation_status = status
    consultation.status_label = STATUS_LABELS[status]
    consultation.time_left = time_left(consultation.closes_at, now) if status == OPEN else ""
    return consultation


# The index: open first (closing soonest first), then upcoming (opening soonest first), then closed
# (most recently closed first), in one query per page of the list.


def index_listing(index, now):
    phase = Case(
        When(opens_at__gt=now, then=Value(1)),
        When(closes_at__gt=now, then=Value(0)),
        default=Value(2),
        output_field=IntegerField(),
    )
    next_moment = Case(
        When(opens_at__gt=now, then=F("opens_at")),
        When(closes_at__gt=now, then=F("closes_at")),
        default=None,
        output_field=DateTimeField(),
    )
    return (
        ConsultationPage.objects.child_of(index)
        .live()
        .public()
        .select_related("agency")
        .defer_streamfields()
        .annotate(phase=phase, next_moment=next_moment)
        .order_by("phase", F("next_moment").asc(nulls_last=True), "-closes_at", "pk")
    )


PHASES = {0: OPEN, 1: UPCOMING, 2: CLOSED}


def index_context(index, request, now=None):
    now = now or timezone.now()
    page_obj = Paginator(index_listing(index, now), CONSULTATIONS_PER_PAGE).get_page(request.GET.get("page"))
    groups = []
    for consultation in page_obj:
        status = PHASES[consultation.phase]
        if not groups or groups[-1]["status"] != status:
            groups.append({"status": status, "heading": GROUP_HEADINGS[status], "items": []})
        groups[-1]["items"].append(_with_status(consultation, status, now))
        page_cache.valid_until(request, consultation.next_moment)
    return {"consultations_page": page_obj, "consultation_groups": groups}


# The home page: at most HOME_PAGE_COUNT consultations open now, in the active language.


def open_consultations(request, language, now=None, count=HOME_PAGE_COUNT):
    """Open consultations, closing soonest first, as plain dicts; cached until content changes.

    The cache holds every consultation not closed when it was filled, so one that opens or closes
    later is put in or left out here, by the clock, without waiting for the cache.
    """
    now = now or timezone.now()

    def load():
        filled_at = timezone.now()
        pages = (
            ConsultationPage.objects.live()
            .public()
            .filter(locale__language_code=language, closes_at__gt=filled_at)
            .select_related("agency")
            .defer_streamfields()
            .order_by("opens_at", "pk")[:HOME_PAGE_CANDIDATES]
        )
        return [
            {
                "title": page.title,
                "url": url,
                "summary": page.listing_summary or page.summary,
                "agency": page.agency.short_name if page.agency else "",
                "opens_at": page.opens_at,
                "closes_at": page.closes_at,
            }
            for page in pages
            if (url := page.get_url(request))
        ]

    candidates = cached(f"open-consultations:{language}", load)
    # The home page changes when the next of them opens or closes.
    page_cache.valid_until(
        request,
        min(
            (item["opens_at"] if item["opens_at"] > now else item["closes_at"] for item in candidates),
            default=None,
        ),
    )
    current = sorted(
        (item for item in candidates if item["opens_at"] <= now < item["closes_at"]),
        key=lambda item: item["closes_at"],
    )[:count]
    return [{**item, "time_left": time_left(item["closes_at"], now)} for item in current]


def index_url_of(consultation_url: str) -> str:
    """The consultation index's URL: a consultation's parent is always the index (parent_page_types)."""
    return consultation_url.rstrip("/").rsplit("/", 1)[0] + "/"


# The consultation page.


def _prepare(comment):
    """Display name and safe HTML (forums.posting.nofollow decides about links)."""
    comment.author_name = display_name(comment.author)
    published = comment.state == State.PUBLISHED
    comment.html = render(comment.body, nofollow=nofollow(comment.author, published=published))
    return comment


def questions_of(page):
    return list(page.questions.order_by(F("sort_order").asc(nulls_last=True), "pk"))


def page_parts(page, request):
    """The questions and documents: cached until content changes, or the editor's own in a preview."""
    if getattr(request, "is_preview", False):
        return list(page.questions.all()), list(page.documents.all())
    return cached(
        f"consultation-parts:{page.pk}",
        lambda: (questions_of(page), list(page.documents.select_related("document"))),
    )


def comment_groups(page, questions, page_number):
    """Published comments in question order (general comments last), one page of them, grouped.

    Two queries whatever the number of comments: the counts per question (which also give the
    paginator its total), and one page of comments with their authors' profiles.
    """
    published = ConsultationComment.objects.filter(page_id=page.pk, state=State.PUBLISHED)
    counts = {
        row["question_id"]: row["count"]
        for row in published.order_by().values("question_id").annotate(count=Count("pk"))
    }
    general_last = Case(When(question__isnull=True, then=Value(1)), default=Value(0))
    comments = published.select_related("author__forum_profile").order_by(
        general_last, F("question__sort_order").asc(nulls_last=True), "question_id", "created_at", "pk"
    )
    paginator = Paginator(comments, COMMENTS_PER_PAGE)
    paginator.count = sum(counts.values())  # known already: spare the COUNT query
    page_obj = paginator.get_page(page_number)
    by_id = {question.pk: question for question in questions}
    # A comment whose question was removed from the page counts as a general comment.
    general_count = sum(count for question_id, count in counts.items() if question_id not in by_id)
    groups = []
    for comment in page_obj:
        question = by_id.get(comment.question_id)
        if not groups or groups[-1]["question"] != question:
            count = counts[question.pk] if question else general_count
            groups.append({"question": question, "count": count, "comments": []})
        groups[-1]["comments"].append(_prepare(comment))
    return page_obj, groups, counts


def page_context(page, request, now=None):
    now = now or timezone.now()
    status = page.status(now)
    page_cache.valid_until(request, {UPCOMING: page.opens_at, OPEN: page.closes_at}.get(status))
    if page.agency_id:  # shared by many pages and rarely changed (the key services_catalog uses too)
        page.agency = cached(f"agency:{page.agency_id}", lambda: Agency.objects.get(pk=page.agency_id))
    questions, documents = page_parts(page, request)
    comments_page, groups, counts = comment_groups(page, questions, request.GET.get("page"))
    for question in questions:
        question.comment_count = counts.get(question.pk, 0)
    context = {
        "status": status,
        "status_label": STATUS_LABELS[status],
        "time_left": time_left(page.closes_at, now) if status == OPEN else "",
        "documents": documents,
        "questions": questions,
        "comments_page": comments_page,
        "comment_groups": groups,
        "show_outcome": status == CLOSED,
        "own_comments": [],
    }
    user = request.user
    if not user.is_authenticated:
        query = urlencode({"next": (page.get_url(request) or "") + "#tulis-komentar"})
        context["login_url"] = f"{reverse('account_login')}?{query}"
        return context
    # Only the author sees their comments that wait for a moderator (or were hidden, with the reason).
    context["own_comments"] = [
        _prepare(comment)
        for comment in ConsultationComment.objects.filter(page_id=page.pk, author=user)
        .exclude(state=State.PUBLISHED)
        .select_related("question", "author__forum_profile")
    ]
    if status == OPEN:
        context["writer_refusal"] = refusal(user)
        if context["writer_refusal"] is None:
            context["comment_form"] = ConsultationCommentForm(questions=questions)
    return context


REFUSED = {
    UPCOMING: gettext_lazy("This consultation is not open yet: comments are accepted from %(date)s."),
    CLOSED: gettext_lazy("This consultation closed on %(date)s: comments are no longer accepted."),
}


def _render(page, request, status_code, **overrides):
    response = page.render(request, context_overrides=overrides)
    response.status_code = status_code
    return response


def post_comment(page, request):
    """Store a resident's comment; a plain form post that works without JavaScript.

    Refused (and never stored) unless the consultation is open now, whatever the request says.
    """
    page_url = page.get_url(request)
    if request.method != "POST":
        return redirect(page_url + "#komentar")
    status = page.status()
    if status != OPEN:
        moment = page.opens_at if status == UPCOMING else page.closes_at
        date = timezone.localtime(moment).strftime("%d-%m-%Y %H.%M")
        return _render(page, request, 403, comment_refused=REFUSED[status] % {"date": date})
    if not request.user.is_authenticated:
        return redirect_to_login(page_url + "#tulis-komentar")
    reason = refusal(request.user)
    if reason:
        return _render(page, request, 403, comment_refused=reason)
    form = ConsultationCommentForm(request.POST, questions=questions_of(page))
    if not form.is_valid():
        return _render(page, request, 400, comment_form=form)
    if form.is_bot():  # thanked like anyone, but nothing is stored
        messages.success(request, _("Thank you for your comment."))
        return redirect(page_url + "#komentar")
    body = form.cleaned_data["body"]
    if is_duplicate(request.user, body):
        form.add_error("body", _("You sent this same comment a few minutes ago; it is already saved."))
        return _render(page, request, 400, comment_form=form)
    if rate_limited(request, "comment"):
        form.add_error(
            None,
            _("You have sent many comments today. Please try again tomorrow; your text is still below."),
        )
        return _render(page, request, 429, comment_form=form)
    comment = ConsultationComment.objects.create(
        page=page,
        question=form.cleaned_data["question"],
        author=request.user,
        body=body,
        state=initial_state(request.user),
    )
    if comment.state == State.PENDING:
        messages.success(
            request,
            _("Thank you. A moderator checks the first comments of new accounts; yours appears after that."),
        )
        return redirect(page_url + "#komentar-menunggu")
    messages.success(request, _("Thank you. Your comment is published."))
    return redirect(f"{page_url}#komentar-{comment.pk}")
