"""Tracking codes given to residents for every submission, e.g. ``SWL-2611-7KQ4M2``.

DESIGN.md "Tracking code": short, unambiguous, not guessable in sequence. The shape is the site's
prefix (``SiteSettings.tracking_prefix``), the year and month of submission (YYMM) and six random
characters drawn with ``secrets`` from an alphabet without look-alikes (no 0/O, 1/I/L), so a code read
aloud or copied from a phone screen is typed back correctly.
"""

import re
import secrets
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from django.db import IntegrityError, transaction
from django.utils import timezone

T = TypeVar("T")

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RANDOM_LENGTH = 6
PREFIX_RE = re.compile(r"^[A-Z]{2,5}$")  # as validated on SiteSettings.tracking_prefix
TRACKING_CODE_RE = re.compile(
    rf"^(?P<prefix>[A-Z]{{2,5}})-(?P<yymm>\d{{2}}(?:0[1-9]|1[0-2]))-(?P<random>[{ALPHABET}]{{{RANDOM_LENGTH}}})\Z"
)

# Separators people type or paste between (or inside) the parts: spaces of every kind, hyphen look-alikes
# (‐ ‑ ‒ – — ― −), underscores and zero-width spaces.
SEPARATORS_RE = re.compile(r"[\s\-_\u2010-\u2015\u2212\u200b]+")


def new_tracking_code(prefix: str, when: date | None = None) -> str:
    """A fresh random code for a submission made on ``when`` (default: today in ``settings.TIME_ZONE``)."""
    if not PREFIX_RE.match(prefix):
        raise ValueError(f"A tracking-code prefix is 2 to 5 capital letters, not {prefix!r}.")
    when = when or timezone.localdate()
    random_part = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return f"{prefix}-{when:%y%m}-{random_part}"


def normalise_tracking_code(text: str) -> str:
    """Tidy a code as a resident typed it: upper case, with any separators turned into single dashes.

    "swl 2611 7kq4m2", "SWL–2611–7KQ 4M2" and "SWL26117KQ4M2" all become "SWL-2611-7KQ4M2". No characters
    are swapped (the alphabet has neither 0 nor O, so there is no right guess); anything that still does
    not match ``TRACKING_CODE_RE`` is simply not a code.
    """
    compact = SEPARATORS_RE.sub("", text.upper())
    # The last ten characters are always YYMM plus the random part, so the dashes can be put back
    # wherever the resident left them out.
    if len(compact) > 10 and compact[-10:-6].isdigit():
        return f"{compact[:-10]}-{compact[-10:-6]}-{compact[-6:]}"
    return SEPARATORS_RE.sub("-", text.strip().upper())


def create_with_unique_code(create: Callable[[str], T], prefix: str, attempts: int = 5) -> T:
    """Return ``create(code)`` for a fresh code, retrying with another code when the first one is taken.

    ``create`` saves a row with a unique tracking code and returns it. A collision shows up as an
    ``IntegrityError``; each try runs in its own savepoint, so a collision never breaks the caller's
    transaction and never reaches the resident. The last ``IntegrityError`` is raised after ``attempts``
    failures (with 31^6 codes per prefix and month, that means something else is wrong).
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for _ in range(attempts):
        try:
            with transaction.atomic():
                return create(new_tracking_code(prefix))
        except IntegrityError as error:
            collision = error
    raise collision
