from django.apps import AppConfig


class MetricsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "metrics"
    verbose_name = "数据与指标"

    def ready(self):
        from news import versioning

        # Extraction takes part in every page import through news's signals.
        # The figures on news's public pages (news.hooks).
        from . import (
            pages,  # noqa: F401
            receivers,  # noqa: F401
        )

        # Figures are content: every write to them moves the site version on.
        versioning.follow(self)
