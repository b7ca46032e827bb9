from django.urls import path

from . import views

app_name = "directory"
urlpatterns = [
    path("", views.body_list, name="bodies"),
    path("<slug:slug>/", views.body_detail, name="body"),
]
