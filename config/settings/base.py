"""Settings shared by every runtime mode. Deployment values come from the environment."""

import warnings
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import environ

from config.search import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A local .env file is optional; the real environment always wins.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-change-me")
# The NIK at rest (security.crypto): urlsafe-base64 32-byte keys. The first of ENCRYPTION_KEYS
# encrypts, all decrypt (rotation); LOOKUP_HASH_KEY keys the hash for exact look-ups and stays fixed.
# Left empty in development and tests, fixed keys are derived from SECRET_KEY; production requires both.
ENCRYPTION_KEYS = env.list("ENCRYPTION_KEYS", default=[])
LOOKUP_HASH_KEY = env.str("LOOKUP_HASH_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "services_catalog",
    "feedback",
    "forums",
    "search",
    "opendata",
    "privacy",
    "security",
    "outbox",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.api.v2",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside WhiteNoise and the page cache: static files and cached pages get these headers too.
    "security.headers.SecurityHeadersMiddleware",
    # A NUL byte or invalid UTF-8 in the path, query or form: 400 before anything reads or stores it.
    "security.malformed_input.MalformedInputMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: an anonymous visitor's cached page is served without touching the database.
    "home.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Staff: signed out after STAFF_SESSION_IDLE_MINUTES idle, then kept out of /admin/ until their
    # authenticator app is enrolled (security.sessions, security.mfa).
    "security.sessions.StaffIdleTimeoutMiddleware",
    "security.mfa.StaffMFAMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "security.headers.CSPMiddleware",  # django-csp's, with the admin's own policy
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: a SQLite file under var/ unless DATABASE_URL says otherwise.
with warnings.catch_warnings():  # django-environ only warns about a URL it cannot read
    warnings.simplefilter("ignore")
    DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")}
if not DATABASES["default"].get("ENGINE"):
    raise ImproperlyConfigured("DATABASE_URL is not a database URL such as postgres://user@host:5432/name")
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# A kept connection the server dropped (restart, failover, pg_terminate_backend) is replaced at the
# start of the next request instead of failing it.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set (shared by every app node), else local memory.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            # Redis out of reach: pages, sessions and rate limits carry on without it (home.resilient_cache).
            "BACKEND": "home.resilient_cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="portal"),
            # Redis answers in a millisecond on the private network: a longer wait means it is gone.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    }
    # Redis here keeps nothing on disk: cached_db keeps sessions through a Redis restart or outage.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Sessions in the database: local memory would log everyone out on each dev-server reload.
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Whole pages for anonymous visitors (home.page_cache): kept this many seconds at most, purged on
# every change that affects them; 0 turns the page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# A CDN in front of the site, purged with the page cache (Wagtail's frontend cache): Cloudflare
# (zone ID and API token), CloudFront (distribution ID; needs boto3) or any cache that takes HTTP
# PURGE requests (e.g. Varnish or nginx). home.purge sends the purges, so the app is not installed.
WAGTAILFRONTENDCACHE = {}
if env.str("CLOUDFLARE_ZONE_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env.str("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env.str("CLOUDFLARE_API_TOKEN", default=""),
    }
if env.str("CLOUDFRONT_DISTRIBUTION_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.str("CLOUDFRONT_DISTRIBUTION_ID"),
    }
# home.purge gives every language's path itself: no rewriting of paths per language.
WAGTAILFRONTENDCACHE_LANGUAGES = []
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
    }

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",  # staff's usernames, and permissions
    "allauth.account.auth_backends.AuthenticationBackend",  # residents sign in with their email
]

# Accounts (django-allauth) at /akun/: residents sign in with their email address, verified before
# use; staff with their username too. The admin's own sign-in page sends staff here, so the
# failed-login limit and the two-factor step apply to everyone.
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# Same answer whether or not an address has an account: no way to find out who is registered.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# allauth counts wrong two-factor codes (per account) and wrong passwords when re-authenticating
# against the same login_failed limit, so they lock out the same way. Per address it is high: many
# residents share one (a carrier's NAT). A paused account's owner signs in anyway (security.lockout).
ACCOUNT_RATE_LIMITS = {
    "login_failed": "20/5m/ip,5/5m/key",
    "signup": "10/h/ip",
    "reset_password": "5/h/ip,3/h/key",
    "confirm_email": "3/10m/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Staff addresses were set by an administrator: no confirmation email before they can sign in.
ACCOUNT_ADAPTER = "security.account_adapter.AccountAdapter"
# Sign-up asks for the forum display name; sign-in and re-authentication explain the lockout.
ACCOUNT_FORMS = {
    "signup": "forums.account_forms.SignupForm",
    "login": "forums.account_forms.LoginForm",
    "reauthenticate": "forums.account_forms.ReauthenticateForm",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "feedback:my_submissions"
WAGTAILADMIN_LOGIN_URL = "account_login"

# Two-factor sign-in (allauth.mfa): an authenticator app, with recovery codes for a lost phone.
# Required for everyone with admin access (security.mfa), optional for residents.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env.str("MFA_TOTP_ISSUER", default="Portal Layanan Publik")
# One 30-second step either side: phone clocks drift. Each code still works only once.
MFA_TOTP_TOLERANCE = 1
# Staff are signed out after this long without a request (security.sessions); residents are not.
STAFF_SESSION_IDLE_MINUTES = env.int("STAFF_SESSION_IDLE_MINUTES", default=30)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Django's list is English-speaking; this one has what people here choose ("bismillah", "sayangku").
    {"NAME": "security.passwords.IndonesianCommonPasswordValidator"},
]

# Internationalisation. "id" must be the default before the first migration: Wagtail creates
# the default Locale from it.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
# Citizens' uploads (KTP scans, evidence) live here, outside MEDIA_ROOT: never served by URL.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "var" / "private")
# Outside production, WhiteNoise serves files straight from the apps' static folders.
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Email.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# Every email is stored in the outbox and delivered by a retried task through EMAIL_URL's backend
# (outbox.delivery): a mail server that is down delays emails, never fails a request or loses one.
OUTBOX_DELIVERY_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
EMAIL_BACKEND = "outbox.backends.OutboxBackend"
# A mail server that hangs costs the worker this many seconds per try, not minutes.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
# Delivered emails keep their (encrypted) content this many days, failed ones are deleted after
# OUTBOX_KEEP_FAILED_DAYS: long enough to answer "I never got it", short for personal data.
OUTBOX_KEEP_DAYS = env.int("OUTBOX_KEEP_DAYS", default=7)
OUTBOX_KEEP_FAILED_DAYS = env.int("OUTBOX_KEEP_FAILED_DAYS", default=30)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Portal Layanan Publik <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (django-tasks): run immediately unless a mode says otherwise.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Search: Wagtail's database backend, stemming Indonesian on PostgreSQL (SEARCH_CONFIG, default
# "indonesian"); Elasticsearch or OpenSearch (SEARCH_ENGINE) when ELASTICSEARCH_URL is set. The choice
# is made in config/search.py.
SEARCH_CONFIG = env.str("SEARCH_CONFIG", default="")
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
WAGTAILSEARCH_BACKENDS = search_backends(
    database_engine=DATABASES["default"]["ENGINE"],
    search_config=SEARCH_CONFIG,
    elasticsearch_url=ELASTICSEARCH_URL,
    engine=env.str("SEARCH_ENGINE", default="elasticsearch"),
    index_prefix=env.str("SEARCH_INDEX_PREFIX", default="portal"),
)

# Wagtail.
WAGTAIL_SITE_NAME = "Portal Layanan Publik"
# The site's public address: absolute links (sitemap, RSS, JSON-LD, print checklist, API, emails) use it.
SITE_URL = env.str("SITE_URL", default=env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000"))
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default=SITE_URL)
# No avatars from gravatar.com: it would learn which staff use the admin (hashes of their emails).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt"]
# Documents are public material (regulations, forms): serve them directly, not through Django.
WAGTAILDOCS_SERVE_METHOD = "direct"

# Security headers that hold in every mode. Production adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# A styled, translated page instead of Django's technical one when a form token is missing.
CSRF_FAILURE_VIEW = "home.views.csrf_failure"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# The language is in the path, so Django's language cookie is never set; should it be, no script reads it.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# /.well-known/security.txt (RFC 9116): where to report a vulnerability, as mailto: or https: URIs.
SECURITY_CONTACT = env.list("SECURITY_CONTACT", default=["mailto:keamanan@sawahluntokota.go.id"])
# Content-Security-Policy (django-csp): no inline script or style anywhere on the public site.
# The Wagtail admin gets this policy plus the few sources it needs (security.headers).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# How many reverse proxies (load balancer, CDN) sit in front of the app and append to
# X-Forwarded-For; 0 means the app is reached directly and REMOTE_ADDR is the visitor.
NUM_PROXIES = env.int("NUM_PROXIES", default=0)

# Citizens' forms: submissions per browser (its session) and hour, and per address and hour, much
# higher because many residents share one address (carriers' NAT, a kelurahan's Wi-Fi, the MPP's
# kiosk); raise both for load tests only. Upload limits (UU 27/2022: collect the minimum; the web
# server should cap request bodies too).
SUBMISSIONS_PER_HOUR = env.int("SUBMISSIONS_PER_HOUR", default=10)
SUBMISSIONS_PER_ADDRESS_PER_HOUR = env.int("SUBMISSIONS_PER_ADDRESS_PER_HOUR", default=200)
UPLOAD_MAX_FILE_SIZE = env.int("UPLOAD_MAX_FILE_SIZE", default=5 * 1024 * 1024)
UPLOAD_MAX_TOTAL_SIZE = env.int("UPLOAD_MAX_TOTAL_SIZE", default=15 * 1024 * 1024)
# Forum and consultation limits per day: (new accounts, established accounts); see forums/posting.py.
FORUM_LIMITS = {
    "topic": (3, 20),
    "reply": (20, 200),
    "comment": (20, 200),
    "flag": (10, 50),
    "vote": (50, 500),
    "edit": (10, 50),  # changes to one's own posts (each keeps a revision and may need a moderator)
}
# UU 27/2022: personal data of closed submissions is purged this many days after closing.
RETENTION_DAYS = env.int("RETENTION_DAYS", default=730)

# Open data (/data-terbuka/, /api/v2/): the licence every download and API response names.
OPEN_DATA_LICENCE = env.str("OPEN_DATA_LICENCE", default="CC BY 4.0")
OPEN_DATA_LICENCE_URL = env.str(
    "OPEN_DATA_LICENCE_URL", default="https://creativecommons.org/licenses/by/4.0/"
)
# Rich text in the API (FAQ answers) as display HTML: links to pages and documents become public URLs.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# Password of the demo staff accounts made by `load_demo`; printed only in development.
DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="sawahlunto1888")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # UU 27/2022: every handler masks NIK-shaped numbers, and leaves out the secrets of private,
    # password-reset and confirmation links, session ids and SQL values on secret tables (security.logging).
    "filters": {"redact": {"()": "security.logging.RedactFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact"]}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
    # Django's loggers would keep their default handlers, which lack the filter, and gunicorn's its own
    # (its access log holds every path, once turned on): they go to root instead.
    "loggers": {
        "django": {"handlers": []},
        "django.server": {"handlers": [], "propagate": True},
        "gunicorn.access": {"handlers": [], "propagate": True},
        "gunicorn.error": {"handlers": [], "propagate": True},
    },
}

# Images: the public templates show WebP renditions made ahead of page views (home/images.py).
# Quality 75 rather than Wagtail's 80: smaller files for residents on mobile data, no visible loss.
WAGTAILIMAGES_WEBP_QUALITY = 75
