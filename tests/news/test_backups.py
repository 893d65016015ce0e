"""Back up a populated site, restore it into a fresh database: every record, the photo and the search come back."""

import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from PIL import Image

from metrics.models import Figure
from news import backups, images
from news.audit import AuditEntry
from news.models import Article, Photo, Unit
from news.roles import EDITOR
from tests import scratch

pytestmark = pytest.mark.django_db(transaction=True)


def jpeg(size: tuple[int, int]) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, "navy").save(buffer, "JPEG")
    return SimpleUploadedFile("夜间巡逻.jpg", buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def populated(transactional_db, settings, tmp_path, seed_paths):
    """The seed pages imported and published, a photo with its image, a verified figure, history by an editor."""
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("import_seeds", *map(str, seed_paths), "--publish", stdout=io.StringIO())
    # Roles as this site has them, not as a fresh database makes them: one renamed, one removed.
    Group.objects.exclude(name=EDITOR).delete()
    reviewers = Group.objects.create(name="审校")
    reviewers.permissions.set(Permission.objects.filter(codename__in=["view_article", "change_figure"]))
    editor = User.objects.create_user("editor", password="correct-horse-battery", is_staff=True)
    editor.groups.add(reviewers)
    article = Article.objects.published().order_by("pk").first()

    photo = Photo(article=article, position=9, caption="网格员夜间巡逻。")
    upload = jpeg((2000, 1500))
    photo.image = upload
    images.store_renditions(photo, upload)
    photo.save()

    figure = Figure.objects.filter(article=article).order_by("pk").first()
    figure.status = Figure.Status.VERIFIED
    figure._history_user, figure._change_reason = editor, "与原文核对无误"
    figure.save()

    article.title = f"{article.title}（修订）"
    article._history_user, article._change_reason = editor, "标题补充"
    article.save()
    return {"article": article, "photo": photo, "figure": figure}


def describe_site() -> dict:
    """Return, as JSON values, what a restore must bring back: rows per model, samples, the photo files, search."""
    from django.conf import settings

    from news import search

    def file_digest(field) -> str:
        return hashlib.sha256((settings.MEDIA_ROOT / field.name).read_bytes()).hexdigest() if field else ""

    site = {
        "rows": backups.row_counts(),
        "articles": list(Article.objects.order_by("pk").values_list("pk", "title", "slug", "status", "published_on", "body")),
        "figures": list(
            Figure.objects.order_by("pk").values_list("pk", "text", "value", "status", "unit__name", "initiative__name")
        ),
        "article history": list(
            Article.history.order_by("history_id").values_list(
                "history_id", "id", "title", "status", "history_type", "history_user__username", "history_change_reason"
            )
        ),
        "figure history": list(
            Figure.history.order_by("history_id").values_list("history_id", "id", "status", "history_user__username")
        ),
        "photos": [
            (photo.pk, photo.caption, photo.image.name, photo.width, photo.height, *map(file_digest, (photo.image, photo.image_web, photo.image_thumb)))
            for photo in Photo.objects.order_by("pk")
        ],
        "users": [(user.username, user.is_staff, sorted(g.name for g in user.groups.all())) for user in User.objects.order_by("username")],
        "groups": [(group.name, sorted(p.codename for p in group.permissions.all())) for group in Group.objects.order_by("name")],
        "search": search.search_published(search.parse_query("调解"), limit=50),
    }
    return json.loads(json.dumps(site, cls=DjangoJSONEncoder))


# The operator's two commands, a dry run and the restore, in one process (each Django start costs
# some 1.3 s of CPU): what each printed, and whether the dry run left a media file behind.
RESTORE = """
import io, json, sys
from pathlib import Path
import django; django.setup()
from django.conf import settings
from django.core.management import call_command
printed = {}
for step, options in (("dry run", ["--dry-run"]), ("restore", [])):
    out = io.StringIO()
    call_command("restore_site", sys.argv[1], *options, stdout=out)
    printed[step] = out.getvalue()
    if step == "dry run":
        printed["media after the dry run"] = Path(settings.MEDIA_ROOT).exists()
print(json.dumps(printed))
"""
# Read in a process of its own, which knows only what the restored database holds: the site, and the
# next unit it creates, whose id must follow the restored ones (sequences reset), then rolled back.
PROBE = """
import django, json; django.setup()
from django.db import transaction
from news.models import Unit
from tests.news.test_backups import describe_site
site = describe_site()
with transaction.atomic():
    next_unit = Unit.objects.create(name="恢复后新建的单位").pk
    transaction.set_rollback(True)
print(json.dumps({"site": site, "next unit": next_unit}))
"""


@pytest.mark.slow
def test_a_backup_restored_into_a_fresh_database_brings_everything_back(populated, tmp_path, migrated_sqlite):
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", "--output", str(archive), stdout=io.StringIO())
    before = describe_site()
    assert before["search"] and len(before["photos"]) >= 1 and before["rows"]["news.historicalarticle"] > 0
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert {"manifest.json", "data.jsonl", f"media/{populated['photo'].image.name}"} <= names

    restored_media = tmp_path / "restored-media"
    with scratch.migrated_database("restore", tmp_path, connection.vendor, migrated_sqlite) as url:
        env = scratch.environment(DATABASE_URL=url, MEDIA_ROOT=str(restored_media))
        printed = run_python(RESTORE, env, str(archive))
        probed = run_python(PROBE, env)
    assert "试运行" in printed["dry run"]
    assert not printed["media after the dry run"]
    # The dry run left the database empty, or this restore would have refused it.
    assert "已恢复" in printed["restore"]
    after, next_unit = probed["site"], probed["next unit"]

    assert after["rows"] == before["rows"]
    for sample in ("articles", "figures", "article history", "figure history", "photos", "users", "groups", "search"):
        assert after[sample] == before[sample], sample
    assert (restored_media / populated["photo"].image.name).read_bytes() == populated["photo"].image.open("rb").read()
    assert next_unit > max(Unit.objects.values_list("pk", flat=True))


def test_a_restore_writes_no_audit_entry_of_its_own(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Gone before the backup, so the archive's entries do not start at 1 and an entry the restore
    # wrote itself (numbered 1 in the emptied database) could not hide under one of theirs.
    AuditEntry.objects.create(action="login", username="someone").delete()
    editor = User.objects.create_user("editor", password="correct-horse-battery", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITOR))
    logged = list(AuditEntry.objects.values_list("pk", "action", "username", "object_repr", "reason"))
    assert [action for _, action, *_ in logged] == ["role_change"]
    archive = tmp_path / "site.tar.gz"
    backups.back_up(archive)
    call_command("flush", "--noinput", verbosity=0)

    backups.restore(archive)

    assert list(AuditEntry.objects.values_list("pk", "action", "username", "object_repr", "reason")) == logged
    assert list(User.objects.get(username="editor").groups.values_list("name", flat=True)) == [EDITOR]


def run_python(code: str, env: dict, *args: str):
    """Return what ``code`` prints (as JSON), run with ``args`` in a process of its own with ``env``."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=scratch.ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_restore_refuses_a_database_that_has_content(populated, tmp_path):
    archive = tmp_path / "site.tar.gz"
    backups.back_up(archive)
    with pytest.raises(CommandError, match="目标数据库已有内容"):
        call_command("restore_site", str(archive), stdout=io.StringIO())


@pytest.mark.django_db
def test_a_restore_refuses_an_archive_with_a_path_outside_its_folder(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    manifest = backups.Manifest(created_at="", django="", migrations=backups.applied_migrations(), rows={})
    archive = tmp_path / "hostile.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name, data in [("manifest.json", json.dumps(manifest.__dict__).encode()), ("../escaped.txt", b"x")]:
            member = tarfile.TarInfo(name)
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))

    with pytest.raises(backups.BackupError, match="不安全的条目 '../escaped.txt'"):
        backups.restore(archive)
    # The archive is unpacked into a temporary folder; one level up is the system's temp dir.
    assert not (Path(tempfile.gettempdir()) / "escaped.txt").exists()
