"""Take part in page imports (``news.signals``): load the reference data, extract each page's articles."""

from django.dispatch import receiver

from news.signals import articles_imported, import_started, page_parsed

from . import services


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
    return {"counts": outcome.counts, "warnings": outcome.warnings}
