"""Background work for the shared site (django-tasks: immediate in development, a worker in production)."""

from wagtail.images import get_image_model

from django_tasks import task

from .images import generate_renditions


@task()
def generate_image_renditions(image_id: int):
    """Make the renditions the templates show for one image, so no page view has to encode it."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:  # it may have been deleted before the worker got to it
        generate_renditions(image)
