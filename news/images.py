"""Check uploaded photographs and make the sizes the site shows.

An upload is trusted only after Pillow has read its header and decoded it:
the file must be a JPEG, PNG or WebP, under ``MAX_UPLOAD_BYTES``, and under
``MAX_PIXELS`` pixels, so a small file that expands to gigabytes in memory (a
decompression bomb) is refused before it is decoded.
"""

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
# The extension a stored original gets, from the format Pillow detected (never from the uploaded name).
EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
MAX_UPLOAD_BYTES = 15 * 1024 * 1024
# 40 megapixels is above any press camera's frame; a bomb is far beyond it.
MAX_PIXELS = 40_000_000
WEB_SIZE = (1600, 1600)
THUMB_SIZE = (400, 400)


@dataclass(frozen=True)
class CheckedImage:
    format: str
    width: int
    height: int

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.format]


def check_image(upload) -> CheckedImage:
    """Return the format and size of ``upload`` or raise ``ValidationError`` saying what is wrong."""
    name = Path(getattr(upload, "name", "") or "图片").name
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            f"{name}：文件过大（{upload.size / 1024 / 1024:.1f} MB），上限为 {MAX_UPLOAD_BYTES // 1024 // 1024} MB。"
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice it; treat that as an error too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                width, height, image_format = image.width, image.height, image.format
                if width * height > MAX_PIXELS:
                    raise ValidationError(too_many_pixels(name, width, height))
                if image_format not in ALLOWED_FORMATS:
                    raise ValidationError(
                        f"{name}：不支持的图片格式 {image_format}，请上传 {'、'.join(ALLOWED_FORMATS.values())} 图片。"
                    )
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(f"{name}：图片像素过多，疑似恶意压缩文件，已拒绝。") from None
    except UnidentifiedImageError:
        raise ValidationError(f"{name}：不是可识别的图片文件。") from None
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(f"{name}：图片已损坏，无法读取（{error}）。") from None
    finally:
        upload.seek(0)
    return CheckedImage(format=image_format, width=width, height=height)


def too_many_pixels(name: str, width: int, height: int) -> str:
    return f"{name}：图片为 {width}×{height} 像素，超过上限 {MAX_PIXELS // 1_000_000} 百万像素。"


def rendition(upload, size: tuple[int, int], *, quality: int = 82) -> bytes:
    """Return ``upload`` scaled to fit within ``size`` as JPEG bytes (EXIF orientation applied)."""
    upload.seek(0)
    with Image.open(upload) as image:
        image = ImageOps.exif_transpose(image)
        image.thumbnail(size, Image.Resampling.LANCZOS)
        if image.mode not in ("RGB", "L"):
            background = Image.new("RGB", image.size, "white")
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, optimize=True)
    upload.seek(0)
    return buffer.getvalue()


def store_renditions(photo, upload) -> None:
    """Set ``photo.image_web`` and ``photo.image_thumb`` from the checked ``upload`` (saved with the photo).

    Both are JPEG whatever the original; ``photo_upload_path`` gives them new names.
    """
    photo.image_web.save("web.jpg", ContentFile(rendition(upload, WEB_SIZE)), save=False)
    photo.image_thumb.save("thumb.jpg", ContentFile(rendition(upload, THUMB_SIZE, quality=75)), save=False)
