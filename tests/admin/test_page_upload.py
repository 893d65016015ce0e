"""Uploading a page in the admin: a dry run shows exactly what would be created, confirming imports it."""

import hashlib
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from metrics.models import Figure
from news.admin.pages import PAGE_UPLOAD_SESSION_KEY
from news.importers import ImportSession, import_page
from news.models import Article, ImportRun, Page, Unit

pytestmark = pytest.mark.django_db

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
UPLOAD = reverse("admin:news_page_upload")
CONFIRM = reverse("admin:news_page_upload_confirm")


def database_counts() -> dict[str, int]:
    """What an upload may write: a preview leaves only its dry-run trace."""
    counts = {model.__name__: model.objects.count() for model in (Page, Article, Figure, Unit)}
    return {**counts, "ImportRun": ImportRun.objects.filter(dry_run=False).count()}


def upload(client, name: str, data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, data, content_type="text/plain")})


def test_preview_shows_what_would_be_created_and_writes_nothing(editor_client):
    data = SEED.read_bytes()
    before = database_counts()

    response = upload(editor_client, SEED.name, data)

    assert response.status_code == 200
    result = response.context["result"]
    assert (result.dry_run, result.status) == (True, "created")
    page = response.content.decode()
    for headline in result.articles:
        assert headline in page
    assert f"<tr><th>数据</th><td>{result.counts['figures']}</td></tr>" in page
    assert result.counts["figures"] > 0
    assert database_counts() == before
    assert editor_client.session[PAGE_UPLOAD_SESSION_KEY]["sha256"] == hashlib.sha256(data).hexdigest()


def test_confirm_imports_exactly_what_the_preview_showed(editor_client, editor):
    data = SEED.read_bytes()
    preview = upload(editor_client, SEED.name, data).context["result"]

    response = editor_client.post(CONFIRM, {"sha256": hashlib.sha256(data).hexdigest()})

    page = Page.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("admin:news_page_change", args=[page.pk])
    assert page.file_name == SEED.name
    assert list(page.articles.order_by("position").values_list("title", flat=True)) == preview.articles
    assert Figure.objects.count() == preview.counts["figures"]
    preview_run, run = ImportRun.objects.order_by("started_at")
    assert (preview_run.origin, preview_run.user, preview_run.dry_run) == ("admin", editor, True)
    assert (run.origin, run.user, run.dry_run, run.succeeded) == ("admin", editor, False, True)
    assert PAGE_UPLOAD_SESSION_KEY not in editor_client.session


def test_confirm_with_a_different_hash_imports_nothing(editor_client):
    upload(editor_client, SEED.name, SEED.read_bytes())

    response = editor_client.post(CONFIRM, {"sha256": "0" * 64}, follow=True)

    assert "预览已过期或文件不一致，请重新上传。" in response.content.decode()
    assert Page.objects.count() == 0


def test_confirm_without_a_preview_imports_nothing(editor_client):
    response = editor_client.post(CONFIRM, {"sha256": hashlib.sha256(b"x").hexdigest()})

    assert response.url == UPLOAD
    assert Page.objects.count() == 0


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty.txt：文件为空"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "photo.txt：不是文本文件（含有二进制内容）"),
    ],
)
def test_bad_files_get_the_same_errors_as_the_command(editor_client, name, data, message):
    before = database_counts()

    response = upload(editor_client, name, data)

    assert message in response.content.decode()
    assert database_counts() == before
    assert PAGE_UPLOAD_SESSION_KEY not in editor_client.session
    # The same words the import command prints for this file.
    assert response.context["form"].errors["file"] == [dry_run_error(data, name)]


def test_oversized_files_are_refused_before_parsing(editor_client):
    response = upload(editor_client, "huge.txt", "字".encode() * (settings.PAGE_MAX_BYTES // 3 + 1))

    assert "huge.txt：文件过大" in response.content.decode()
    assert Page.objects.count() == 0


def dry_run_error(data: bytes, name: str) -> str:
    with ImportSession(dry_run=True) as session:
        return import_page(data, name, session=session).error


def test_preview_says_where_the_issue_date_comes_from_and_warns_when_it_was_inferred_or_is_unknown(editor_client):
    report = "蓬江召开调解工作会议\n\n本报讯（记者 李明）3月14日，蓬江区召开调解工作会议，部署全年工作。\n"
    printed = upload(editor_client, "printed.txt", f"江门日报　2024年3月15日　星期五　A07　蓬江新闻\n\n{report}".encode())
    result = printed.context["result"]
    assert (result.issue_date, result.issue_date_printed, result.page_label) == ("2024-03-15", True, "A07")
    assert "<tr><th>出版日期</th><td>2024-03-15（版面印出）</td></tr>" in printed.content.decode()

    dateline_only = report.replace("3月14日", "2024年3月14日").encode()
    inferred = upload(editor_client, "dateline_only.txt", dateline_only).content.decode()
    assert "版面没有印日期，这是从电头和正文推断的，请核对" in inferred

    undated = "蓬江召开调解工作会议\n\n本报讯（记者 李明）近日，蓬江区召开调解工作会议，部署全年工作。\n".encode()
    unknown = upload(editor_client, "undated.txt", undated).content.decode()
    assert "无法确定：版面没有印日期，正文中也推断不出" in unknown
