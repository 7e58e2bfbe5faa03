"""allauth's account adapter, with staff email addresses taken as verified.

Residents prove their address by email before they can sign in (ACCOUNT_EMAIL_VERIFICATION =
"mandatory"). Staff accounts are made by an administrator (the Wagtail admin, `createsuperuser`,
`load_demo`), who vouches for the address, and staff sign in through allauth too (security.mfa):
asking them to confirm the address would only lock them out of the admin. So once a member of staff
gives the right password, their address is marked verified, just before allauth checks it. This
covers accounts however and whenever they were made, with no step for the administrator to forget.
"""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress

from . import lockout
from .mfa import has_admin_access


def trust_staff_email(user) -> None:
    """Mark `user`'s address verified (and primary if they have none), unless another account owns it."""
    email = (user.email or "").strip().lower()
    if (
        not email
        or EmailAddress.objects.filter(email__iexact=email, verified=True).exclude(user=user).exists()
    ):
        return
    has_primary = EmailAddress.objects.filter(user=user, primary=True).exclude(email__iexact=email).exists()
    address, _ = EmailAddress.objects.get_or_create(user=user, email=email)
    if not address.verified or (not address.primary and not has_primary):
        address.verified = True
        address.primary = address.primary or not has_primary
        address.save()


class AccountAdapter(DefaultAccountAdapter):
    def pre_authenticate(self, request, **credentials):
        # Failed sign-ins pause an account, but never for a browser its owner vouched for (security.lockout).
        lockout.pre_authenticate(self, request, credentials)

    def authenticate(self, request, **credentials):
        user = super().authenticate(request, **credentials)
        if user is not None and has_admin_access(user):
            trust_staff_email(user)
        return user
