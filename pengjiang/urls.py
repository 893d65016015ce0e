from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from accounts.forms import TwoFactorAdminLoginForm

admin.site.site_header = "蓬江治理成果 · 编辑台"
admin.site.site_title = "蓬江治理成果编辑台"
admin.site.index_title = "内容管理"
# Sign-in with a TOTP code for accounts that enrolled one (accounts/).
admin.site.login_form = TwoFactorAdminLoginForm
admin.site.login_template = "accounts/login.html"

urlpatterns = [
    path("admin/two-factor/", include("accounts.urls")),
    path("admin/", admin.site.urls),
    path("", include("feedback.urls")),
    path("", include("metrics.urls")),
    path("", include("news.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
