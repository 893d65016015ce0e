from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from accounts.forms import TwoFactorAdminLoginForm
from news.media import serve_media

admin.site.site_header = "蓬江治理成果 · 编辑台"
admin.site.site_title = "蓬江治理成果编辑台"
admin.site.index_title = "内容管理"
# Sign-in with a TOTP code for accounts that enrolled one (accounts/).
admin.site.login_form = TwoFactorAdminLoginForm
admin.site.login_template = "accounts/login.html"

handler500 = "news.views.server_error"

urlpatterns = [
    path("admin/two-factor/", include("accounts.urls")),
    path("admin/", admin.site.urls),
    path("", include("feedback.urls")),
    # Uploaded photos, served with DEBUG on or off (news.media says how and why).
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media, name="media"),
    path("api/", include("metrics.api.urls")),
    path("", include("metrics.urls")),
    path("", include("news.urls")),
]
