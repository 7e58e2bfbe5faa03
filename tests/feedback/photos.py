"""Phone-sized photos and large images for upload tests, made on the fly (nothing big is committed).

A smooth colour gradient with camera-like noise, saved at a high JPEG quality: the noise makes the file
as heavy as a real phone photo of the same size, while the picture scaled down to 2000 px compresses
as a real one does. Sizes are checked by the tests that use them.
"""

import io

from PIL import Image, ImageChops

MB = 1024 * 1024


def noisy_photo(width: int, height: int, sigma: float, quality: int) -> bytes:
    gradient = Image.linear_gradient("L").resize((width, height))
    across = gradient.transpose(Image.Transpose.ROTATE_90).resize((width, height))
    base = Image.merge("RGB", (gradient, across, Image.new("L", (width, height), 128)))
    noise = Image.merge("RGB", [Image.effect_noise((width, height), sigma) for _ in range(3)])
    photo = ImageChops.add(base, noise, scale=1.0, offset=-128)  # the noise is centred on 128
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def six_mb_photo() -> bytes:
    """A 12-megapixel phone photo of about 6.5 MB."""
    return noisy_photo(4000, 3000, sigma=13, quality=95)


def forty_mb_photo() -> bytes:
    """A 29-megapixel photo of about 45 MB: over the 5 MB limit, so the browser must make it smaller."""
    return noisy_photo(6200, 4650, sigma=40, quality=100)


def solid_image(fmt: str, mode: str, size: tuple[int, int], **save_options) -> bytes:
    """One colour all over: a few dozen kilobytes whatever the size, the cheap way to send a large
    image (issue 19 sent a 38 KB PNG of 6300 × 6300 pixels). Decoding it costs what a photo of the
    same size costs."""
    buffer = io.BytesIO()
    Image.new(mode, size, "white").save(buffer, fmt, **save_options)
    return buffer.getvalue()
