from django.core.management.base import BaseCommand

from feedback.tasks import refresh_performance


class Command(BaseCommand):
    help = (
        "Recompute the performance figures shown on service pages (processing times, satisfaction index, "
        "open complaints) and store them in the cache. Run it every hour."
    )

    def handle(self, *args, **options):
        # Run here rather than queued, so the count below is what was stored.
        services = refresh_performance.call()
        self.stdout.write(f"Stored the performance figures of {services} service(s).")
