from django.core.management.base import BaseCommand

from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

from home.images import generate_renditions


class Command(BaseCommand):
    help = (
        "Make the renditions the templates show for every image, e.g. after a deploy that changes them, "
        "so no page view waits on image encoding. Renditions that exist already are kept."
    )

    def handle(self, *args, **options):
        done = 0
        for image in get_image_model().objects.order_by("pk").iterator():
            try:
                generate_renditions(image)
            except SourceImageIOError:
                self.stderr.write(f"  ! {image.title} (#{image.pk}): the original file is missing")
            else:
                done += 1
        self.stdout.write(f"Images with all their renditions: {done}")
