"""Small fixed-window rate limits kept in the shared cache (Redis in production).

While Redis is out of reach nothing is counted (home.resilient_cache): the limits let every attempt
through rather than refuse residents, and say so in the log once per limit and outage.
"""

import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)
_warned: dict[str, float] = {}  # scope → the outage already logged for it (its start)


def client_ip(request) -> str:
    """The visitor's address. Behind NUM_PROXIES trusted proxies, read it from X-Forwarded-For."""
    proxies = settings.NUM_PROXIES
    if proxies:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def hit(scope: str, key: str, limit: int, period: int) -> bool:
    """Count one attempt; True when `key` has gone over `limit` attempts within `period` seconds."""
    cache_key = f"ratelimit:{scope}:{key}"
    cache.add(cache_key, 0, timeout=period)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr, or the cache is out of reach
        cache.set(cache_key, 1, timeout=period)
        count = 1
    outage = getattr(cache, "outage_since", None)
    if outage is not None and _warned.get(scope) != outage:
        _warned[scope] = outage
        logger.warning("Rate limit %r not enforced: the cache (Redis) is out of reach", scope)
    return count > limit


def count(scope: str, key: str) -> int:
    """How many attempts `key` has made in the current window of `scope`, without counting one."""
    return cache.get(f"ratelimit:{scope}:{key}", 0)
