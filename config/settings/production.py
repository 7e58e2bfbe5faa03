"""Production: PostgreSQL, Redis, SMTP, database task queue, HTTPS only."""

from django.core.exceptions import ImproperlyConfigured

from security.crypto import decode_key

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY or SECRET_KEY.startswith("dev-only"):
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

# The NIK's encryption and look-up keys (security.crypto); no development keys derived from SECRET_KEY.
ENCRYPTION_KEYS = env.list("ENCRYPTION_KEYS", default=[])
LOOKUP_HASH_KEY = env.str("LOOKUP_HASH_KEY", default="")
if not ENCRYPTION_KEYS or not LOOKUP_HASH_KEY:
    raise ImproperlyConfigured(
        "ENCRYPTION_KEYS and LOOKUP_HASH_KEY must be set in the environment for production."
    )
for _key in [*ENCRYPTION_KEYS, LOOKUP_HASH_KEY]:
    decode_key(_key)  # refuses a malformed key now rather than at the first NIK

# Compressed files with hashed names, cached for a year by browsers and CDNs.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WHITENOISE_USE_FINDERS = False

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# HTTPS. Behind a TLS-terminating proxy set SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
_proxy_header = env.str("SECURE_PROXY_SSL_HEADER", default="")
if _proxy_header:
    SECURE_PROXY_SSL_HEADER = (_proxy_header, "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# /healthz is probed over plain HTTP by load balancers inside the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # UU 27/2022: every handler masks NIK-shaped numbers, and leaves out the secrets of private,
    # password-reset and confirmation links, session ids and SQL values on secret tables (security.logging).
    "filters": {"redact": {"()": "security.logging.RedactFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Django's loggers would keep their default handlers, which lack the filter, and gunicorn's its own
    # (its access log holds every path, once turned on): they go to root instead.
    "loggers": {
        "django": {"handlers": []},
        "django.server": {"handlers": [], "propagate": True},
        "gunicorn.access": {"handlers": [], "propagate": True},
        "gunicorn.error": {"handlers": [], "propagate": True},
    },
}
