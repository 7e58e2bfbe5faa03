import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import DemoContext, run_loaders
from home.demo.scale import load_scale


class Command(BaseCommand):
    help = "Load the demo city's content and staff accounts. Safe to run again: it adds only what is missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            action="store_true",
            help="Then add the benchmark's large data set (home/demo/scale.py); takes minutes, once.",
        )

    def handle(self, *args, scale=False, **options):
        context = DemoContext(show_passwords=settings.DEBUG)
        with transaction.atomic():
            changes = run_loaders(context)
        if not changes:
            self.stdout.write("Demo data already loaded: nothing to change.")
        for change in changes:
            self.stdout.write(f"  + {change}")
        if context.accounts:
            self.stdout.write(
                self.style.SUCCESS(
                    "Demo accounts (staff sign in at /admin/, residents at /akun/login/ with their email):"
                )
            )
            for role, username, password in context.accounts:
                self.stdout.write(f"  {role:<12} {username:<18} {password}")
        if scale:
            self.load_scale()

    def load_scale(self):
        started = time.monotonic()
        changes = load_scale()
        if not changes:
            self.stdout.write("Scale data already loaded: nothing to change.")
        for change in changes:
            self.stdout.write(f"  + {change}")
        self.stdout.write(f"Scale data: {time.monotonic() - started:.0f} s.")
