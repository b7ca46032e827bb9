from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("", views.index, name="index"),
    path("arfer-open-data.sqlite", views.bundle, name="bundle"),
    path("<slug:slug>/", views.dataset, name="dataset"),
    path("<slug:slug>.<str:extension>", views.download, name="download"),
]
