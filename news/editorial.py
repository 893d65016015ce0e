"""Records of the editorial workflow: every status change of an article, and near-duplicate flags.

Kept apart from ``news.models`` (which imports them) so that the content
models stay readable; ``news.workflow`` and ``news.duplicates`` write them.
"""

from django.conf import settings
from django.db import models


class ArticleTransition(models.Model):
    """One change of an article's status: who, when, from, to, and the comment given."""

    class Action(models.TextChoices):
        SUBMIT = "submit", "提交审核"
        APPROVE = "approve", "审核通过"
        RETURN = "return", "退回修改"
        PUBLISH = "publish", "发布"
        WITHDRAW = "withdraw", "撤下"
        MERGE = "merge", "作为重复文章并入"

    article = models.ForeignKey("news.Article", verbose_name="文章", on_delete=models.CASCADE, related_name="transitions")
    action = models.CharField("操作", max_length=20, choices=Action.choices)
    from_status = models.CharField("原状态", max_length=20)
    to_status = models.CharField("新状态", max_length=20)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="操作人", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    comment = models.TextField("意见或原因", blank=True)
    at = models.DateTimeField("时间", db_index=True)

    class Meta:
        verbose_name = "审核流转记录"
        verbose_name_plural = "审核流转记录"
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.article_id} {self.get_action_display()}"

    @property
    def from_label(self) -> str:
        from .models import Article

        return Article.Status(self.from_status).label if self.from_status in Article.Status.values else self.from_status

    @property
    def to_label(self) -> str:
        from .models import Article

        return Article.Status(self.to_status).label if self.to_status in Article.Status.values else self.to_status


class ArticleBucket(models.Model):
    """One LSH band of an article's MinHash signature (``news.duplicates``).

    Two articles that share a bucket are candidates for near-duplicates; the
    index on ``(bucket, article)`` makes finding them one look-up of a few
    dozen values that reads the index alone, however many articles there are.
    """

    article = models.ForeignKey("news.Article", on_delete=models.CASCADE, related_name="+")
    bucket = models.BigIntegerField("桶")

    class Meta:
        verbose_name = "相似度索引"
        verbose_name_plural = "相似度索引"
        indexes = [models.Index(fields=["bucket", "article"], name="news_bucket_holders")]

    def __str__(self) -> str:
        return f"{self.article_id}:{self.bucket}"


class NearDuplicate(models.Model):
    """An article that is probably a reprint of an earlier one (可能重复), until an editor decides."""

    class State(models.TextChoices):
        OPEN = "open", "待处理"
        DISMISSED = "dismissed", "不是重复"
        MERGED = "merged", "已合并"

    article = models.ForeignKey(
        "news.Article", verbose_name="文章", on_delete=models.CASCADE, related_name="near_duplicates"
    )
    original = models.ForeignKey(
        "news.Article", verbose_name="可能重复于", on_delete=models.CASCADE, related_name="reprints"
    )
    overlap = models.FloatField("重合度", help_text="两篇文章文字片段的重合比例（0–1）。")
    state = models.CharField("处理状态", max_length=20, choices=State.choices, default=State.OPEN, db_index=True)
    found_at = models.DateTimeField("发现时间", auto_now_add=True)

    class Meta:
        verbose_name = "可能重复的文章"
        verbose_name_plural = "可能重复的文章"
        ordering = ["-overlap"]
        constraints = [models.UniqueConstraint(fields=["article", "original"], name="unique_near_duplicate_pair")]

    def __str__(self) -> str:
        return f"{self.article_id} ≈ {self.original_id}"

    @property
    def overlap_percent(self) -> int:
        return round(self.overlap * 100)


def _article_model():
    from .models import Article

    return Article


class ReviewQueueItem(_article_model()):
    """The articles waiting for review, as the reviewers' own list in the admin (审核队列)."""

    class Meta:
        proxy = True
        verbose_name = "待审核文章"
        verbose_name_plural = "审核队列"
