from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django_otp.plugins.otp_totp.apps import DefaultConfig as AuthenticatorAppsConfig


class NewsConfig(AppConfig):
    # This module holds a second AppConfig (django-axes's, below) and imports a
    # third; without ``default`` Django would pick none of them for "news" and
    # silently skip ready(), and with it every receiver connected here.
    default = True
    default_auto_field = "django.db.models.BigAutoField"
    name = "news"
    verbose_name = "新闻内容"

    def ready(self):
        # The search index follows article and photo saves through signals
        # registered in news.search; connect them in every process (shell,
        # scripts, commands), not only where a view or the admin imports it.
        from . import search, versioning  # noqa: F401 - search connects its own receivers

        # Every write to a content model moves the site version on (news.versioning).
        versioning.follow(self)
        post_migrate.connect(versioning.migrated, sender=self, dispatch_uid="site_version_migrated")
        post_migrate.connect(search.fill_after_migrate, sender=self, dispatch_uid="search_fill_after_migrate")
        # Connect the receivers of other modules: imports flag near-duplicate articles
        # (news.signals.articles_imported), logins, exports, imports and role changes
        # reach the audit log, and a sign-in starts a staff session's idle clock.
        from . import audit_receivers, duplicates, middleware  # noqa: F401


class LoginProtectionConfig(AxesConfig):
    """django-axes (password-guessing lockouts), listed in the admin under a Chinese name."""

    verbose_name = "登录保护"


class AuthenticatorDevicesConfig(AuthenticatorAppsConfig):
    """django-otp's authenticator-app devices (two-factor sign-in), listed in the admin under a Chinese name."""

    verbose_name = "两步验证"
