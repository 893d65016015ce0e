"""Serve uploaded photos from MEDIA_ROOT, in development and in production alike.

Django serves /media/ only with DEBUG on, and then with a content type guessed
from any extension: an upload stored as ``poly.html`` was a page on the site's
own origin. This view serves image extensions only, with the type that
extension means, ``nosniff`` so a browser never reads the bytes as anything
else, and a sandboxing policy in case one does. Stored names are new for every
upload (``news.models.photo_upload_path``), so a file never changes and may be
cached for a year. A reverse proxy may serve MEDIA_ROOT at /media/ instead
(see README, “In production”), with the same rules.
"""

from pathlib import Path, PurePosixPath

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}
ONE_YEAR = 365 * 24 * 3600


@require_safe
def serve_media(request, path: str):
    """Return the photo at ``path`` under MEDIA_ROOT, or a 404 for anything that is not a stored image."""
    content_type = IMAGE_TYPES.get(PurePosixPath(path).suffix.lower())
    if content_type is None:
        raise Http404("不是图片。")
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        full_path = (root / path).resolve()
        stat = full_path.stat()
    except (ValueError, OSError):  # a NUL in the name, a missing file
        raise Http404("图片不存在。") from None
    if root not in full_path.parents or not full_path.is_file():
        raise Http404("图片不存在。")
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime):
        return HttpResponseNotModified()
    response = FileResponse(open(full_path, "rb"), content_type=content_type)
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    return response
