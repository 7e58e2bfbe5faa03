"""Images: WebP renditions with srcset, made by a background task when an image is saved."""

from html.parser import HTMLParser
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

import pytest
from wagtail_factories import ImageFactory

from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory, StandardPageFactory
from home.images import ALL_SPECS, STYLES
from home.models import AnnouncementPage, SiteSettings

pytestmark = pytest.mark.django_db
Rendition = get_image_model().get_rendition_model()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def make_image(django_capture_on_commit_callbacks):
    """An uploaded image, saved the way the admin saves it: its renditions are made after commit."""

    def make(width=1600, height=900, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return ImageFactory(file__width=width, file__height=height, **kwargs)

    return make


class ImgParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.imgs = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.imgs.append(dict(attrs))


def imgs(html):
    parser = ImgParser()
    parser.feed(html)
    return parser.imgs


def srcset_widths(img):
    """The widths in the srcset, checking that every candidate is a WebP rendition."""
    candidates = [candidate.split() for candidate in img["srcset"].split(", ")]
    assert all(url.endswith(".webp") for url, _ in candidates)
    return [width for _, width in candidates]


def test_saving_an_image_makes_every_rendition_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        image = ImageFactory(file__width=1600, file__height=900)
    assert not image.renditions.exists()  # nothing is encoded inside the saving transaction

    for callback in callbacks:
        callback()
    assert set(image.renditions.values_list("filter_spec", flat=True)) == set(ALL_SPECS)


def test_content_image_is_lazy_with_a_webp_srcset(client, site_tree, make_image):
    image = make_image()
    StandardPageFactory(
        parent=site_tree.home,
        slug="galeri",
        body=[
            {"type": "image", "value": {"image": image.pk, "alt_text": "Lubang Mbah Soero", "caption": ""}}
        ],
    )
    renditions = Rendition.objects.count()

    response = client.get("/galeri/")

    [img] = [img for img in imgs(response.content.decode()) if img["alt"] == "Lubang Mbah Soero"]
    assert img["src"].endswith(".webp")
    assert (img["width"], img["height"]) == ("800", "450")
    assert srcset_widths(img) == ["400w", "800w", "1200w"]
    assert img["sizes"] == STYLES["content"].sizes
    assert (img["loading"], img["decoding"]) == ("lazy", "async")
    assert Rendition.objects.count() == renditions  # the page view encoded nothing


def test_announcement_lead_image_loads_first(client, site_tree, make_image):
    index = AnnouncementIndexPageFactory(parent=site_tree.home)
    AnnouncementPageFactory(parent=index, slug="festival", image=make_image(), image_alt="Festival Songket")
    renditions = Rendition.objects.count()

    response = client.get("/pengumuman/festival/")

    [img] = [img for img in imgs(response.content.decode()) if img["alt"] == "Festival Songket"]
    assert srcset_widths(img) == ["400w", "800w", "1200w"]
    assert (img["width"], img["height"]) == ("800", "450")
    assert "loading" not in img  # above the fold on phones
    assert img["fetchpriority"] == "high"
    assert Rendition.objects.count() == renditions


def test_logo_has_a_double_density_rendition_and_is_not_lazy(client, site_tree, make_image):
    site_settings = SiteSettings.for_site(site_tree.site)
    site_settings.logo = make_image(width=400, height=200, file__format="PNG")
    site_settings.save()
    renditions = Rendition.objects.count()

    response = client.get("/")

    [img] = [img for img in imgs(response.content.decode()) if img.get("class") == "site-identity__logo"]
    assert (img["width"], img["height"]) == ("96", "48")
    assert srcset_widths(img) == ["96w", "192w"]
    assert img["sizes"] == "96px"
    assert "loading" not in img
    assert Rendition.objects.count() == renditions


def test_card_image(site_tree, make_image):
    page = StandardPageFactory(parent=site_tree.home, listing_image=make_image())
    renditions = Rendition.objects.count()

    [img] = imgs(render_to_string("components/card.html", {"page": page}))

    assert img["class"] == "card__image" and img["alt"] == ""
    assert (img["width"], img["height"]) == ("480", "270")
    assert srcset_widths(img) == ["480w", "960w"]
    assert img["sizes"] == STYLES["card"].sizes
    assert (img["loading"], img["decoding"]) == ("lazy", "async")
    assert Rendition.objects.count() == renditions


def test_small_original_lists_each_width_once(make_image):
    value = {"image": make_image(width=600, height=400), "alt_text": ""}

    [img] = imgs(render_to_string("components/streamfield/image.html", {"value": value}))

    # width-800 and width-1200 both keep the 600 pixels of the original: Wagtail does not enlarge.
    assert srcset_widths(img) == ["400w", "600w"]
    assert (img["width"], img["height"]) == ("600", "400")


def test_cards_do_not_add_queries_per_image(site_tree, make_image):
    index = AnnouncementIndexPageFactory(parent=site_tree.home)
    for _ in range(6):
        AnnouncementPageFactory(parent=index, listing_image=make_image(width=160, height=90))
    template = Template(
        '{% for page in pages %}{% include "components/card.html" with page=page %}{% endfor %}'
    )

    def queries_for(count):
        with CaptureQueriesContext(connection) as queries:
            pages = AnnouncementPage.objects.select_related("locale", "listing_image")[:count]
            html = template.render(Context({"pages": pages}))
        assert len(imgs(html)) == count
        return len(queries)

    queries_for(1)  # the first render looks up and caches the site's root paths
    assert queries_for(2) == queries_for(6) == 1  # only the pages: renditions come from the cache


def test_command_makes_renditions_for_existing_images(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks():  # saved without their task, e.g. before a deploy
        lost, image = ImageFactory(title="Hilang"), ImageFactory(file__width=1600, file__height=900)
    lost.file.storage.delete(lost.file.name)
    out, err = StringIO(), StringIO()

    call_command("generate_renditions", stdout=out, stderr=err)

    assert set(image.renditions.values_list("filter_spec", flat=True)) == set(ALL_SPECS)
    assert "Hilang" in err.getvalue() and "renditions: 1" in out.getvalue()
