"""Pages, articles and the public bodies and initiatives they are about.

Every record the importer creates carries a stable source key (a page's
``file_name``, an article's ``position`` on its page, a unit's ``name``) so a
re-import updates in place instead of duplicating. Fields an editor changed are
listed in ``edited_fields`` and are never overwritten by an import.
"""

import hashlib
import os
import re
import socket
import unicodedata
import uuid
from datetime import timedelta
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .querysets import ArticleQuerySet, InitiativeQuerySet, UnitQuerySet
from .slugs import unique_slug
from .versioning import SiteVersion, VersionedQuerySet  # noqa: F401 - SiteVersion is a model of news


class EditorLockMixin(models.Model):
    """Remember which fields an editor changed so that imports leave them alone."""

    edited_fields = models.JSONField("编辑改过的字段", default=list, blank=True)

    class Meta:
        abstract = True

    def lock_fields(self, names) -> None:
        """Mark ``names`` as edited by a person (kept in a stable order)."""
        self.edited_fields = sorted(set(self.edited_fields) | set(names))

    def is_locked(self, name: str) -> bool:
        return name in self.edited_fields


# What two extractions of one page may differ in: white space, and the width of punctuation and digits.
NOT_IN_FINGERPRINT = re.compile(r"\s+")


class Page(models.Model):
    """One newspaper page as extracted from its PDF, kept verbatim."""

    file_name = models.CharField("文件名", max_length=255, unique=True)
    sha256 = models.CharField("SHA-256", max_length=64)
    # The text with white space removed and full-width forms folded (NFKC):
    # the same page saved again under another name has the same fingerprint.
    fingerprint = models.CharField("内容指纹", max_length=64, blank=True, db_index=True)
    text = models.TextField("原始文本")
    newspaper = models.CharField("报纸", max_length=50, default="江门日报")
    edition = models.CharField("版面", max_length=50, default="蓬江新闻", blank=True)
    page_label = models.CharField("版次", max_length=20, blank=True, help_text="如 A07，取自版面的页眉页脚。")
    issue_date = models.DateField("出版日期（推断）", null=True, blank=True)
    encoding = models.CharField("原文件编码", max_length=20, default="utf-8")
    warnings = models.JSONField("导入提示", default=list, blank=True)
    imported_at = models.DateTimeField("首次导入时间", auto_now_add=True)
    updated_at = models.DateTimeField("最近导入时间", auto_now=True)

    objects = VersionedQuerySet.as_manager()

    class Meta:
        verbose_name = "版面"
        verbose_name_plural = "版面"
        ordering = ["-issue_date", "file_name"]

    def __str__(self) -> str:
        return self.file_name

    @staticmethod
    def fingerprint_of(text: str) -> str:
        """Return the fingerprint of a page text (see ``fingerprint``)."""
        normalised = NOT_IN_FINGERPRINT.sub("", unicodedata.normalize("NFKC", text))
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class Article(EditorLockMixin):
    class Status(models.TextChoices):
        # The review workflow (news.workflow): 草稿 → 待审核 → 已发布, or back to
        # the editor as 已退回; a published article taken down is 已撤下.
        DRAFT = "draft", "草稿"
        PENDING = "pending", "待审核"
        PUBLISHED = "published", "已发布"
        RETURNED = "returned", "已退回"
        WITHDRAWN = "withdrawn", "已撤下"

    class Kind(models.TextChoices):
        NEWS = "news", "新闻"
        BRIEF = "brief", "简讯"
        PHOTO = "photo", "图片新闻"
        COMMENTARY = "commentary", "评论"

    page = models.ForeignKey(Page, verbose_name="来源版面", on_delete=models.CASCADE, related_name="articles")
    position = models.PositiveSmallIntegerField("版面内顺序")
    kind = models.CharField("体裁", max_length=20, choices=Kind.choices, default=Kind.NEWS)
    kicker = models.CharField("引题", max_length=200, blank=True)
    title = models.CharField("标题", max_length=200)
    subtitle = models.CharField("副题", max_length=200, blank=True)
    byline = models.CharField("署名（原文）", max_length=300, blank=True)
    editor_note = models.TextField("编者按", blank=True)
    body = models.TextField("正文", blank=True, help_text="段落之间空一行。")
    # Continuation markers as printed ("（下转A3版）"): the article goes on, or began, on another page.
    jumps = models.JSONField("转版标记", default=list, blank=True)
    # Indexes (0-based) of the body's paragraphs that are in-article section
    # headings; kept beside the text so that search and figure offsets see the
    # same plain body the reader sees.
    heading_paragraphs = models.JSONField("小标题段落序号", default=list, blank=True)
    event_on = models.DateField("事件日期", null=True, blank=True)
    published_on = models.DateField("刊发日期", null=True, blank=True, db_index=True)
    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True)
    slug = models.SlugField("网址标识", max_length=80, unique=True, allow_unicode=True)
    # Where the article stands in Page.text, so editors can see it in context.
    source_start = models.PositiveIntegerField("原文起点", default=0)
    source_end = models.PositiveIntegerField("原文终点", default=0)
    units = models.ManyToManyField("Unit", through="ArticleUnit", related_name="articles", blank=True, verbose_name="涉及单位")
    initiatives = models.ManyToManyField(
        "Initiative", through="ArticleInitiative", related_name="articles", blank=True, verbose_name="涉及举措"
    )
    # Scheduling (news.workflow, the publish_scheduled command): an approved
    # article waits as 待审核 until publish_at; a published one is taken down at unpublish_at.
    publish_at = models.DateTimeField("定时发布时间", null=True, blank=True, help_text="留空则审核通过后立即发布。")
    unpublish_at = models.DateTimeField("定时撤下时间", null=True, blank=True)
    approved_at = models.DateTimeField("审核通过时间", null=True, blank=True, editable=False)
    # A near-duplicate folded into another article (news.merging.merge_articles): its address redirects there.
    merged_into = models.ForeignKey(
        "self", verbose_name="已并入", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged_duplicates"
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "文章"
        verbose_name_plural = "文章"
        ordering = ["-published_on", "page_id", "position"]
        constraints = [models.UniqueConstraint(fields=["page", "position"], name="unique_article_position_on_page")]
        indexes = [
            models.Index(fields=["status", "-published_on"], name="article_status_date"),
            # "Is this article published, and when?" answered from the index alone (migration 0005).
            models.Index(fields=["id", "status", "published_on"], name="news_article_id_status_date"),
        ]
        permissions = [
            ("submit_article", "可提交文章审核"),
            ("review_article", "可审核文章（发布、退回、撤下）"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Article, self.title, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:article_detail", kwargs={"slug": self.slug})

    @property
    def full_title(self) -> str:
        return " ".join(part for part in (self.kicker, self.title, self.subtitle) if part)

    def paragraphs(self) -> list[dict]:
        """Return the body as ``[{"text", "is_heading", "start", "end"}]`` with offsets into ``body``."""
        result, offset = [], 0
        headings = set(self.heading_paragraphs)
        for index, text in enumerate(self.body.split("\n\n")) if self.body else []:
            result.append({"text": text, "is_heading": index in headings, "start": offset, "end": offset + len(text)})
            offset += len(text) + 2
        return result

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class Credit(models.Model):
    class Role(models.TextChoices):
        REPORTER = "reporter", "记者"
        CORRESPONDENT = "correspondent", "通讯员"
        SPECIAL_CORRESPONDENT = "special_correspondent", "特约通讯员"
        INTERN = "intern", "实习生"
        WRITER = "writer", "文"
        PHOTOGRAPHER = "photographer", "摄影"
        WRITER_PHOTOGRAPHER = "writer_photographer", "文/图"
        SUPPLIER = "supplier", "供图"
        COMMENTATOR = "commentator", "评论员"
        AUTHOR = "author", "作者"
        EDITOR = "editor", "编辑"

    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE, related_name="credits")
    position = models.PositiveSmallIntegerField("顺序", default=0)
    name = models.CharField("姓名", max_length=50)
    role = models.CharField("角色", max_length=30, choices=Role.choices)
    # "文/图 记者/刘淑君": the reporter also took the photographs.
    takes_photos = models.BooleanField("兼摄影", default=False)
    organisation = models.CharField("所属单位", max_length=100, blank=True)

    objects = VersionedQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "署名"
        verbose_name_plural = "署名"
        ordering = ["article_id", "position"]

    def __str__(self) -> str:
        return f"{self.get_role_display()} {self.name}"


# The only extensions a stored photo gets: those of the formats news.images accepts.
PHOTO_EXTENSIONS = {".jpg", ".png", ".webp"}


def photo_upload_path(photo: "Photo", filename: str) -> str:
    """Return a new, unguessable name for an upload: ``photos/3/9f1c….jpg``.

    The editor's file name is never used: it may say ``.html`` (a JPEG/HTML
    polyglot would then be served as a page from the site's own origin) or
    clash with another photo. The extension is kept only if it is one of ours;
    ``PhotoAdminForm`` sets it from the format Pillow detected.
    """
    extension = PurePosixPath(filename).suffix.lower()
    if extension not in PHOTO_EXTENSIONS:
        extension = ".bin"
    return f"photos/{photo.article_id or 'new'}/{uuid.uuid4().hex}{extension}"


class Photo(EditorLockMixin):
    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE, related_name="photos")
    position = models.PositiveSmallIntegerField("顺序", default=0)
    caption = models.TextField("图片说明")
    # The arrow or position mark the caption was printed with (↑, ←, （中）).
    marker = models.CharField("方位标记", max_length=10, blank=True)
    credit = models.CharField("摄影署名", max_length=100, blank=True, help_text="图片说明后印的摄影者，如“江门日报记者　刘淑君　摄”。")
    image = models.ImageField("原图", upload_to=photo_upload_path, blank=True, width_field="width", height_field="height")
    image_web = models.ImageField("网页尺寸图", upload_to=photo_upload_path, blank=True)
    image_thumb = models.ImageField("缩略图", upload_to=photo_upload_path, blank=True)
    width = models.PositiveIntegerField("宽度", null=True, blank=True)
    height = models.PositiveIntegerField("高度", null=True, blank=True)
    alt_text = models.CharField("替代文本", max_length=300, blank=True, help_text="留空则使用图片说明。")

    objects = VersionedQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "图片"
        verbose_name_plural = "图片"
        ordering = ["article_id", "position"]

    def __str__(self) -> str:
        return self.caption[:40]

    @property
    def alt(self) -> str:
        return self.alt_text or self.caption


class Fragment(models.Model):
    """Text the importer could not place: kept for an editor, never dropped."""

    page = models.ForeignKey(Page, verbose_name="版面", on_delete=models.CASCADE, related_name="fragments")
    article = models.ForeignKey(
        Article, verbose_name="最可能所属文章", on_delete=models.CASCADE, related_name="fragments", null=True, blank=True
    )
    position = models.PositiveSmallIntegerField("顺序", default=0)
    text = models.TextField("文本")
    reason = models.CharField("原因", max_length=200, blank=True)
    resolved = models.BooleanField("已处理", default=False)

    class Meta:
        verbose_name = "待处理片段"
        verbose_name_plural = "待处理片段"
        ordering = ["page_id", "position"]

    def __str__(self) -> str:
        return self.text[:40]


class Unit(EditorLockMixin):
    """A public body (or an enterprise/association named beside them), placed in a tree."""

    class Kind(models.TextChoices):
        PARTY = "party", "党委机构"
        CONGRESS = "congress", "人大机关"
        CPPCC = "cppcc", "政协机关"
        GOVERNMENT = "government", "人民政府"
        DEPARTMENT = "department", "政府部门"
        COURT = "court", "法院"
        PROCURATORATE = "procuratorate", "检察院"
        POLICE = "police", "公安机关"
        SUBDISTRICT = "subdistrict", "街道"
        TOWN = "town", "镇"
        VILLAGE = "village", "村"
        COMMUNITY = "community", "社区"
        JUDICIAL_OFFICE = "judicial_office", "司法所"
        POLICE_STATION = "police_station", "派出所"
        GOVERNANCE_CENTRE = "governance_centre", "综治中心"
        SCHOOL = "school", "学校"
        HOSPITAL = "hospital", "医院"
        PUBLIC_INSTITUTION = "public_institution", "事业单位"
        MASS_ORGANISATION = "mass_organisation", "群团组织"
        ASSOCIATION = "association", "社会组织（商会、协会）"
        ENTERPRISE = "enterprise", "企业"
        OTHER = "other", "其他"

    class Source(models.TextChoices):
        GAZETTEER = "gazetteer", "名录"
        DISCOVERED = "discovered", "自动发现"
        EDITOR = "editor", "编辑添加"

    class Level(models.TextChoices):
        CENTRAL = "central", "中央"
        PROVINCE = "province", "省"
        CITY = "city", "市"
        DISTRICT = "district", "区"
        TOWN = "town", "镇街"
        VILLAGE = "village", "村居"

    # Kinds that are not part of the party-and-government tree.
    NON_GOVERNMENT_KINDS = {Kind.ASSOCIATION, Kind.ENTERPRISE}

    name = models.CharField("全称", max_length=100, unique=True)
    short_name = models.CharField("简称", max_length=50, blank=True)
    aliases = models.JSONField("别名", default=list, blank=True)
    kind = models.CharField("类别", max_length=30, choices=Kind.choices, default=Kind.OTHER, db_index=True)
    level = models.CharField("层级", max_length=20, choices=Level.choices, default=Level.DISTRICT, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name="上级单位", on_delete=models.PROTECT, related_name="children", null=True, blank=True
    )
    # Materialised path ("0003/0017/") so that "this unit and everything below
    # it" is one indexed prefix query instead of a recursive walk.
    tree_path = models.CharField("树路径", max_length=255, blank=True, db_index=True, editable=False)
    depth = models.PositiveSmallIntegerField("层级", default=0, editable=False)
    in_pengjiang = models.BooleanField("属蓬江区", default=True)
    needs_review = models.BooleanField("待审核", default=False)
    source = models.CharField("来源", max_length=20, choices=Source.choices, default=Source.EDITOR)
    description = models.TextField("简介", blank=True)
    slug = models.SlugField("网址标识", max_length=80, unique=True, allow_unicode=True)

    objects = UnitQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "单位"
        verbose_name_plural = "单位"
        ordering = ["tree_path", "name"]

    def __str__(self) -> str:
        return self.name

    def parent_makes_a_loop(self) -> bool:
        """Return whether the chosen parent is this unit or lies below it (the tree would become a circle)."""
        if self.parent_id is None or self.pk is None:
            return False
        if self.parent_id == self.pk:
            return True
        # The parent's path lists every unit above it; save() builds this unit's path from it too.
        return f"{self.pk:06d}" in self.parent.tree_path.split("/")

    def clean(self):
        super().clean()
        self.check_parent()

    def check_parent(self) -> None:
        if self.parent_makes_a_loop():
            raise ValidationError({"parent": f"上级单位“{self.parent}”是本单位或其下级单位，单位树会形成循环。"})

    def save(self, *args, **kwargs):
        # Saving walks the subtree below: with a loop that walk would never end,
        # so every writer (admin, sheet, script) is refused here, not only the form.
        self.check_parent()
        if not self.slug:
            self.slug = unique_slug(Unit, self.short_name or self.name, exclude_pk=self.pk)
        old_path = self.tree_path
        if self.pk is None:
            super().save(*args, **kwargs)
            kwargs = {k: v for k, v in kwargs.items() if k != "force_insert"}
        self.tree_path = (self.parent.tree_path if self.parent else "") + f"{self.pk:06d}/"
        self.depth = self.tree_path.count("/") - 1
        super().save(*args, **kwargs)
        if old_path and old_path != self.tree_path:
            for child in self.children.all():
                child.save()

    def get_absolute_url(self) -> str:
        return reverse("news:unit_detail", kwargs={"slug": self.slug})

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def all_names(self) -> list[str]:
        return [self.name, *([self.short_name] if self.short_name else []), *self.aliases]

    @property
    def is_government(self) -> bool:
        return self.kind not in self.NON_GOVERNMENT_KINDS


class Initiative(EditorLockMixin):
    """A named programme, mechanism or brand (警网融合, 两行并进, 平安联盟 …)."""

    class Kind(models.TextChoices):
        MECHANISM = "mechanism", "机制"
        MODEL = "model", "模式"
        CAMPAIGN = "campaign", "行动"
        PROJECT = "project", "项目/工程"
        BRAND = "brand", "品牌"
        PLATFORM = "platform", "平台"
        SYSTEM = "system", "体系"
        ALLIANCE = "alliance", "联盟"
        STUDIO = "studio", "工作室"
        METHOD = "method", "工作法"
        OTHER = "other", "其他"

    Source = Unit.Source

    name = models.CharField("名称", max_length=100, unique=True)
    aliases = models.JSONField("别名", default=list, blank=True)
    kind = models.CharField("类别", max_length=20, choices=Kind.choices, default=Kind.OTHER, db_index=True)
    summary = models.TextField("简介", blank=True)
    lead_units = models.ManyToManyField(Unit, verbose_name="牵头单位", related_name="led_initiatives", blank=True)
    needs_review = models.BooleanField("待审核", default=False)
    source = models.CharField("来源", max_length=20, choices=Source.choices, default=Source.EDITOR)
    slug = models.SlugField("网址标识", max_length=80, unique=True, allow_unicode=True)

    objects = InitiativeQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "举措"
        verbose_name_plural = "举措"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Initiative, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:initiative_detail", kwargs={"slug": self.slug})

    @property
    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]


class Mention(models.Model):
    """Why an article is linked to a unit or an initiative: the sentence that names it."""

    class Source(models.TextChoices):
        AUTO = "auto", "自动"
        EDITOR = "editor", "编辑"

    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE)
    sentence = models.TextField("依据句子", blank=True)
    start = models.PositiveIntegerField("起点", null=True, blank=True)
    end = models.PositiveIntegerField("终点", null=True, blank=True)
    source = models.CharField("来源", max_length=10, choices=Source.choices, default=Source.AUTO)

    objects = VersionedQuerySet.as_manager()

    class Meta:
        abstract = True


class ArticleUnit(Mention):
    unit = models.ForeignKey(Unit, verbose_name="单位", on_delete=models.CASCADE, related_name="mentions")

    class Meta:
        verbose_name = "文章涉及单位"
        verbose_name_plural = "文章涉及单位"
        constraints = [models.UniqueConstraint(fields=["article", "unit"], name="unique_article_unit")]

    def __str__(self) -> str:
        return f"{self.article} · {self.unit}"


class ArticleInitiative(Mention):
    initiative = models.ForeignKey(Initiative, verbose_name="举措", on_delete=models.CASCADE, related_name="mentions")

    class Meta:
        verbose_name = "文章涉及举措"
        verbose_name_plural = "文章涉及举措"
        constraints = [models.UniqueConstraint(fields=["article", "initiative"], name="unique_article_initiative")]

    def __str__(self) -> str:
        return f"{self.article} · {self.initiative}"


class DismissedLink(models.Model):
    """An automatic article link an editor removed; extraction never makes it again.

    Without this, deleting a wrong link (an article "about" a body it only
    mentions in passing) would be undone by the next import or re-extraction.
    """

    article = models.ForeignKey(Article, verbose_name="文章", on_delete=models.CASCADE, related_name="dismissed_links")
    unit = models.ForeignKey(
        Unit, verbose_name="单位", on_delete=models.CASCADE, related_name="dismissed_links", null=True, blank=True
    )
    initiative = models.ForeignKey(
        Initiative, verbose_name="举措", on_delete=models.CASCADE, related_name="dismissed_links", null=True, blank=True
    )
    dismissed_by = models.ForeignKey(
        "auth.User", verbose_name="操作人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    dismissed_at = models.DateTimeField("移除时间", auto_now_add=True)

    class Meta:
        verbose_name = "编辑移除的关联"
        verbose_name_plural = "编辑移除的关联"
        constraints = [
            models.UniqueConstraint(fields=["article", "unit"], name="unique_dismissed_unit"),
            models.UniqueConstraint(fields=["article", "initiative"], name="unique_dismissed_initiative"),
            models.CheckConstraint(
                condition=models.Q(unit__isnull=True, initiative__isnull=False)
                | models.Q(unit__isnull=False, initiative__isnull=True),
                name="dismissed_link_has_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article} · {self.unit or self.initiative}"

    @classmethod
    def record(cls, link: "Mention", user=None) -> None:
        """Remember that an editor removed ``link`` (an ArticleUnit or ArticleInitiative)."""
        target = {"unit_id": link.unit_id} if isinstance(link, ArticleUnit) else {"initiative_id": link.initiative_id}
        cls.objects.get_or_create(article_id=link.article_id, **target, defaults={"dismissed_by": user})


class ImportRunQuerySet(models.QuerySet):
    def unfinished(self):
        return self.filter(finished_at__isnull=True)

    def mark_interrupted(self) -> int:
        """Mark the runs whose process has died as interrupted (中断); return how many.

        A run is dead when its process is gone from this machine, or, on any
        machine, when it has given no sign of life for ``ImportRun.STALE_AFTER``
        (a run beats after a file, at most every ``ImportRun.BEAT_EVERY``).
        """
        host = socket.gethostname()
        dead = []
        for run in self.unfinished():
            run_host, _, pid = run.process.rpartition(":")
            if run_host == host and pid.isdigit() and not process_is_running(int(pid)):
                dead.append(run.pk)
            elif run.last_beat_at < timezone.now() - ImportRun.STALE_AFTER:
                dead.append(run.pk)
        return self.filter(pk__in=dead).update(finished_at=timezone.now(), interrupted=True, succeeded=False)


def process_is_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class ImportRun(models.Model):
    """A trace of every import (command, admin upload, re-extraction, sheet), including bulk writes history cannot see."""

    class Origin(models.TextChoices):
        COMMAND = "command", "命令行"
        ADMIN = "admin", "后台上传"
        EXTRACTION = "extraction", "重新抽取"
        SPREADSHEET = "spreadsheet", "表格导入"

    # A run that gave no sign of life for this long was killed (one file never takes minutes).
    STALE_AFTER = timedelta(minutes=15)
    # Signs of life closer together than this tell nothing more; a write after every file cost
    # a large import 0.4 ms a file (docs/benchmarks.md, "Full import").
    BEAT_EVERY = timedelta(seconds=10)

    origin = models.CharField("方式", max_length=20, choices=Origin.choices)
    user = models.ForeignKey(
        "auth.User", verbose_name="操作人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    started_at = models.DateTimeField("开始时间", auto_now_add=True)
    last_beat_at = models.DateTimeField("最近进展", default=timezone.now)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)
    process = models.CharField("进程", max_length=120, blank=True, help_text="主机名:进程号")
    dry_run = models.BooleanField("试运行", default=False)
    succeeded = models.BooleanField("成功", default=False)
    interrupted = models.BooleanField("中断", default=False)
    summary = models.JSONField("结果摘要", default=dict, blank=True)

    objects = ImportRunQuerySet.as_manager()

    class Meta:
        verbose_name = "导入记录"
        verbose_name_plural = "导入记录"
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.get_origin_display()} {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def state(self) -> str:
        if self.interrupted:
            return "中断"
        if self.finished_at is None:
            return "进行中"
        return "成功" if self.succeeded else "有失败"

    def beat(self) -> None:
        """Record that the run is still alive (after a file; at most once every ``BEAT_EVERY``)."""
        now = timezone.now()
        if now - self.last_beat_at < self.BEAT_EVERY:
            return
        self.last_beat_at = now
        ImportRun.objects.filter(pk=self.pk).update(last_beat_at=now)

    def finish(self, results, *, interrupted: bool = False) -> None:
        """Record the run's end and what each file came to (``results``: objects with ``ok`` and ``as_dict()``)."""
        self.finished_at = timezone.now()
        self.interrupted = interrupted
        self.succeeded = not interrupted and all(result.ok for result in results)
        self.summary = {"files": [result.as_dict() for result in results]}
        self.save(update_fields=["finished_at", "interrupted", "succeeded", "summary"])


# The review workflow's records, the near-duplicate index, the audit log and the public's error reports
# live in their own modules.
from .audit import AuditEntry  # noqa: E402, F401
from .editorial import ArticleBucket, ArticleTransition, NearDuplicate, ReviewQueueItem  # noqa: E402, F401
from .error_reports import ErrorReport  # noqa: E402, F401
