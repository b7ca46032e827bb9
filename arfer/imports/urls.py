from django.urls import path

from . import views

app_name = "imports"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.run_detail, name="run"),
    path("<int:pk>/problems.csv", views.problems_csv, name="problems"),
    path("templates/<slug:kind>.<str:extension>", views.template_file, name="template"),
]
