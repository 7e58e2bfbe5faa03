"""A resident's own pages next to allauth's under /akun/: profile, data export, deleting the account.

Included before allauth's URLs; none of these paths is one of allauth's.
"""

from django.urls import path

from security import lockout

from . import account_views

app_name = "accounts"

urlpatterns = [
    path("profil/", account_views.profile, name="profile"),
    path("ekspor/", account_views.export, name="export"),
    path("hapus/", account_views.delete, name="delete"),
    path("hapus/selesai/", account_views.deleted, name="deleted"),
    # The link a paused account's owner gets by email (security.lockout).
    path("buka-kunci/<str:uidb36>/<str:token>/", lockout.unlock, name="unlock"),
]
