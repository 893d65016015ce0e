from django.urls import path

# Importing news's URLs registers the slug converter (uslug) these addresses share with news's.
from news import urls as news_urls  # noqa: F401

from .views import figures, indicators

app_name = "metrics"

urlpatterns = [
    path("figures/", figures.figure_list, name="figure_list"),
    path("indicators/", indicators.indicator_list, name="indicator_list"),
    path("indicators/<uslug:slug>/", indicators.indicator_detail, name="indicator_detail"),
    path("indicators/<uslug:slug>/series.<str:fmt>", indicators.indicator_download, name="indicator_download"),
    path("data/", indicators.data_page, name="data"),
    path("data/indicators.<str:fmt>", indicators.all_series_download, name="all_series_download"),
]
