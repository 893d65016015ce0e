from django.urls import path

from . import views

app_name = "news"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<str:slug>/", views.article_detail, name="article_detail"),
    path("units/<str:slug>/", views.unit_detail, name="unit_detail"),
    path("initiatives/<str:slug>/", views.initiative_detail, name="initiative_detail"),
]
