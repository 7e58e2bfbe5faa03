"""`manage.py reset_mfa <username>`: for when no superuser can sign in to reset a factor in the admin."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from security.mfa import reset_mfa


class Command(BaseCommand):
    help = "Remove a user's two-factor authenticators (app and recovery codes); they must enrol again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user with username “{username}”.")
        removed = reset_mfa(user, via="command")
        self.stdout.write(
            f"Removed {removed} authenticator(s) of “{username}”; the reset is in the audit log."
        )
