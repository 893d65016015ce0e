"""Settings for the Pengjiang governance-achievements CMS.

Everything that differs between a laptop and production comes from environment
variables (documented in README.md): DATABASE_URL, REDIS_URL, SECRET_KEY,
DEBUG, ALLOWED_HOSTS, MEDIA_ROOT. Development defaults are safe to run locally; with
DEBUG off a missing SECRET_KEY is a start-up error rather than a weak default.
"""

import base64
import hashlib
import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from error


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "csp",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "import_export",
    "simple_history",
    "django_otp",
    # django-otp's authenticator apps under a Chinese name in the admin (see news.apps.AuthenticatorDevicesConfig).
    "news.apps.AuthenticatorDevicesConfig",
    # django-axes under a Chinese name in the admin (see news.apps.LoginProtectionConfig).
    "news.apps.LoginProtectionConfig",
    "news",
    "metrics",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Two-factor sign-in and idle sign-out of staff (news.middleware), once the user and messages are known.
    "django_otp.middleware.OTPMiddleware",
    "news.middleware.IdleTimeoutMiddleware",
    "news.middleware.TwoFactorRequiredMiddleware",
    # Lets news.audit.record know the address and user of the request being served.
    "news.middleware.RequestContextMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pengjiang.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "news.site.identity",
            ],
        },
    },
]

WSGI_APPLICATION = "pengjiang.wsgi.application"

DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (the public site) proceed while an import writes, and
    # synchronous=NORMAL is durable in WAL mode without an fsync per commit;
    # IMMEDIATE transactions take the write lock up front instead of failing
    # half-way with "database is locked" when two writers meet. A writer waits
    # up to SQLITE_BUSY_TIMEOUT seconds for the lock: an import holds it for
    # one file at a time (well under a second), so an editor's save waits, it
    # does not fail.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": env_int("SQLITE_BUSY_TIMEOUT", 30),
    }
# Lets several test runs share one PostgreSQL server without clobbering each
# other's throw-away database (e.g. two developers' checkouts on one machine).
if os.environ.get("DATABASE_TEST_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["DATABASE_TEST_NAME"]}

# The public pages keep what changes only on an edit (list counts, coverage,
# an initiative's figures) under keys that carry the site version
# (news.versioning), so a value is computed once per edit instead of once per
# request, and an entry of an older version is simply never read again.
#
# With REDIS_URL the cache is Redis, shared by every app server of every
# machine. Without it, a file cache is shared by the gunicorn workers of one
# machine, and reading it costs no SQL query (and no write lock on SQLite while
# an import runs); by default one directory per database URL keeps a
# benchmark's corpus apart from the site's.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_DIR = os.environ.get("CACHE_DIR") or str(
    Path(tempfile.gettempdir()) / "pengjiang-cache" / hashlib.sha256(DATABASE_URL.encode()).hexdigest()[:16]
)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": CACHE_DIR,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Password guessing (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for
# one account from one address, that account cannot log in from that address
# until LOGIN_LOCKOUT_MINUTES have passed or an administrator deletes the record
# in 登录保护 → 登录失败记录. Other accounts and addresses are not affected, so an
# attacker cannot lock everybody out from one machine.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "news.accounts.lockout_response"
# The client's address: REMOTE_ADDR, or behind TRUSTED_PROXIES reverse proxies
# the address the outermost one saw (news.accounts.client_address).
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 0)
AXES_CLIENT_IP_CALLABLE = "news.accounts.client_address"
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
# The few words Django's and django-import-export's own Chinese catalogues leave untranslated.
LOCALE_PATHS = [BASE_DIR / "pengjiang" / "locale"]
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Uploaded page texts and sheets are read into memory; 20 MB is far above a
# newspaper page (≈20 kB) or a 100,000-row sheet and stops absurd uploads early.
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

# A page file is ≈20 kB; anything this large is not one page (a whole PDF's
# text, a log file) and is refused by name rather than parsed for a minute.
PAGE_MAX_BYTES = env_int("PAGE_MAX_BYTES", 2 * 1024 * 1024)

SITE_NAME = "蓬江治理成果"
NEWSPAPER_NAME = "江门日报"

# Site identity shown in every page's footer (news.site); each line appears only when set.
SITE_OWNER = os.environ.get("SITE_OWNER", "")  # 主办单位
SITE_CONTACT = os.environ.get("SITE_CONTACT", "")  # 联系方式（电话或邮箱）
SITE_ID_CODE = os.environ.get("SITE_ID_CODE", "")  # 网站标识码
SITE_ICP = os.environ.get("SITE_ICP", "")  # ICP 备案号
SITE_PSB = os.environ.get("SITE_PSB", "")  # 公安机关备案号

# Editorial workflow (news.workflow) ------------------------------------------------------------------
# A one-person office may let a reviewer approve their own submission; otherwise a second person must.
REVIEW_ALLOW_SELF_APPROVAL = env_bool("REVIEW_ALLOW_SELF_APPROVAL", False)

# Staff accounts (news/twofactor.py, news/middleware.py) ---------------------------------------------------
# Groups whose members (and superusers) must sign in with a TOTP code; 编辑 may enrol if they wish.
TWO_FACTOR_REQUIRED_GROUPS = env_list("TWO_FACTOR_REQUIRED_GROUPS", "审核,管理员")
# A staff session ends after this many minutes without a request.
SESSION_IDLE_MINUTES = env_int("SESSION_IDLE_MINUTES", 30)
# The issuer name authenticator apps show beside the account.
OTP_TOTP_ISSUER = "蓬江治理成果编辑台"

# Public error reports (news/error_reports.py) -----------------------------------------------
# Reports one address may file per hour; more are refused until the hour has passed.
ERROR_REPORTS_PER_HOUR = env_int("ERROR_REPORTS_PER_HOUR", 5)

# The read-only open-data API (metrics.api): public, anonymous, JSON only, its schema generated.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "metrics.api.schema.OpenDataSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "蓬江治理成果开放数据接口",
    "DESCRIPTION": "只读接口：已发布的文章、单位、举措、指标和数据，每项数值附出处。",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Figures and indicators both have a status, with different choices.
    "ENUM_NAME_OVERRIDES": {
        "FigureStatusEnum": "metrics.models.Figure.Status",
        "IndicatorStatusEnum": "metrics.models.Indicator.Status",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# HTTPS and browser protections -----------------------------------------------------------
# Production is served over HTTPS (README, “In production”); with DEBUG off, cookies are
# secure and plain-HTTP requests are redirected unless switched off for a trial on HTTP.
# HSTS is opt-in (SECURE_HSTS_SECONDS), as browsers then refuse HTTP for that long.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Behind a reverse proxy that terminates HTTPS and sets X-Forwarded-Proto (and strips it from clients).
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp): the site's own files only. The public pages
# have no inline script or style at all (they answer conditional requests with
# 304, so a per-response nonce could not work there); the 500 page's inline
# style carries a nonce (news.views.server_error). Third-party admin templates
# keep four inline attributes, allowed by hash alone (see csp_hash).
from csp.constants import NONCE, NONE, SELF  # noqa: E402


def csp_hash(source: str) -> str:
    """Return the CSP source that allows exactly this inline code: ``'sha256-…'``."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


# django-import-export's export form and simple-history's history list, verbatim.
THIRD_PARTY_INLINE_STYLES = ["padding: 0;", "font-weight: bold;", "border-top: 0"]
THIRD_PARTY_INLINE_HANDLERS = ["onSelectToggleChange(event)"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "script-src-attr": ["'unsafe-hashes'", *map(csp_hash, THIRD_PARTY_INLINE_HANDLERS)],
        "style-src": [SELF, NONCE],
        "style-src-attr": ["'unsafe-hashes'", *map(csp_hash, THIRD_PARTY_INLINE_STYLES)],
        "img-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Staff spreadsheets (django-import-export; see news/spreadsheets/sheets.py) -------------------------
# Viewing a model allows exporting it (数据导出), changing it allows importing (编辑).
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
# A confirmed import is one transaction: one invalid row and nothing is written.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_CONFIRM = False
# Blank lines are dropped by news.spreadsheets.sheets itself, which keeps Excel's row numbers for messages.
IMPORT_EXPORT_IMPORT_IGNORE_BLANK_LINES = False
# Off on purpose: the library's escaping only strips a leading "=" and turns every
# cell into text; news.spreadsheets.renderers.neutralise_formula guards = + - @ tab CR
# in every export and leaves numbers and dates native.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = False
