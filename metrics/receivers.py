"""Take part in page imports (``news.signals``): load the reference data, extract each page's articles."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from news.models import Initiative, Unit
from news.signals import articles_imported, import_finished, import_started, page_parsed, records_merged

from . import corrections, indicators, services
from .models import Figure


@receiver(import_started, dispatch_uid="metrics_reference_data")
def load_reference_data(sender, session, **kwargs) -> None:
    services.ensure_reference_data()


@receiver(page_parsed, dispatch_uid="metrics_prepare_extraction")
def prepare_extraction(sender, parsed, memo, **kwargs) -> dict:
    return {"metrics.extraction": services.prepare_extraction(parsed, memo=memo)}


@receiver(articles_imported, dispatch_uid="metrics_extract_articles")
def extract_imported_articles(sender, page, articles, created, session, prepared=None, **kwargs) -> dict:
    outcome = services.extract_articles(
        articles, created=created, memo=session.memo, prepared=(prepared or {}).get("metrics.extraction")
    )
    # Grouped into indicators once the run ends (import_finished), not page by page.
    session.memo.setdefault("metrics.indicator_articles", []).extend(article.pk for article in articles if article.pk)
    return {"counts": outcome.counts, "warnings": outcome.warnings}


# Articles grouped into indicators per call: a bounded set of ids per query (larger batches
# are no faster: docs/benchmarks.md, "Full import", step 5).
INDICATOR_BATCH = 500


@receiver(import_finished, dispatch_uid="metrics_suggest_indicators")
def suggest_indicators(sender, session, **kwargs) -> None:
    """The same quantity reported again joins (or, with an earlier report, suggests) an indicator: once per run."""
    article_ids = session.memo.pop("metrics.indicator_articles", [])
    for start in range(0, len(article_ids), INDICATOR_BATCH):
        indicators.suggest_for_articles(article_ids[start : start + INDICATOR_BATCH])


@receiver(post_save, sender=Figure, dispatch_uid="metrics_figure_saved")
def figure_saved(sender, instance: Figure, created: bool, **kwargs) -> None:
    """Record a correction when a save (admin form, corrections sheet) changed a published value; recheck agreement."""
    stored = getattr(instance, "stored_value", None)
    if created or stored is None:
        return
    corrections.record_value_change(
        instance,
        old_value=stored[0],
        old_value_max=stored[1],
        reason=getattr(instance, "_change_reason", "") or "",
        user=getattr(instance, "_history_user", None),
    )
    instance.stored_value = (instance.value, instance.value_max)
    if instance.indicator_id:
        indicators.refresh_conflicts([instance.indicator_id])


@receiver(records_merged, sender=Initiative, dispatch_uid="metrics_initiatives_merged")
@receiver(records_merged, sender=Unit, dispatch_uid="metrics_units_merged")
def owners_merged(sender, target, merged, **kwargs) -> None:
    """Rewrite the grouping keys of the indicators that followed a merged initiative or unit to the one kept."""
    indicators.follow_owner_merge(target, merged)
