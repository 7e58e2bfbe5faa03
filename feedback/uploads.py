"""Citizens' uploads (KTP scans, photos, documents): checking, cleaning and private storage.

Files come from anonymous people and end up opened by staff, so nothing the browser says is trusted:
the type is decided from the bytes, images are decoded under a pixel limit and re-encoded without
metadata (EXIF holds GPS positions and camera serial numbers), and files are stored under random
names where no URL serves them.
"""

import io
import secrets

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import UploadedFile
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from PIL import Image, ImageOps

# What citizens may send, by content type, with the extension we store it under.
ALLOWED_TYPES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
}
# For the phone's file picker (the `accept` attribute): the extensions and the content types above.
ACCEPT = ".jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf"
# The pixel budget: what one image may cost a worker stays near 130 MB (tests/bench/
# bench_image_memory.py measures it), where the 40 million pixels allowed before cost ~450 MB.
# Pillow keeps 4 bytes a pixel (RGB too) and sanitise() needs a second copy on the way (converted
# or premultiplied), so no image is decoded at more than 16 million pixels (4000 × 4000).
MAX_DECODED_PIXELS = 16_000_000
# The most pixels an image may have, by format, checked in its header before any is decoded:
# - JPEG, phones' format: decoded at 1/2, 1/4 or 1/8 of its size when larger than what is kept
#   (libjpeg's DCT scaling, Pillow's draft mode), so up to the full-resolution mode of 48- and
#   50-MP cameras (8160 × 6120) costs no more than 16 MP. Their default, 12 MP, costs 12 MB.
#   A progressive JPEG (made for the web, not by cameras) is the exception: libjpeg holds all its
#   coefficients at full size, so it has the decoding budget itself.
# - PNG (screenshots, scans) is decoded whole: 12 MP is an A4 page scanned at 350 dpi.
# - WebP: Pillow's decoder holds three more full-size copies (~16 bytes a pixel), hence 8 MP.
# In the browser, static/js/uploads.js turns any photo over 1 MB into a 2000-px JPEG first.
MAX_IMAGE_PIXELS = {"JPEG": 51_000_000, "PNG": 12_000_000, "WEBP": 8_000_000}
# Long enough to read a KTP or a receipt, small enough for staff to open quickly.
MAX_IMAGE_SIDE = 2000

MESSAGES = {
    "empty": _("The file is empty."),
    "too_large": _("The file is larger than %(limit)s."),
    "too_large_total": _("The files together are larger than %(limit)s."),
    "invalid_type": _("Upload a photo (JPEG, PNG or WebP) or a PDF file."),
    "too_large_image": _(
        "The image is too large to process: at most %(limit)s megapixels. Send a smaller photo or scan."
    ),
    # Said by static/js/uploads.js in the browser, where a photo cannot be decoded to be made smaller.
    "unreadable_image": _("This photo cannot be read. Choose another photo, or a PDF file."),
}


def human_size(num_bytes: int) -> str:
    """A size as people read it ("5 MB", "800 KB", "1,5 MB" in Indonesian), for error messages."""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if num_bytes >= factor:
            value = round(num_bytes / factor, 1 if unit == "MB" else None)
            if value == int(value):
                value = int(value)
            return f"{number_format(value)} {unit}"
    return f"{number_format(num_bytes)} B"


def max_file_size() -> int:
    """The size limit of one file; read when used so tests and deployments can change it."""
    return getattr(settings, "UPLOAD_MAX_FILE_SIZE", 5 * 1024 * 1024)


def _upload_hint(note: str = "") -> str:
    hint = _("JPG, PNG, WebP or PDF, at most %(limit)s.") % {"limit": human_size(max_file_size())}
    return f"{note} {hint}" if note else hint


# Lazy, so the limit and the language are those of the request that renders the form.
upload_hint = lazy(_upload_hint, str)


class UploadInput(forms.ClearableFileInput):
    """A file input that limits the phone's picker to the accepted types and tells static/js/uploads.js
    the size limit and the messages to show, in the page's language (the same words as the server's)."""

    def get_context(self, name, value, attrs):
        limit = max_file_size()
        attrs = {
            "accept": ACCEPT,
            "data-max-size": str(limit),
            "data-too-large": MESSAGES["too_large"] % {"limit": human_size(limit)},
            "data-unreadable": str(MESSAGES["unreadable_image"]),
            "data-working": str(_("Making the photo smaller…")),
            **(attrs or {}),
        }
        return super().get_context(name, value, attrs)


def _detect_type(file) -> str | None:
    """The allowed content type the file's bytes show, or None.

    Magic bytes only say what a file claims to be; images are also decoded by `_load_image`.
    A PDF must also end like one (`%%EOF` in its last 1024 bytes), which an HTML or script file
    that merely starts with `%PDF-` rarely does.
    """
    file.seek(0)
    head = file.read(16)
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        file.seek(max(file.size - 1024, 0))
        if b"%%EOF" in file.read():
            return "application/pdf"
    return None


def _fitted(width: int, height: int) -> tuple[int, int]:
    """The size an image of this size is kept at: its long side at most MAX_IMAGE_SIDE."""
    scale = min(1, MAX_IMAGE_SIDE / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _too_large(limit: int) -> ValidationError:
    return ValidationError(
        MESSAGES["too_large_image"], code="too_large_image", params={"limit": limit // 1_000_000}
    )


def _load_image(file, content_type: str) -> Image.Image:
    """Open, verify and decode an image within the pixel budget, refusing bombs before decoding a pixel.

    Pillow reads only the header on `open()`, so the size is known before `load()` allocates memory
    for it. A JPEG larger than what sanitise() keeps is decoded already made smaller (draft mode),
    at the smallest of 1/2, 1/4 and 1/8 that still covers the size kept; other formats are decoded
    whole, so their limit is the budget itself. Decoding every pixel is what shows a file is not
    corrupt, and the field and sanitise() decode the same way, so what the field accepts is kept.
    We do not turn Pillow's DecompressionBombWarning into an error: that would change the
    process-wide warning filters (not thread-safe), and our limits are below its threshold anyway.
    """
    # Only the format the bytes announced, so a JPEG header cannot smuggle in another decoder.
    formats = [content_type.removeprefix("image/").upper()]
    limit = MAX_IMAGE_PIXELS[formats[0]]
    try:
        file.seek(0)
        with Image.open(file, formats=formats) as image:
            if image.info.get("progressive"):
                limit = MAX_DECODED_PIXELS
            if image.width * image.height > limit:
                raise _too_large(limit)
            image.verify()  # PNG: the chunks' checksums, without decompressing them
        # verify() leaves the image unusable; decoding needs a fresh one.
        file.seek(0)
        image = Image.open(file, formats=formats)
        image.draft(None, _fitted(*image.size))  # JPEG only; other formats ignore it
        if image.width * image.height > MAX_DECODED_PIXELS:  # a JPEG whose shape defeats the draft
            raise _too_large(MAX_DECODED_PIXELS)
        image.load()
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:  # Pillow's own check, far above ours, in open()
        raise _too_large(limit) from error
    except Exception as error:  # Pillow reports corrupt input with many exception types.
        raise ValidationError(MESSAGES["invalid_type"], code="invalid_type") from error
    return image


def _shrunk(image: Image.Image) -> Image.Image:
    """The image at the size kept, in a mode that can be resampled smoothly (L, RGB, RGBA, CMYK).

    Bilevel and palette images are converted first (resizing them would pick pixels, not average
    them); thumbnail() reduces by whole factors (box averages, cheap) before its Lanczos pass.
    """
    if image.mode not in ("L", "LA", "RGB", "RGBA", "CMYK"):
        original = image
        mode = "L" if image.mode == "1" else "RGBA" if image.has_transparency_data else "RGB"
        image = image.convert(mode)
        original.close()  # its pixels are no longer needed: free them before resampling
    image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return image


class UploadField(forms.FileField):
    """A file field that accepts only real photos (JPEG, PNG, WebP) and PDFs of a bounded size.

    Its hint names the accepted types and the limit after any `help_text` given (a requirement's note).
    """

    widget = UploadInput
    default_error_messages = {"empty": MESSAGES["empty"]}

    def __init__(self, *args, help_text="", **kwargs):
        super().__init__(*args, help_text=upload_hint(help_text or ""), **kwargs)

    def clean(self, data, initial=None):
        file = super().clean(data, initial)
        # An already stored file (initial) was checked when it was uploaded.
        if not isinstance(file, UploadedFile):
            return file
        limit = max_file_size()
        # The size comes from the bytes received, so this check needs no further reading.
        if file.size > limit:
            raise ValidationError(
                MESSAGES["too_large"], code="too_large", params={"limit": human_size(limit)}
            )
        content_type = _detect_type(file)
        if content_type is None:
            raise ValidationError(MESSAGES["invalid_type"], code="invalid_type")
        if content_type.startswith("image/"):
            # Only decoding every pixel shows an image is not corrupt. (Not close(): for some formats
            # that would close the uploaded file too.)
            _load_image(file, content_type)
        file.seek(0)
        return file


def sanitise(uploaded_file) -> tuple[ContentFile, str, str]:
    """A safe copy of a checked upload: (content with a random name, extension, content type).

    Images are re-encoded from their pixels alone, which drops EXIF (GPS, camera serial), XMP,
    comments and ICC profiles; wide-gamut photos may shift slightly in colour, which does not matter
    for scans and evidence. The EXIF orientation is applied first so photos stay upright. Every
    image becomes a JPEG, transparent areas turning white: one format is simpler for staff, and
    transparency means nothing in a scan. PDFs are kept as they are: rewriting them safely needs a
    PDF library, and staff download them as attachments rather than view them in the browser.
    """
    content_type = _detect_type(uploaded_file)
    if content_type is None:
        raise ValidationError(MESSAGES["invalid_type"], code="invalid_type")
    if content_type == "application/pdf":
        uploaded_file.seek(0)
        data = uploaded_file.read()
    else:
        with _load_image(uploaded_file, content_type) as image:
            # In place: a transposed copy of the whole image would double its cost.
            ImageOps.exif_transpose(image, in_place=True)
            small = _shrunk(image).convert("RGBA")
        # A new image carries none of the original's metadata, whatever Pillow keeps in `info`.
        clean = Image.new("RGB", small.size, "white")
        clean.paste(small, mask=small.getchannel("A"))
        buffer = io.BytesIO()
        clean.save(buffer, "JPEG", quality=85, optimize=True)
        data = buffer.getvalue()
        content_type = "image/jpeg"
    extension = ALLOWED_TYPES[content_type]
    # The citizen's file name may hold their name or NIK, and must never choose a path.
    return ContentFile(data, name=secrets.token_hex(16) + extension), extension, content_type


def private_storage() -> FileSystemStorage:
    """Storage for citizens' uploads, outside MEDIA_ROOT so the web server never serves them.

    A function, so model fields can pass it as `storage=private_storage` and migrations record a
    reference instead of a path. `url()` would still build a MEDIA_URL address, which leads nowhere
    because the file is not under MEDIA_ROOT: staff get files through a permission-checked view.
    """
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def total_size_error(files, limit: int | None = None) -> str | None:
    """An error message when files sent together exceed the total limit, else None.

    Each file has its own limit in UploadField; this bounds what one submission can store.
    """
    if limit is None:
        limit = getattr(settings, "UPLOAD_MAX_TOTAL_SIZE", 15 * 1024 * 1024)
    if sum(file.size for file in files) > limit:
        return MESSAGES["too_large_total"] % {"limit": human_size(limit)}
    return None
