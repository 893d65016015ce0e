from django.apps import AppConfig


class AuditConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "audit"
    verbose_name = "审计日志"

    def ready(self):
        # Logins, exports, imports and role changes are recorded through signals.
        from . import receivers  # noqa: F401
