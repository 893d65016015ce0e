from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.two_factor, name="two_factor"),
    path("qr.svg", views.qr_code, name="qr_code"),
    path("verify/", views.verify, name="verify"),
    path("remove/", views.remove, name="remove"),
]
