"""Demo forum and consultations: 6 categories, 25 topics with replies from 15 residents and 3 agency
officers (some official answers), two consultations (one open, one closed with its outcome) and a few
items in the moderation queue. Random but repeatable (fixed seed).

For `load_demo --scale` (home.demo.scale): 5,000 more topics of 10 posts in the residents' categories,
each a demo opening post and demo replies, over the last HISTORY_DAYS days.
"""

import random
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import Locale, Site

from allauth.account.models import EmailAddress

from feedback.models import AgencyMembership, Kecamatan
from feedback.workflow import Role
from home.blocks import stream_data
from home.demo import DemoContext, demo_loader, ensure_demo_user, publish_translation, scale, scale_loader
from services_catalog.models import Agency

from . import demo_content as content
from .models import (
    Category,
    ConsultationComment,
    ConsultationDocument,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationQuestion,
    Flag,
    Post,
    Profile,
    State,
    SupportVote,
    Topic,
)
from .moderation import ensure_moderator_group

ENGLISH = "en"
RESIDENT_EMAIL = "warga{:02d}@example.org"


@demo_loader(order=99)
def load_forum_moderators(context: DemoContext) -> list[str]:
    """The demo `moderator` (Wagtail's page moderation) also moderates the forum."""
    group = ensure_moderator_group()
    moderator = get_user_model().objects.filter(username="moderator").first()
    if moderator is None or moderator.groups.filter(pk=group.pk).exists():
        return []
    moderator.groups.add(group)
    return [f"“moderator” in the group “{group.name}”"]


@demo_loader(order=100)
def load_forum(context: DemoContext) -> list[str]:
    if Topic.objects.exists():
        return []
    rng = random.Random(1888)  # noqa: S311  (demo data, not security)
    categories = _categories()
    residents = _residents(context)
    officers = _officers(context)
    now = timezone.now()
    for slug, title, body, agency_name, answer in content.TOPICS:
        # The thread's last post is 3–120 days old; its earlier posts are spread out before it.
        last_post_age = timedelta(days=rng.randint(3, 120), hours=rng.randint(0, 12))
        replies = rng.sample(content.REPLIES, rng.randint(3, 15))
        gaps = [timedelta(hours=rng.randint(1, 40)) for _reply in replies]
        if agency_name:
            gaps.append(timedelta(hours=rng.randint(2, 48)))
        created = now - last_post_age - sum(gaps, timedelta())
        announcement = categories[slug].staff_only
        author = (
            officers["Disdukcapil" if "KTP" in title else "Dinas PUPR"]
            if announcement
            else rng.choice(residents)
        )
        if agency_name:
            agency = _agency_of(officers[agency_name])
        else:
            agency = _agency_of(author) if announcement else categories[slug].agency
        topic = Topic.objects.create(
            category=categories[slug],
            title=title,
            author=author,
            created_at=created,
            pinned=announcement,
            agency=agency,
        )
        moment = created
        posts = [_post(topic, author, body, moment, as_agency=_agency_of(author) if announcement else None)]
        for text, gap in zip(replies, gaps, strict=False):
            moment += gap
            posts.append(_post(topic, rng.choice(residents), text, moment))
        if agency_name:
            moment += gaps[-1]
            officer = officers[agency_name]
            answer_post = _post(topic, officer, answer, moment, as_agency=_agency_of(officer))
            posts.append(answer_post)
            topic.official_answer, topic.status = answer_post, Topic.Status.ANSWERED
        for person in {post.author for post in posts}:
            topic.subscriptions.create(user=person)
        supporters = rng.sample(residents, rng.randint(0, 9))
        SupportVote.objects.bulk_create(SupportVote(topic=topic, user=person) for person in supporters)
        topic.support_count, topic.reply_count, topic.last_activity_at = (
            len(supporters),
            len(posts) - 1,
            moment,
        )
        topic.save()
    _moderation_queue(rng, residents)
    changes = [f"{len(content.TOPICS)} demo forum topics", f"{len(residents)} demo residents"]
    return changes + _consultations(rng, residents)


def _post(topic, author, body, moment, as_agency=None):
    return Post.objects.create(topic=topic, author=author, body=body, created_at=moment, as_agency=as_agency)


def _agency_of(user):
    membership = AgencyMembership.objects.filter(user=user).select_related("agency").first()
    return membership.agency if membership else None


def _categories():
    default, english = Locale.get_default(), Locale.objects.get(language_code=ENGLISH)
    agencies = {agency.short_name: agency for agency in Agency.objects.filter(locale=default)}
    categories = {}
    for order, (slug, name, name_en, description, description_en, staff_only) in enumerate(
        content.CATEGORIES
    ):
        category, _created = Category.objects.get_or_create(
            locale=default,
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "sort_order": order,
                "staff_only": staff_only,
                "agency": agencies.get(content.CATEGORY_AGENCIES.get(slug, "")),
            },
        )
        if not category.has_translation(english):
            publish_translation(category, english, {name: name_en, description: description_en})
        categories[slug] = category
    return categories


def _residents(context: DemoContext):
    """15 residents who sign in with warga01@example.org … and the demo password (development only)."""
    user_model = get_user_model()
    districts = {district.name: district for district in Kecamatan.objects.all()}
    joined = timezone.now() - timedelta(days=200)
    residents = []
    for number, (display_name, district) in enumerate(content.RESIDENTS, start=1):
        email = RESIDENT_EMAIL.format(number)
        user, created = user_model.objects.get_or_create(
            username=f"warga{number:02d}", defaults={"email": email, "date_joined": joined}
        )
        if created:
            user.set_password(settings.DEMO_PASSWORD if context.show_passwords else secrets.token_urlsafe(18))
            user.save()
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            Profile.objects.create(user=user, display_name=display_name, kecamatan=districts.get(district))
        residents.append(user)
    password = settings.DEMO_PASSWORD if context.show_passwords else "random"
    context.accounts.append(
        ("residents", f"{RESIDENT_EMAIL.format(1)} … {RESIDENT_EMAIL.format(15)}", password)
    )
    return residents


def _officers(context: DemoContext):
    """The agency officers who answer in the forum, each with a display name and membership."""
    agencies = {agency.short_name: agency for agency in Agency.objects.filter(locale=Locale.get_default())}
    officers = {}
    for username, display_name, agency_name in content.OFFICERS:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:  # the back office's demo made the others
            email = f"{username}@example.org"
            ensure_demo_user(context, "petugas", username, email, groups=[Role.OFFICER.value])
            user = get_user_model().objects.get(username=username)
        AgencyMembership.objects.get_or_create(user=user, agency=agencies[agency_name])
        Profile.objects.get_or_create(user=user, defaults={"display_name": display_name})
        officers[agency_name] = user
    return officers


def _moderation_queue(rng, residents):
    """Some flagged replies (one hidden by three flags) and a new resident's post waiting for review."""
    replies = list(Post.objects.filter(topic__category__staff_only=False).exclude(author=None).order_by("pk"))
    for post, flaggers in zip(rng.sample(replies, 3), (1, 2, 3), strict=True):
        people = [person for person in residents if person != post.author][:flaggers]
        for person, reason in zip(
            people, (Flag.Reason.OFF_TOPIC, Flag.Reason.SPAM, Flag.Reason.ABUSIVE), strict=False
        ):
            Flag.objects.create(post=post, user=person, reason=reason)
        post.flag_count = flaggers
        post.state = State.HIDDEN if flaggers >= 3 else State.PUBLISHED
        post.save()
    newcomer, created = get_user_model().objects.get_or_create(
        username="warga16", defaults={"email": RESIDENT_EMAIL.format(16)}
    )
    if created:
        newcomer.set_unusable_password()
        newcomer.save()
        Profile.objects.create(user=newcomer, display_name="Warga Baru Kolok")
    topic = Topic.objects.filter(category__slug="usulan-warga").first()
    Post.objects.create(
        topic=topic,
        author=newcomer,
        body="Kunjungi toko kami untuk harga terbaik! http://contoh-promo.example",
        state=State.PENDING,
    )


def _consultations(rng, residents) -> list[str]:
    home = Site.objects.get(is_default_site=True).root_page.specific
    english = Locale.objects.get(language_code=ENGLISH)
    index = ConsultationIndexPage.objects.child_of(home).first()
    changes = []
    if index is None:
        index = home.add_child(
            instance=ConsultationIndexPage(
                title="Konsultasi Publik",
                slug="konsultasi",
                show_in_menus=True,
                listing_summary="Beri pendapat Anda tentang rancangan aturan dan rencana Pemerintah Kota.",
            )
        )
        index.save_revision().publish()
        changes.append("page “Konsultasi Publik”")
    if not index.has_translation(english):
        publish_translation(
            index,
            english,
            {
                "Konsultasi Publik": "Public Consultations",
                "Beri pendapat Anda tentang rancangan aturan dan rencana Pemerintah Kota.": (
                    "Have your say on the city government's draft regulations and plans."
                ),
            },
        )
    environment = Agency.objects.filter(locale=index.locale, short_name="DLH").first()
    now = timezone.now()
    for slug, title, summary, questions, is_open, heard, decided in content.CONSULTATIONS:
        opens = now - timedelta(days=10 if is_open else 90)
        page = ConsultationPage(
            title=title,
            slug=slug,
            summary=summary,
            listing_summary=summary,
            agency=environment,
            opens_at=opens,
            closes_at=now + timedelta(days=20) if is_open else now - timedelta(days=45),
            outcome_heard=heard,
            outcome_decided=decided,
            body=stream_data("paragraph", [f"<p>{summary}</p>"]),
        )
        for position, text in enumerate(questions):
            page.questions.add(ConsultationQuestion(text=text, sort_order=position))
        page.documents.add(ConsultationDocument(document=_document(title), sort_order=0))
        index.add_child(instance=page)
        page.save_revision().publish()
        for text in rng.sample(content.COMMENTS, 4):
            ConsultationComment.objects.create(
                page=page,
                question=rng.choice([None, *page.questions.all()]),
                author=rng.choice(residents),
                body=text,
                created_at=opens + timedelta(days=rng.randint(1, 9)),
            )
        changes.append(f"consultation “{title}”")
    return changes


def _document(title):
    """A small PDF standing in for the draft the city publishes."""
    pdf = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    document = Document(title=f"Dokumen {title}")
    document.file.save("rancangan.pdf", ContentFile(pdf), save=False)
    document.save()
    return document


@scale_loader(order=30)
def load_scale_forum(sizes: scale.Sizes, rng: random.Random) -> list[str]:
    """Topics in the residents' categories, each an opening post from the demo and replies to it."""
    count, posts_per_topic = sizes.topics, sizes.posts_per_topic
    categories = list(
        Category.objects.filter(locale=Locale.get_default(), staff_only=False).order_by("sort_order", "pk")
    )
    residents = list(
        get_user_model().objects.filter(forum_profile__isnull=False, is_staff=False).order_by("pk")
    ) or [None]
    now = timezone.now()
    topic_ids = []
    for start in range(1, count + 1, scale.BATCH):
        topics, threads = [], []
        for number in range(start, min(start + scale.BATCH, count + 1)):
            _slug, title, body, _agency, _answer = content.TOPICS[number % len(content.TOPICS)]
            moment = now - timedelta(minutes=rng.randint(60, scale.HISTORY_DAYS * 24 * 60))
            author = rng.choice(residents)
            posts = [Post(author=author, body=body, created_at=moment)]
            for _ in range(posts_per_topic - 1):
                moment = min(now, moment + timedelta(minutes=rng.randint(10, 48 * 60)))
                posts.append(
                    Post(author=rng.choice(residents), body=rng.choice(content.REPLIES), created_at=moment)
                )
            topics.append(
                Topic(
                    category=categories[number % len(categories)],
                    agency=categories[number % len(categories)].agency,
                    title=f"{title} {number}",
                    author=author,
                    created_at=posts[0].created_at,
                    last_activity_at=moment,
                    reply_count=len(posts) - 1,
                )
            )
            threads.append(posts)
        Topic.objects.bulk_create(topics)
        for topic, posts in zip(topics, threads, strict=True):
            for post in posts:
                post.topic = topic
        Post.objects.bulk_create([post for posts in threads for post in posts], batch_size=scale.BATCH)
        topic_ids += [topic.pk for topic in topics]
    scale.index(Topic, topic_ids)
    return [f"{count:,} forum topics of {posts_per_topic} posts"]
