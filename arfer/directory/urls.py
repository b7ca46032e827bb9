from django.urls import path

from . import views

app_name = "directory"
urlpatterns = [
    path("", views.body_list, name="bodies"),
    path("<slug:slug>/", views.body_detail, name="body"),
    path("<slug:slug>/history/", views.body_history, name="body-history"),
]
