from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("", views.index, name="index"),
    # Before the datasets: "openapi" would match a dataset slug.
    path("openapi.json", views.openapi, name="openapi"),
    path("<slug:slug>.json", views.download, {"file_format": "json"}, name="json"),
    path("<slug:slug>.csv", views.download, {"file_format": "csv"}, name="csv"),
]
