"""No NIK and no secret in any log line (UU 27/2022; DESIGN.md: the NIK is shown masked in logs too).

``RedactFilter`` sits on every handler in ``settings.LOGGING``; Django's loggers (``django.request``,
``django.security.*``, SQL at DEBUG) and gunicorn's (its access log, if turned on) have no handler of
their own and reach it through the root logger. What it removes can reach a log in many ways the code
does not control: a URL in a "Not Found", "Forbidden (CSRF …)" or 500 line, an SQL statement when query
logging is on, an exception message, a traceback. So it works on the finished text, not on known fields:

- a NIK: every run of 16 or more digits, also written in groups with spaces, dashes or dots
  ("1373 0141 0190 0001"), keeps only its first and last four digits, as the back office shows it;
- the secret part of a private tracking link (``/lacak/<code>/<secret>/``: the code stays, it is no
  secret), of a password-reset link (allauth's ``/akun/password/reset/key/<uidb36>-<key>/``, the
  Wagtail admin's ``/admin/password_reset/confirm/<uidb64>/<token>/``), of an email confirmation
  link (``/akun/confirm-email/<key>/``) and of a paused account's link (``/akun/buka-kunci/<uid>/<token>/``),
  also URL-encoded inside a ``?next=``;
- session ids and CSRF tokens in cookie text (``sessionid=…``), and any value named as a secret in the
  text of a dict or of keyword arguments (``'key': '…'``, ``token="…"``): Django's template logger dumps
  a template's whole context at DEBUG (left out entirely: it holds rendered pages, the confirmation
  email's key, the TOTP setup's ``otpauth://…?secret=`` address and its QR code as a ``data:`` URL);
- in SQL, every value of a statement on a table that holds secrets: sessions (their id and data, where
  a TOTP secret waits during setup), authenticators (the TOTP secret, recovery codes), email
  confirmations.
"""

import functools
import logging
import re

from django.conf import settings

from .masking import mask_nik

REDACTED = "[redacted]"
# 16+ digits, optionally one separator between any two of them ("+" is a space in a query string);
# not part of a longer digit run.
NIK_SHAPED_RE = re.compile(r"(?<!\d)\d(?:[ .+\-]?\d){15,}(?!\d)")
_SLASH = r"(?:/|%2F)"  # a path inside a query string (?next=%2Flacak%2F…) has its slashes encoded
_SEGMENT = r"[^/\s?#&'\"<>%]+"  # one path segment
SECRET_PATH_RE = re.compile(
    rf"(?P<keep>{_SLASH}lacak{_SLASH}{_SEGMENT}{_SLASH}"  # /lacak/<code>/
    rf"|{_SLASH}password{_SLASH}reset{_SLASH}key{_SLASH}[0-9A-Za-z]+-"  # allauth: <uidb36>-
    rf"|{_SLASH}password_reset{_SLASH}confirm{_SLASH}{_SEGMENT}{_SLASH}"  # Wagtail admin: <uidb64>/
    rf"|{_SLASH}confirm-email{_SLASH}"
    rf"|{_SLASH}buka-kunci{_SLASH}{_SEGMENT}{_SLASH})"  # security.lockout: <uidb36>/
    rf"(?P<secret>{_SEGMENT})",
    re.IGNORECASE,
)
# A secret named in a dict's or an object's text: a template's context dumped by Django's template
# logger at DEBUG (an email's {'key': …}), keyword arguments, a form's repr.
NAMED_SECRET_RE = re.compile(
    r"""(?P<name>['"]?\b(?:key|secret|token|seed|session_key|sessionid|password[12]?|totp_secret)['"]?\s*[:=]\s*)"""
    r"""(?P<quote>['"])(?P<value>[^'"]+)(?P=quote)""",
    re.IGNORECASE,
)
# The same in a query string (an authenticator app's otpauth://…?secret=), and inline data (the QR code
# of that address, as a picture).
SECRET_PARAMETER_RE = re.compile(r"(?P<name>[?&](?:secret|key|token)=)[^&\s'\"]+", re.IGNORECASE)
DATA_URL_RE = re.compile(r"(?P<name>data:[\w/+.-]+;base64,)[A-Za-z0-9+/=]+")
# Django's template logger (DEBUG) adds the whole context of a template to a failed variable look-up:
# rendered pages, forms, an email's key. Only the variable's name is kept.
CONTEXT_DUMP_RE = re.compile(r"(?P<name>Failed lookup for key \[[^\]\n]*\] in ).+")
# Tables whose rows are secrets, or carry them: every value of a statement on them is left out.
SECRET_TABLES_RE = re.compile(r"\b(django_session|mfa_authenticator|account_emailconfirmation)\b")
SQL_LITERAL_RE = re.compile(r"'(?:[^']|'')*'")
SQL_LOGGER = "django.db.backends"


@functools.cache
def _cookie_re(*names):
    return re.compile(rf"\b({'|'.join(re.escape(name) for name in names)})=([^;\s'\"]+)")


def _mask(match: re.Match) -> str:
    return mask_nik(re.sub(r"\D", "", match.group()))


def redact_niks(text: str) -> str:
    return NIK_SHAPED_RE.sub(_mask, text)


def redact_secrets(text: str) -> str:
    """`text` without the secret part of private, password-reset and confirmation links, nor cookies."""
    text = SECRET_PATH_RE.sub(lambda match: match.group("keep") + REDACTED, text)
    text = CONTEXT_DUMP_RE.sub(lambda match: match["name"] + REDACTED, text)
    text = SECRET_PARAMETER_RE.sub(lambda match: match["name"] + REDACTED, text)
    text = DATA_URL_RE.sub(lambda match: match["name"] + REDACTED, text)
    text = NAMED_SECRET_RE.sub(
        lambda match: f"{match['name']}{match['quote']}{REDACTED}{match['quote']}", text
    )
    cookies = _cookie_re(settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME)
    return cookies.sub(lambda match: f"{match.group(1)}={REDACTED}", text)


def redact(text: str) -> str:
    return redact_secrets(redact_niks(text))


def redact_sql(record: logging.LogRecord, message: str) -> str:
    """A query log line on a table of secrets, with its values (literals and parameters) left out."""
    sql = str(getattr(record, "sql", "") or message)
    if not SECRET_TABLES_RE.search(sql):
        return message
    for name in ("sql", "params"):  # Django also passes them as the record's attributes
        if hasattr(record, name):
            setattr(record, name, REDACTED if name == "params" else SQL_LITERAL_RE.sub(f"'{REDACTED}'", sql))
    statement = SQL_LITERAL_RE.sub(f"'{REDACTED}'", message.split("; args=")[0])
    return f"{statement}; args={REDACTED}"


class RedactFilter(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        redacted = redact(message)
        if record.name.startswith(SQL_LOGGER):
            redacted = redact_sql(record, redacted)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text, so the traceback is rendered once here and redacted below.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
