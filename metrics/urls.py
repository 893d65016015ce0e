from django.urls import path

from . import views

app_name = "metrics"

urlpatterns = [
    path("figures/", views.figure_list, name="figure_list"),
]
