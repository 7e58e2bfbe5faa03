from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("lacak/<str:code>/<str:secret>/data-pribadi/", views.by_link, name="by_link"),
    path("lacak/<str:code>/<str:secret>/data-pribadi/salinan/", views.copy_by_link, name="copy_by_link"),
    path("akun/pengajuan/data-pribadi/", views.for_account, name="account"),
    path("akun/pengajuan/data-pribadi/salinan/", views.account_copy, name="account_copy"),
]
