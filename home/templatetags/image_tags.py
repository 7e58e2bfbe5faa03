"""{% responsive_image %}: an <img> with a WebP srcset, in one of the styles of home.images."""

from django import template

from wagtail.images.shortcuts import get_renditions_or_not_found

from home.images import STYLES

register = template.Library()


@register.simple_tag
def responsive_image(image, style, **attrs):
    """The <img> of `image` in a style of home.images; keyword arguments become its attributes.

    {% responsive_image page.image "content" alt=page.image_alt loading="lazy" decoding="async" %}
    """
    if not image:
        return ""
    style = STYLES[style]
    renditions = list(get_renditions_or_not_found(image, style.specs).values())
    first = renditions[0]
    # A small original gives several renditions the same width: a srcset names each width once.
    by_width = {}
    for rendition in renditions:
        by_width.setdefault(rendition.width, rendition)
    srcset = ", ".join(f"{rendition.url} {width}w" for width, rendition in sorted(by_width.items()))
    return first.img_tag({"srcset": srcset, "sizes": style.sizes or f"{first.width}px", **attrs})
