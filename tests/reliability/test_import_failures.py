"""One bad file, one bad number or one bug never stops an import or loses work (defects issue, items 2, 15, 16)."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from metrics.models import Figure
from news import importers, signals
from news.models import Article, ImportRun, Page

pytestmark = pytest.mark.django_db

PAGE = """蓬江区举办社区治理现场会

江门日报讯(记者/刘淑君 通讯员/林子妍) 3月8日，蓬江区在白沙街道举办社区治理现场会，共有200多人参加。

会议通报，全区已登记网格{count}个，排查矛盾纠纷56宗。
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


@pytest.mark.parametrize("number", ["12345678901234567890123456789", "一万亿亿亿亿"])
def test_a_number_too_large_for_a_figure_is_skipped_with_a_warning_naming_file_and_sentence(tmp_path, number):
    big = write(tmp_path, "big.txt", PAGE.format(count=number))
    other = write(tmp_path, "other.txt", PAGE.format(count="120").replace("3月8日", "3月9日"))

    results = importers.import_paths([big, other])

    assert [result.status for result in results] == ["created", "created"]
    [warning] = [w for w in results[0].warnings if "过大" in w]
    assert warning.startswith("big.txt：") and f"会议通报，全区已登记网格{number}个" in warning
    assert set(Figure.objects.filter(article__page__file_name="big.txt").values_list("text", flat=True)) == {"200多人", "56宗"}
    assert ImportRun.objects.get().succeeded


@pytest.fixture
def buggy_extraction():
    """An extraction step that fails with an unexpected error on the files named."""
    names = set()

    def explode(sender, page, **kwargs):
        if page.file_name in names:
            raise KeyError("unexpected")

    signals.articles_imported.connect(explode, dispatch_uid="test_buggy_extraction")
    yield names
    signals.articles_imported.disconnect(dispatch_uid="test_buggy_extraction")


def test_an_unexpected_error_fails_that_file_alone_by_name_and_logs_the_traceback(tmp_path, buggy_extraction, caplog):
    buggy_extraction.add("b.txt")
    paths = [write(tmp_path, f"{name}.txt", PAGE.format(count=n)) for n, name in enumerate("abc")]

    with caplog.at_level(logging.ERROR, logger="news.importers"):
        results = importers.import_paths(paths)

    assert [result.status for result in results] == ["created", "failed", "created"]
    error = results[1].error
    assert error.startswith(str(paths[1])) and "KeyError" in error and "Traceback" not in error
    assert "Traceback" in caplog.text or any(record.exc_info for record in caplog.records)
    assert sorted(Page.objects.values_list("file_name", flat=True)) == ["a.txt", "c.txt"]
    run = ImportRun.objects.get()
    assert run.finished_at is not None and not run.succeeded and not run.interrupted


def test_the_admin_upload_answers_an_unexpected_error_with_a_message(editor_client, buggy_extraction):
    buggy_extraction.add("b.txt")
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("b.txt", PAGE.format(count=3).encode(), content_type="text/plain")
    response = editor_client.post(reverse("admin:news_page_upload"), {"file": upload})

    assert response.status_code == 200
    [error] = response.context["form"].errors["file"]
    assert "b.txt" in error and "意外错误" in error
    assert Page.objects.count() == 0


def test_a_gbk_file_with_one_utf8_line_is_refused_naming_the_line(tmp_path):
    lines = PAGE.format(count=3).split("\n")
    assert lines[4].startswith("会议通报")
    data = b"\n".join(line.encode("utf-8" if number == 4 else "gbk") for number, line in enumerate(lines))
    [result] = importers.import_paths([write(tmp_path, "mixed.txt", data)])

    assert result.status == "failed"
    assert "mixed.txt" in result.error and "第 5 行是 UTF-8 编码" in result.error
    assert Page.objects.count() == 0


def test_what_a_folder_holds_that_cannot_be_read_is_reported_as_skipped(tmp_path):
    write(tmp_path, "a.txt", PAGE.format(count=1))
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "folder.txt").mkdir()

    results = importers.import_paths([tmp_path])

    assert {result.file_name: result.status for result in results} == {
        "a.txt": "created",
        "dangling.txt": "skipped",
        "folder.txt": "skipped",
        "loop.txt": "skipped",
    }
    reasons = " ".join(w for result in results for w in result.warnings)
    assert "符号链接形成循环" in reasons and "符号链接指向的文件不存在" in reasons and "不是普通文件" in reasons
    assert ImportRun.objects.get().succeeded


@override_settings(PAGE_MAX_BYTES=4000)
def test_a_file_over_the_size_limit_is_refused_by_name_and_the_others_import(tmp_path):
    huge = write(tmp_path, "huge.txt", PAGE.format(count=1) * 40)
    small = write(tmp_path, "small.txt", PAGE.format(count=2))

    results = importers.import_paths([huge, small])

    assert [result.status for result in results] == ["failed", "created"]
    assert "huge.txt" in results[0].error and "超过单个版面文件的上限 4,000 字节" in results[0].error
    assert list(Page.objects.values_list("file_name", flat=True)) == ["small.txt"]


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_the_next_run_marks_runs_whose_process_died_as_interrupted(tmp_path):
    import socket

    killed = ImportRun.objects.create(origin=ImportRun.Origin.COMMAND, process=f"{socket.gethostname()}:{dead_pid()}")
    silent = ImportRun.objects.create(
        origin=ImportRun.Origin.COMMAND,
        process="another-host:123",
        last_beat_at=timezone.now() - ImportRun.STALE_AFTER * 2,
    )
    alive = ImportRun.objects.create(origin=ImportRun.Origin.COMMAND, process=f"another-host:{os.getpid()}")

    importers.import_paths([write(tmp_path, "a.txt", PAGE.format(count=1))])

    states = {run.pk: run.state for run in ImportRun.objects.all()}
    assert states[killed.pk] == states[silent.pk] == "中断"
    assert states[alive.pk] == "进行中"


def test_a_run_beats_after_a_file_at_most_once_every_beat_interval(monkeypatch):
    start = timezone.now()
    run = ImportRun.objects.create(origin=ImportRun.Origin.COMMAND, last_beat_at=start)

    def stored_beat_after(delay) -> object:
        monkeypatch.setattr(timezone, "now", lambda: start + delay)
        run.beat()
        return ImportRun.objects.get(pk=run.pk).last_beat_at

    assert stored_beat_after(ImportRun.BEAT_EVERY / 2) == start
    assert stored_beat_after(ImportRun.BEAT_EVERY) == start + ImportRun.BEAT_EVERY
    assert stored_beat_after(ImportRun.BEAT_EVERY * 3 / 2) == start + ImportRun.BEAT_EVERY
    assert stored_beat_after(ImportRun.STALE_AFTER) == start + ImportRun.STALE_AFTER


def test_a_run_stopped_by_an_interrupt_is_recorded_as_interrupted(tmp_path, buggy_extraction):
    def interrupt(sender, page, **kwargs):
        raise KeyboardInterrupt

    signals.articles_imported.connect(interrupt, dispatch_uid="test_interrupt")
    try:
        with pytest.raises(KeyboardInterrupt):
            importers.import_paths([write(tmp_path, "a.txt", PAGE.format(count=1))])
    finally:
        signals.articles_imported.disconnect(dispatch_uid="test_interrupt")

    run = ImportRun.objects.get()
    assert run.state == "中断" and Article.objects.count() == 0


def test_an_import_starts_no_other_process(tmp_path):
    import multiprocessing

    paths = [write(tmp_path, f"p{n}.txt", PAGE.format(count=n).replace("3月8日", f"3月{n + 1}日")) for n in range(25)]
    importers.import_paths(paths)
    assert multiprocessing.active_children() == []
