"""Purge the cached forum and consultation pages a change shows on (home.page_cache, home.purge).

New posts, edits, reports, support votes and moderation all save or delete a Topic, Post, Flag,
SupportVote or ConsultationComment row; counters that change with a queryset `update()` always come
with one of those saves. A topic's pages are its own (both address forms), its category's list, the
forum's front page and the search results, in every language; a move or a retitle also purges the old
category and address. A resident who changes their display name or deletes their account purges every
topic they wrote in.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.urls import reverse

from home.purge import in_every_language, paths_for_page, purge_paths

from .models import Category, ConsultationComment, ConsultationPage, Flag, Post, Profile, SupportVote, Topic
from .threads import category_url, topic_url


def topic_paths(topic) -> set[str]:
    """Its pages, its category's list, the forum front page and the search results."""
    return in_every_language(
        lambda: [
            topic_url(topic),
            reverse("forums:topic_short", args=[topic.pk]),
            category_url(topic.category.slug),
            reverse("forums:index"),
            reverse("search"),
        ]
    )


@receiver(pre_save, sender=Topic, dispatch_uid="page-cache-topic-before")
def remember_topic_paths(instance, **kwargs):
    old = Topic.objects.filter(pk=instance.pk).select_related("category").first() if instance.pk else None
    instance._paths_before = topic_paths(old) if old else set()


@receiver(post_save, sender=Topic, dispatch_uid="page-cache-topic-saved")
@receiver(post_delete, sender=Topic, dispatch_uid="page-cache-topic-deleted")
def purge_topic(instance, **kwargs):
    purge_paths(getattr(instance, "_paths_before", set()) | topic_paths(instance))


@receiver(post_save, sender=Post, dispatch_uid="page-cache-post-saved")
@receiver(post_delete, sender=Post, dispatch_uid="page-cache-post-deleted")
@receiver(post_save, sender=Flag, dispatch_uid="page-cache-flag-saved")
@receiver(post_save, sender=SupportVote, dispatch_uid="page-cache-vote-saved")
@receiver(post_delete, sender=SupportVote, dispatch_uid="page-cache-vote-deleted")
def purge_topic_of(instance, **kwargs):
    topic = instance.post.topic if isinstance(instance, Flag) else instance.topic
    purge_paths(topic_paths(topic))


@receiver(post_save, sender=Category, dispatch_uid="page-cache-category-saved")
@receiver(post_delete, sender=Category, dispatch_uid="page-cache-category-deleted")
def purge_category(instance, **kwargs):
    purge_paths(in_every_language(lambda: [category_url(instance.slug), reverse("forums:index")]))


@receiver(post_save, sender=ConsultationComment, dispatch_uid="page-cache-comment-saved")
@receiver(post_delete, sender=ConsultationComment, dispatch_uid="page-cache-comment-deleted")
def purge_consultation(instance, **kwargs):
    """The consultation, in every language, and the lists that count its comments."""
    purge_paths(paths_for_page(instance.page))


@receiver(post_save, sender=Profile, dispatch_uid="page-cache-profile-saved")
@receiver(pre_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="page-cache-user-deleted")
def purge_author(instance, **kwargs):
    """Their name shows on every post (a deleted account's posts stay, as "Deleted user")."""
    user_id = instance.user_id if isinstance(instance, Profile) else instance.pk
    paths = set()
    for topic in Topic.objects.filter(posts__author_id=user_id).select_related("category").distinct():
        paths |= topic_paths(topic)
    for page in ConsultationPage.objects.filter(comments__author_id=user_id).distinct():
        paths |= paths_for_page(page)
    purge_paths(paths)
