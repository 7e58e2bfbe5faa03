"""The forum at /forum/ (and /en/forum/). Fixed words first: a category slug could be anything else.

The read-only pages are `public_page`s: cached for anonymous visitors (home.page_cache), purged by
forums.signals when a post or topic changes."""

from django.urls import path

from home.page_cache import public_page

from . import views

app_name = "forums"

urlpatterns = [
    path("", public_page(views.category_list), name="index"),
    path("topik/<int:pk>-<slug:slug>/", public_page(views.topic_detail), name="topic"),
    path("topik/<int:pk>/", public_page(views.topic_detail), name="topic_short"),
    path("topik/<int:pk>/balas/", views.reply, name="reply"),
    path("topik/<int:pk>/dukung/", views.support, name="support"),
    path("topik/<int:pk>/langganan/", views.subscribe, name="subscribe"),
    path("pos/<int:pk>/", views.post_permalink, name="post"),
    path("pos/<int:pk>/ubah/", views.edit, name="edit"),
    path("pos/<int:pk>/laporkan/", views.flag, name="flag"),
    path("pos/<int:pk>/jawaban-resmi/", views.official_answer, name="official_answer"),
    path("<slug:slug>/", public_page(views.topic_list), name="category"),
    path("<slug:slug>/baru/", views.new_topic, name="new_topic"),
]
