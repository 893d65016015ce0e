from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from news import twofactor_views
from news.media import serve_media
from news.twofactor import TwoFactorAdminLoginForm

admin.site.site_header = "蓬江治理成果 · 编辑台"
admin.site.site_title = "蓬江治理成果编辑台"
admin.site.index_title = "内容管理"
# Sign-in with a TOTP code for accounts that enrolled one (news.twofactor).
admin.site.login_form = TwoFactorAdminLoginForm
admin.site.login_template = "admin/news/login.html"

handler500 = "news.views.server_error"

# A staff member's own two-factor settings, beside the admin they guard; "accounts" is the
# namespace of these pages about one's account.
two_factor_pages = [
    path("", twofactor_views.two_factor, name="two_factor"),
    path("qr.svg", twofactor_views.qr_code, name="qr_code"),
    path("verify/", twofactor_views.verify, name="verify"),
    path("remove/", twofactor_views.remove, name="remove"),
]

urlpatterns = [
    path("admin/two-factor/", include((two_factor_pages, "accounts"))),
    path("admin/", admin.site.urls),
    # Uploaded photos, served with DEBUG on or off (news.media says how and why).
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media, name="media"),
    path("api/", include("metrics.api.urls")),
    path("", include("metrics.urls")),
    path("", include("news.urls")),
]
