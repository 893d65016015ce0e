from django.apps import AppConfig


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = "账号安全"

    def ready(self):
        # Connects the sign-in receiver that starts a session's idle clock.
        from . import middleware  # noqa: F401
