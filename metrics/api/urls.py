from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter(trailing_slash=True)
router.include_root_view = True
router.register("articles", views.ArticleViewSet, basename="article")
router.register("units", views.UnitViewSet, basename="unit")
router.register("initiatives", views.InitiativeViewSet, basename="initiative")
router.register("indicators", views.IndicatorViewSet, basename="indicator")
router.register("figures", views.FigureViewSet, basename="figure")

app_name = "api"

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("", include(router.urls)),
]
