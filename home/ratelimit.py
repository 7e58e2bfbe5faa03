"""Small fixed-window rate limits kept in the shared cache (Redis in production)."""

from django.conf import settings
from django.core.cache import cache


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
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=period)
        count = 1
    return count > limit


def count(scope: str, key: str) -> int:
    """How many attempts `key` has made in the current window of `scope`, without counting one."""
    return cache.get(f"ratelimit:{scope}:{key}", 0)
