from django.urls import path

from . import views

app_name = "services_catalog"

urlpatterns = [
    path("membantu/<int:page_id>/", views.helpful_vote, name="helpful_vote"),
]
