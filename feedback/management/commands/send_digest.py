from django.core.management.base import BaseCommand

from feedback.tasks import retry_failed_emails, send_agency_digests


class Command(BaseCommand):
    help = (
        "Email staff the submissions that are overdue or due tomorrow, and queue again the emails to "
        "citizens that failed. Run it once a day, early in the morning."
    )

    def handle(self, *args, **options):
        retried = retry_failed_emails()
        # Run here rather than queued, so the summary below is what was sent.
        sent = send_agency_digests.call()
        self.stdout.write(
            f"Queued {retried} failed email(s) to citizens again. "
            f"Sent {sent['emails']} digest(s) listing {sent['submissions']} submission(s)."
        )
        if sent["unreached"]:
            self.stderr.write(
                f"{sent['unreached']} overdue or due submission(s) reached nobody: "
                "link their agency's officers in Agency staff, and give them an email address."
            )
