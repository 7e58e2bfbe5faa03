"""Citizens' uploads: only real photos and PDFs get in, and what is kept carries no metadata."""

import io
import os
import re
import struct
import zlib

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

import pytest
from PIL import Image, ImageCms

from feedback.uploads import UploadField, human_size, private_storage, sanitise, total_size_error

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in their English source form, whatever the .po files say."""
    with translation.override("en"):
        yield


def image_bytes(fmt="JPEG", size=(40, 30), mode="RGB", colour="red", **save_options):
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, fmt, **save_options)
    return buffer.getvalue()


def noise_jpeg(size=(200, 200)):
    """Random pixels compress badly, so the scan data fills most of the file."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(buffer, "JPEG")
    return buffer.getvalue()


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def one_bit_png(width, height, idat=None):
    """A black-and-white PNG written by hand, so huge sizes cost no memory to build."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    chunks = png_chunk(b"IHDR", header) + (png_chunk(b"IDAT", idat) if idat else b"")
    return b"\x89PNG\r\n\x1a\n" + chunks + png_chunk(b"IEND", b"")


def zero_rows(width, height):
    """Compressed pixel rows of a 1-bit all-black image, fed row by row to stay small in memory."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then 8 pixels a byte
    data = b"".join(compressor.compress(row) for _ in range(height))
    return data + compressor.flush()


def upload(content, name="file.bin", content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def refusal(content, name="file.bin", content_type="application/octet-stream"):
    with pytest.raises(ValidationError) as caught:
        UploadField().clean(upload(content, name, content_type))
    return caught.value


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("photo.jpg", image_bytes("JPEG"), "image/jpeg"),
        ("photo.png", image_bytes("PNG", mode="RGBA"), "image/png"),
        ("photo.webp", image_bytes("WEBP"), "image/webp"),
        ("letter.pdf", PDF, "application/pdf"),
    ],
)
def test_photos_and_pdfs_are_accepted(name, content, content_type):
    cleaned = UploadField().clean(upload(content, name, content_type))
    assert cleaned.name == name
    assert cleaned.read() == content  # handed back rewound, ready to save


def test_type_comes_from_content_not_from_name_or_browser():
    cleaned = UploadField().clean(upload(image_bytes("PNG"), "scan.pdf", "application/pdf"))
    assert cleaned.name == "scan.pdf"


def test_empty_file_is_refused():
    error = refusal(b"", "ktp.jpg", "image/jpeg")
    assert error.code == "empty"
    assert error.messages == ["The file is empty."]


def test_file_over_the_limit_is_refused_before_its_content_is_read(settings):
    settings.UPLOAD_MAX_FILE_SIZE = 1024
    # Bytes no type check would accept: the size error must come first.
    error = refusal(b"x" * 1025)
    assert error.code == "too_large"
    assert error.messages == ["The file is larger than 1 KB."]


def test_file_at_the_limit_is_accepted(settings):
    content = PDF.replace(b"trailer", b"%" + b" " * 200 + b"\ntrailer")
    settings.UPLOAD_MAX_FILE_SIZE = len(content)
    assert UploadField().clean(upload(content, "letter.pdf")).size == len(content)


def test_default_limit_is_5_mb():
    error = refusal(b"\0" * (5 * 1024 * 1024 + 1))
    assert error.messages == ["The file is larger than 5 MB."]


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("letter.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "application/pdf"),
        ("photo.jpg", b"\x7fELF\x02\x01\x01" + b"\0" * 200, "image/jpeg"),
        ("photo.jpg", b"MZ\x90\x00\x03" + b"\0" * 200, "image/jpeg"),
        ("photo.png", b"Hello, this is plain text.\n" * 10, "image/png"),
        ("photo.jpg", b"\xff\xd8\xff<html><script>alert(1)</script></html>", "image/jpeg"),
        ("photo.webp", b"RIFF\x10\x00\x00\x00WEBP<script>alert(1)</script>", "image/webp"),
        ("letter.pdf", b"%PDF-1.4\n<html><script>alert(1)</script></html>", "application/pdf"),
        ("letter.pdf", PDF + b"\0" * 2000, "application/pdf"),
    ],
    ids=["html-as-pdf", "elf-as-jpg", "mz-as-jpg", "text-as-png", "jpeg-magic-html", "webp-magic-script",
         "pdf-without-eof", "pdf-eof-not-at-end"],
)  # fmt: skip
def test_disguised_files_are_refused(name, content, content_type):
    error = refusal(content, name, content_type)
    assert error.code == "invalid_type"
    assert error.messages == ["Upload a photo (JPEG, PNG or WebP) or a PDF file."]


def test_truncated_jpeg_is_refused():
    content = noise_jpeg()
    UploadField().clean(upload(content, "photo.jpg"))  # whole, it is fine
    assert refusal(content[: len(content) // 2], "photo.jpg").code == "invalid_type"


def test_png_with_broken_checksum_is_refused():
    content = bytearray(image_bytes("PNG"))
    content[-20] ^= 0xFF  # inside the IDAT chunk
    assert refusal(bytes(content), "photo.png").code == "invalid_type"


def test_decompression_bomb_is_refused():
    """20000 × 20000 pixels in a few dozen kilobytes: 400 MB once decoded."""
    content = one_bit_png(20000, 20000, zero_rows(20000, 20000))
    assert len(content) < 200_000
    error = refusal(content, "photo.png", "image/png")
    assert error.code == "too_large_image"
    assert error.messages == [
        "The image is too large to process: at most 12 megapixels. Send a smaller photo or scan."
    ]


@pytest.mark.parametrize("size", [(4000, 3001), (7000, 6000), (30000, 30000)])
def test_pixel_count_is_refused_before_decoding(size):
    """The header alone claims the size; there is no pixel data, so decoding would fail differently."""
    assert refusal(one_bit_png(*size), "photo.png").code == "too_large_image"


def test_image_at_the_pixel_limit_is_accepted():
    content = one_bit_png(4000, 3000, zero_rows(4000, 3000))
    assert UploadField().clean(upload(content, "scan.png")).name == "scan.png"


def test_sanitise_strips_gps_and_other_metadata():
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1] = "S"
    gps[2] = (0.0, 40.0, 12.5)
    gps[3] = "E"
    gps[4] = (100.0, 46.0, 30.0)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    original = image_bytes(
        "JPEG", exif=exif, icc_profile=icc, comment=b"owner: Budi", xmp=b"<x:xmpmeta>Budi</x:xmpmeta>"
    )
    with Image.open(io.BytesIO(original)) as before:  # the metadata really was there
        assert before.getexif().get_ifd(0x8825)[1] == "S"
        assert before.info["icc_profile"] == icc

    content, extension, content_type = sanitise(upload(original, "ktp.jpg"))

    data = content.read()
    assert (extension, content_type) == (".jpg", "image/jpeg")
    assert b"Exif" not in data
    assert b"Budi" not in data
    assert b"PhoneMaker" not in data
    with Image.open(io.BytesIO(data)) as after:
        assert after.format == "JPEG"
        assert len(after.getexif()) == 0
        assert after.getexif().get_ifd(0x8825) == {}
        assert "icc_profile" not in after.info
        assert "xmp" not in after.info
        assert "comment" not in after.info
        assert after.getpixel((20, 15))[0] > 200  # still a red picture


def test_sanitise_turns_photos_upright():
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; rotate 90° clockwise to view
    content, _, _ = sanitise(upload(image_bytes("JPEG", size=(300, 100), exif=exif), "photo.jpg"))
    with Image.open(content) as image:
        assert image.size == (100, 300)


@pytest.mark.parametrize(
    ("size", "expected"),
    [((3000, 1500), (2000, 1000)), ((1500, 3000), (1000, 2000)), ((800, 600), (800, 600))],
)
def test_sanitise_shrinks_large_images_only(size, expected):
    content, _, _ = sanitise(upload(image_bytes("PNG", size=size), "photo.png"))
    with Image.open(content) as image:
        assert image.format == "JPEG"
        assert image.size == expected


def test_sanitise_puts_transparent_images_on_white():
    content, extension, _ = sanitise(upload(image_bytes("PNG", mode="RGBA", colour=(0, 0, 0, 0)), "a.png"))
    assert extension == ".jpg"
    with Image.open(content) as image:
        assert image.mode == "RGB"
        assert all(channel > 250 for channel in image.getpixel((5, 5)))


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_sanitise_re_encodes_every_image_as_jpeg(fmt):
    content, extension, content_type = sanitise(upload(image_bytes(fmt), f"photo.{fmt.lower()}"))
    assert (extension, content_type) == (".jpg", "image/jpeg")
    assert content.read(3) == b"\xff\xd8\xff"


def test_sanitise_names_files_at_random():
    first, _, _ = sanitise(upload(image_bytes("JPEG"), "KTP Budi Santoso 1371010101900001.jpg"))
    second, _, _ = sanitise(upload(image_bytes("JPEG"), "KTP Budi Santoso 1371010101900001.jpg"))
    assert re.fullmatch(r"[0-9a-f]{32}\.jpg", first.name)
    assert first.name != second.name
    assert "Budi" not in first.name
    assert "1371010101900001" not in first.name


def test_sanitise_keeps_pdfs_unchanged():
    content, extension, content_type = sanitise(upload(PDF, "surat.pdf", "application/pdf"))
    assert content.read() == PDF
    assert (extension, content_type) == (".pdf", "application/pdf")
    assert re.fullmatch(r"[0-9a-f]{32}\.pdf", content.name)


def test_sanitise_refuses_what_the_field_refuses():
    with pytest.raises(ValidationError) as caught:
        sanitise(upload(b"<html></html>", "letter.pdf"))
    assert caught.value.code == "invalid_type"
    with pytest.raises(ValidationError) as caught:
        sanitise(upload(one_bit_png(30000, 30000), "photo.png"))
    assert caught.value.code == "too_large_image"


def test_private_storage_keeps_files_outside_media_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    content, _, _ = sanitise(upload(PDF, "surat.pdf"))

    name = private_storage().save(content.name, content)

    assert (tmp_path / "private" / name).read_bytes() == PDF
    assert not (tmp_path / "media").exists()


def test_total_size_error(settings):
    settings.UPLOAD_MAX_TOTAL_SIZE = 2048
    files = [upload(b"x" * 1024), upload(b"x" * 1024)]
    assert total_size_error(files) is None
    assert total_size_error([*files, upload(b"x")]) == "The files together are larger than 2 KB."
    assert total_size_error(files, limit=1024) == "The files together are larger than 1 KB."


def test_total_size_default_limit_is_15_mb():
    files = [upload(b"\0" * (5 * 1024 * 1024)) for _ in range(3)]
    assert total_size_error(files) is None
    assert total_size_error([*files, upload(b"x")]) == "The files together are larger than 15 MB."


@pytest.mark.parametrize(
    ("num_bytes", "expected"),
    [(5 * 1024 * 1024, "5 MB"), (800 * 1024, "800 KB"), (1536 * 1024, "1.5 MB"), (1000, "1000 B")],
)
def test_human_size(num_bytes, expected):
    assert human_size(num_bytes) == expected


def test_human_size_uses_the_local_decimal_separator():
    with translation.override("id"):
        assert human_size(1536 * 1024) == "1,5 MB"
