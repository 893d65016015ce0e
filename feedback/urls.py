from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("report/", views.report_error, name="report_error"),
    path("report/<str:token>/", views.report_status, name="report_status"),
]
