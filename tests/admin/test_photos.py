"""Photo uploads: Pillow checks type, size and pixel count; the site gets web and thumbnail sizes."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from news import images
from news.models import Photo
from tests.factories import PhotoFactory

from .conftest import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def image_file(name: str, size: tuple[int, int], *, format: str = "JPEG", mode: str = "RGB") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new(mode, size, "white" if mode != "1" else 1).save(buffer, format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{format.lower()}")


def test_check_image_accepts_a_jpeg():
    assert images.check_image(image_file("合影.jpg", (640, 480))) == images.CheckedImage("JPEG", 640, 480)


def test_check_image_rejects_a_decompression_bomb():
    # 8000×6000 one-bit pixels: a few kilobytes on disk, 48 megapixels once decoded.
    bomb = image_file("bomb.png", (8000, 6000), format="PNG", mode="1")
    assert bomb.size < 100_000

    with pytest.raises(ValidationError, match="bomb.png：图片为 8000×6000 像素，超过上限 40 百万像素。"):
        images.check_image(bomb)


def test_check_image_rejects_what_pillow_itself_calls_a_bomb(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)

    with pytest.raises(ValidationError, match="疑似恶意压缩文件"):
        images.check_image(image_file("small.png", (100, 100), format="PNG"))


def test_check_image_rejects_a_file_that_is_not_an_image():
    with pytest.raises(ValidationError, match="notes.jpg：不是可识别的图片文件。"):
        images.check_image(SimpleUploadedFile("notes.jpg", "这不是图片".encode(), content_type="image/jpeg"))


def test_check_image_rejects_unsupported_formats():
    with pytest.raises(ValidationError, match="不支持的图片格式 GIF"):
        images.check_image(image_file("anim.gif", (10, 10), format="GIF"))


def test_check_image_rejects_oversized_files(monkeypatch):
    monkeypatch.setattr(images, "MAX_UPLOAD_BYTES", 1024)

    with pytest.raises(ValidationError, match="big.png：文件过大"):
        images.check_image(SimpleUploadedFile("big.png", b"\0" * 2048))


def upload(client, photo, file):
    url = reverse("admin:news_photo_change", args=[photo.pk])
    data = change_form_data(client.get(url))
    data["image"] = file
    return client.post(url, data)


def test_editor_uploads_a_photo_and_gets_web_and_thumbnail_sizes(editor_client, media_root, client):
    photo = PhotoFactory(caption="平安员在社区巡逻。")
    before = client.get(photo.article.get_absolute_url())

    response = upload(editor_client, photo, image_file("巡逻.jpg", (3200, 2400)))

    assert response.status_code == 302
    photo.refresh_from_db()
    assert (photo.width, photo.height) == (3200, 2400)
    with Image.open(photo.image_web.path) as web, Image.open(photo.image_thumb.path) as thumb:
        assert (web.size, thumb.size) == ((1600, 1200), (400, 300))
    assert photo.alt == "平安员在社区巡逻。"
    assert photo.edited_fields == ["image"]
    after = client.get(photo.article.get_absolute_url(), HTTP_IF_NONE_MATCH=before["ETag"])
    assert f'<img src="{photo.image_web.url}" alt="平安员在社区巡逻。" width="3200" height="2400"' in after.content.decode()


@pytest.mark.parametrize(
    "file, message",
    [
        (SimpleUploadedFile("fake.jpg", b"not an image at all"), "fake.jpg：不是可识别的图片文件。"),
        (image_file("bomb.png", (8000, 6000), format="PNG", mode="1"), "超过上限 40 百万像素"),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_stored(editor_client, media_root, file, message):
    photo = PhotoFactory()

    response = upload(editor_client, photo, file)

    assert response.status_code == 200
    assert message in response.content.decode()
    photo.refresh_from_db()
    assert (photo.image.name, photo.image_web.name, photo.image_thumb.name) == ("", "", "")
    assert list(media_root.rglob("*.*")) == []


def test_alt_text_overrides_the_caption():
    assert Photo(caption="说明", alt_text="替代").alt == "替代"
