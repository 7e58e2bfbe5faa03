from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.page_cache import public_page
from home.sitemaps import AllLanguagesSitemap
from opendata.api import api_router
from search import views as search_views
from security import mfa as security_mfa
from security import views as security_views

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
handler403 = "home.views.permission_denied"

# Language-neutral URLs: the admin, documents, health check, files for search engines and the API
# (whose content is in every language: ?locale=id|en).
urlpatterns = [
    # Before the admin's own: staff sign in through allauth (security.mfa), keeping `next`.
    path("admin/login/", security_mfa.admin_login),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", home_views.healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    path(".well-known/security.txt", security_views.security_txt, name="security_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Indonesian at "/", English under "/en/". Wagtail's page tree comes last: it matches any path.
urlpatterns += i18n_patterns(
    path("cari/", public_page(search_views.search), name="search"),
    path("cari/saran/", search_views.suggestions, name="search_suggestions"),
    path("akun/", include("forums.account_urls")),
    path("akun/", include("allauth.urls")),
    path("forum/berhenti-langganan/", include("forums.notification_urls")),
    path("forum/", include("forums.urls")),
    path("data-terbuka/", include("opendata.urls")),
    path("layanan/", include("services_catalog.urls")),
    path("", include("privacy.urls")),
    path("", include("feedback.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
