"""Photos: uploads with their renditions."""

from django.contrib import admin
from django.utils.html import format_html

from ..forms import PhotoAdminForm
from ..models import Photo
from .base import EditorLockAdminMixin, HistoryAdmin


def photo_thumbnail(photo: Photo):
    image = photo.image_thumb or photo.image
    if not image:
        return "—"
    # A height attribute, not a style one: the Content-Security-Policy refuses inline styles.
    return format_html('<img src="{}" alt="{}" height="80">', image.url, photo.alt)


@admin.register(Photo)
class PhotoAdmin(EditorLockAdminMixin, HistoryAdmin):
    form = PhotoAdminForm
    list_display = ["caption_preview", "thumbnail", "article", "has_image"]
    list_select_related = ["article"]
    search_fields = ["caption", "article__title"]
    autocomplete_fields = ["article"]
    readonly_fields = ["thumbnail", "width", "height", "edited_fields"]
    fields = [
        "article",
        "position",
        "marker",
        "caption",
        "image",
        "thumbnail",
        "width",
        "height",
        "alt_text",
        "edited_fields",
    ]

    @admin.display(description="图片说明")
    def caption_preview(self, photo):
        return str(photo)

    @admin.display(description="缩略图")
    def thumbnail(self, photo):
        return photo_thumbnail(photo)

    @admin.display(description="已上传图片", boolean=True)
    def has_image(self, photo):
        return bool(photo.image)
