"""Security headers that Django's SecurityMiddleware and django-csp do not set on their own.

- `SecurityHeadersMiddleware` adds Permissions-Policy and Cross-Origin-Resource-Policy. It sits
  right after SecurityMiddleware, outside WhiteNoise and the page cache, so static files and cached
  pages carry the headers too.
- `CSPMiddleware` gives the Wagtail admin its own Content-Security-Policy: the public policy plus
  `ADMIN_POLICY_ADDITIONS`, and nothing else. The public site's policy allows no inline script or
  style anywhere.
"""

from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.middleware import PolicyParts

# Browser features no page of the site uses: a page (or an embedded frame) cannot turn them on, even
# after an injection. site.js uses none of them; fullscreen stays for the site's own video players.
PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "autoplay=()",
        "browsing-topics=()",
        "camera=()",
        "display-capture=()",
        "encrypted-media=()",
        "fullscreen=(self)",
        "geolocation=()",
        "gyroscope=()",
        "hid=()",
        "magnetometer=()",
        "microphone=()",
        "midi=()",
        "payment=()",
        "screen-wake-lock=()",
        "serial=()",
        "usb=()",
        "xr-spatial-tracking=()",
    ]
)

ADMIN_PREFIX = "/admin/"
# What the Wagtail 8 admin needs on top of the public policy, measured by opening its screens in
# Chromium (tests/e2e/test_admin_csp.py):
# - inline <script> elements (date pickers, choosers, InlinePanel, listing filters) that carry no
#   nonce and whose text varies, so hashes cannot list them; event-handler attributes stay refused
#   (script-src-attr; browsers without it fall back to script-src);
# - inline <style> elements in the page editor;
# - Wagtail's check for a new (security) release, which asks releases.wagtail.org.
# Gravatar is switched off in the settings rather than allowed here.
ADMIN_POLICY_ADDITIONS = {
    "script-src": ["'unsafe-inline'"],
    "script-src-elem": ["'self'", "'unsafe-inline'"],
    "script-src-attr": ["'none'"],
    "style-src": ["'unsafe-inline'"],
    "connect-src": ["https://releases.wagtail.org"],
}


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        # Other sites may not embed our responses (Spectre-style reads). The API and the open-data
        # downloads stay usable: servers are not browsers, and CORS requests are not subject to it.
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class CSPMiddleware(BaseCSPMiddleware):
    """django-csp's middleware, with the admin's additions on admin paths."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.update is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.update = ADMIN_POLICY_ADDITIONS
        return parts
