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
# Pillow's own bomb check only starts at ~89 million pixels; 40 million is above any phone camera
# and keeps one decoded image (4 bytes a pixel) near 160 MB.
MAX_IMAGE_PIXELS = 40_000_000
# Long enough to read a KTP or a receipt, small enough for staff to open quickly.
MAX_IMAGE_SIDE = 2000

MESSAGES = {
    "empty": _("The file is empty."),
    "too_large": _("The file is larger than %(limit)s."),
    "too_large_total": _("The files together are larger than %(limit)s."),
    "invalid_type": _("Upload a photo (JPEG, PNG or WebP) or a PDF file."),
    "too_large_image": _("The image is too large to process."),
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


def _load_image(file, content_type: str) -> Image.Image:
    """Open, verify and decode an image, refusing decompression bombs before decoding any pixel.

    Pillow reads only the header on `open()`, so the pixel count is known before `load()` allocates
    memory for it. We do not turn Pillow's DecompressionBombWarning into an error: that would change
    the process-wide warning filters (not thread-safe), and our limit is below its threshold anyway.
    """
    # Only the format the bytes announced, so a JPEG header cannot smuggle in another decoder.
    formats = [content_type.removeprefix("image/").upper()]
    try:
        file.seek(0)
        with Image.open(file, formats=formats) as image:
            pixels = image.width * image.height
            if pixels <= MAX_IMAGE_PIXELS:
                image.verify()
        if pixels > MAX_IMAGE_PIXELS:
            raise Image.DecompressionBombError(f"{pixels} pixels")
        # verify() leaves the image unusable; decoding needs a fresh one.
        file.seek(0)
        image = Image.open(file, formats=formats)
        image.load()
    except Image.DecompressionBombError as error:
        raise ValidationError(MESSAGES["too_large_image"], code="too_large_image") from error
    except Exception as error:  # Pillow reports corrupt input with many exception types.
        raise ValidationError(MESSAGES["invalid_type"], code="invalid_type") from error
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
            upright = ImageOps.exif_transpose(image).convert("RGBA")
        upright.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Image.Resampling.LANCZOS)
        # A new image carries none of the original's metadata, whatever Pillow keeps in `info`.
        clean = Image.new("RGB", upright.size, "white")
        clean.paste(upright, mask=upright.getchannel("A"))
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
