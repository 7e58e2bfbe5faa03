from django.core.management.base import BaseCommand

from feedback.tasks import send_agency_digests


class Command(BaseCommand):
    help = (
        "Email staff the submissions that are overdue or due tomorrow. Run it once a day, early in the "
        "morning. (Emails that failed are tried again by send_queued_email.)"
    )

    def handle(self, *args, **options):
        # Run here rather than queued, so the summary below is what was queued for delivery.
        sent = send_agency_digests.call()
        self.stdout.write(f"Sent {sent['emails']} digest(s) listing {sent['submissions']} submission(s).")
        if sent["unreached"]:
            self.stderr.write(
                f"{sent['unreached']} overdue or due submission(s) reached nobody: "
                "link their agency's officers in Agency staff, and give them an email address."
            )
