from django.urls import path

from . import views

app_name = "menu"
urlpatterns = [
    path("", views.practice_list, name="practices"),
    path("<slug:slug>/", views.practice_detail, name="practice"),
]
