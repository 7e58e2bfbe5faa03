"""The image renditions the public templates show, in one place.

Templates ask for an image in one of these styles with ``{% responsive_image %}``
(home/templatetags/image_tags.py). A background task makes every style's renditions when an image is
saved (home.tasks), and ``manage.py generate_renditions`` makes them for all images after a deploy,
so no page view waits on image encoding.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ImageStyle:
    # Wagtail filter specs, all WebP. The first gives the src, width and height; the others the srcset.
    specs: tuple[str, ...]
    # The `sizes` attribute: how wide the image is shown (see static/css/site.css). Empty for an image
    # of fixed height such as the logo: it is shown as wide as its first rendition.
    sizes: str = ""


STYLES = {
    # Header logo, 3rem high (.site-identity__logo); the double size for high-density screens.
    "logo": ImageStyle(("height-48|format-webp", "height-96|format-webp")),
    # Images in page text (.prose, at most 42rem wide inside the container's 1rem padding).
    "content": ImageStyle(
        ("width-800|format-webp", "width-400|format-webp", "width-1200|format-webp"),
        sizes="(min-width: 44rem) 42rem, calc(100vw - 2rem)",
    ),
    # Listing cards in a .card-grid: one column on phones, two from 35rem, at most 17rem from 70rem.
    "card": ImageStyle(
        ("fill-480x270|format-webp", "fill-960x540|format-webp"),
        sizes="(min-width: 70rem) 17rem, (min-width: 35rem) 25rem, calc(100vw - 2rem)",
    ),
}

ALL_SPECS = tuple(spec for style in STYLES.values() for spec in style.specs)


def generate_renditions(image):
    """Make (or find) every rendition the templates may ask for, so page views only look them up."""
    image.get_renditions(*ALL_SPECS)
