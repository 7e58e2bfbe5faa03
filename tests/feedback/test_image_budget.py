"""What an uploaded image may cost a worker (issue 19): large images are made smaller or refused, never
decoded whole beyond the budget.

The cost is measured where it shows, in a worker's memory: each image is checked (UploadField) and
cleaned (sanitise) in a fresh Python process, whose peak resident memory above what it used before
is read from /proc (Linux). Pillow allocates pixels outside Python's allocator, so tracemalloc would
not see them.
"""

import io
import os
import subprocess
import sys
from functools import partial
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

import pytest
from PIL import Image

from feedback.models import Attachment
from feedback.uploads import UploadField, sanitise
from tests.feedback.conftest import Wizard, jpeg
from tests.feedback.photos import solid_image
from tests.feedback.test_report_wizard import report_data

ROOT = Path(__file__).resolve().parents[2]
# One image kept may cost a worker this much at most (it cost up to ~520 MB before the budget).
KEPT_MB = 150
# An image refused costs next to nothing: it is refused on its header, before any pixel is decoded.
REFUSED_MB = 16

# Checks and cleans the upload on standard input; prints what became of it and the peak memory.
COST = """
import sys
from pathlib import Path

from django.conf import settings

settings.configure()
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from feedback.uploads import UploadField, sanitise


def status(field):
    line = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith(field))
    return int(line.split()[1]) // 1024


content = sys.stdin.buffer.read()
Path("/proc/self/clear_refs").write_text("5")  # the peak (VmHWM) starts again from here
before = status("VmRSS:")
try:
    upload = UploadField().clean(SimpleUploadedFile("upload", content))
    kept, _, _ = sanitise(upload)
    outcome = "%dx%d" % Image.open(kept).size
except ValidationError as error:
    outcome = error.code
print(outcome, status("VmHWM:") - before)
"""

needs_proc = pytest.mark.skipif(
    not Path("/proc/self/clear_refs").exists(), reason="reads a process's peak memory from Linux's /proc"
)


def cost(content: bytes) -> tuple[str, int]:
    """What becomes of an upload ("2000x1500" kept at that size, or the refusal's code) and its peak
    memory in MB."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", COST],
        input=content,
        capture_output=True,
        check=True,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )
    outcome, megabytes = result.stdout.decode().split()
    return outcome, int(megabytes)


@needs_proc
@pytest.mark.parametrize(
    ("image", "kept_as"),
    [
        # A 50-MP phone camera's full-resolution photo: decoded at 1/4 of its size.
        (partial(solid_image, "JPEG", "RGB", (8160, 6120)), "2000x1500"),
        (partial(solid_image, "JPEG", "RGB", (6300, 6300)), "2000x2000"),
        # The largest PNG and WebP accepted: decoded whole, converted and reduced without extra copies.
        (partial(solid_image, "PNG", "RGBA", (4000, 3000)), "2000x1500"),
        (partial(solid_image, "PNG", "P", (4000, 3000), transparency=0), "2000x1500"),
        (partial(solid_image, "WEBP", "RGBA", (3264, 2448), lossless=True), "2000x1500"),
    ],
    ids=["JPEG 50 MP", "JPEG 40 MP", "PNG 12 MP", "palette PNG 12 MP", "WebP 8 MP"],
)
def test_large_images_are_kept_smaller_within_the_memory_budget(image, kept_as):
    outcome, megabytes = cost(image())
    assert outcome == kept_as
    assert megabytes < KEPT_MB


@needs_proc
@pytest.mark.parametrize(
    "image",
    [
        # Issue 19's 38 KB image: 6300 × 6300 grey pixels, 40 MP, under the old limit.
        partial(solid_image, "PNG", "L", (6300, 6300), optimize=True),
        partial(solid_image, "JPEG", "RGB", (6300, 6300), progressive=True),
        partial(solid_image, "WEBP", "RGBA", (4000, 3000), lossless=True),
    ],
    ids=["PNG 40 MP", "progressive JPEG 40 MP", "WebP 12 MP"],
)
def test_images_over_their_format_limit_are_refused_before_decoding(image):
    outcome, megabytes = cost(image())
    assert outcome == "too_large_image"
    assert megabytes < REFUSED_MB


@pytest.mark.parametrize(
    ("image", "limit"),
    [
        (partial(solid_image, "PNG", "L", (6300, 6300), optimize=True), 12),
        (partial(solid_image, "PNG", "1", (4000, 3001)), 12),
        (partial(solid_image, "JPEG", "RGB", (4001, 4000), progressive=True), 16),
        (partial(solid_image, "WEBP", "RGB", (3300, 2448)), 8),
        (partial(solid_image, "JPEG", "RGB", (9000, 6000)), 51),
    ],
    ids=["PNG", "PNG just over", "progressive JPEG", "WebP", "JPEG"],
)
def test_refusal_says_how_many_megapixels_the_format_may_have(image, limit):
    with translation.override("en"):
        with pytest.raises(ValidationError) as caught:
            UploadField().clean(SimpleUploadedFile("gambar", image()))
        assert caught.value.code == "too_large_image"
        assert caught.value.messages == [
            f"The image is too large to process: at most {limit} megapixels. Send a smaller photo or scan."
        ]


def test_images_at_their_format_limit_are_accepted():
    for content in (
        solid_image("PNG", "1", (4000, 3000)),
        solid_image("JPEG", "RGB", (4000, 4000), progressive=True),
        solid_image("WEBP", "RGB", (3264, 2448)),
        solid_image("JPEG", "L", (8160, 6120)),
    ):
        assert UploadField().clean(SimpleUploadedFile("gambar", content)).name == "gambar"


def test_a_large_jpeg_made_smaller_stays_upright_and_keeps_its_colours():
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to view
    buffer = io.BytesIO()
    Image.new("RGB", (8000, 6000), (200, 30, 30)).save(buffer, "JPEG", exif=exif)
    kept, _, _ = sanitise(SimpleUploadedFile("IMG_0001.jpg", buffer.getvalue()))
    with Image.open(kept) as image:
        assert image.size == (1500, 2000)
        assert len(image.getexif()) == 0
        red, green, blue = image.getpixel((700, 1000))
        assert red > 180 and green < 60 and blue < 60


def test_grey_and_black_and_white_scans_are_kept_smaller():
    for mode in ("L", "1", "LA"):
        kept, _, _ = sanitise(SimpleUploadedFile("scan.png", solid_image("PNG", mode, (3000, 4000))))
        with Image.open(kept) as image:
            assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (1500, 2000))
            assert image.getpixel((10, 10)) == (255, 255, 255)


@pytest.mark.django_db
def test_a_too_large_image_is_refused_next_to_its_field_and_the_rest_is_kept(
    client, site_tree, places, catalogue
):
    """In Indonesian, as residents see it; the valid photo and the report's text stay."""
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    huge = SimpleUploadedFile("pindaian.png", solid_image("PNG", "L", (6300, 6300), optimize=True))
    failed = wizard.post("bukti", {"file_1": jpeg("lampu.jpg"), "file_2": huge})
    assert failed.status_code == 200
    content = failed.content.decode()
    assert (
        '<p class="field__error" id="id_bukti-file_2-error">Gambar terlalu besar untuk diproses: '
        "paling banyak 12 megapiksel. Kirim foto atau pindaian yang lebih kecil.</p>"
    ) in content
    assert "Sudah diunggah: lampu.jpg" in content and "Sudah diunggah: pindaian.png" not in content
    assert "Jalan berlubang" in client.get("/aspirasi/laporan/").content.decode()


@pytest.mark.django_db
def test_a_50_megapixel_phone_photo_is_kept_with_the_report(client, site_tree, places, catalogue):
    wizard = Wizard(client, "/aspirasi/", "report_wizard")
    wizard.post("jenis", {"kind": "pengaduan"})
    wizard.post("laporan", report_data(places))
    photo = SimpleUploadedFile("IMG_0002.jpg", solid_image("JPEG", "RGB", (8160, 6120)))
    assert wizard.post("bukti", {"file_1": photo}).status_code == 302
    wizard.post("identitas", {"identity": "anonim"})
    wizard.post("periksa", {"consent": "on"})
    assert wizard.finish()["Location"] == "/terkirim/"
    attachment = Attachment.objects.get()
    with attachment.file.open() as stored, Image.open(stored) as image:
        assert image.size == (2000, 1500)
