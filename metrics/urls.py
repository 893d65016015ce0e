from django.urls import path

from .views import figures

app_name = "metrics"

urlpatterns = [
    path("figures/", figures.figure_list, name="figure_list"),
]
