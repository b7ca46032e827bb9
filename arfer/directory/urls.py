from django.urls import path

from . import manage_views, views

app_name = "directory"
urlpatterns = [
    path("", views.body_list, name="bodies"),
    # Fixed words come before <slug>: actions.RESERVED_SLUGS keeps bodies off them.
    path("new/", manage_views.add_body, name="add-body"),
    path("<slug:slug>/", views.body_detail, name="body"),
    path("<slug:slug>/history/", views.body_history, name="body-history"),
    path("<slug:slug>/history.csv", views.body_history_csv, name="body-history-csv"),
    path("<slug:slug>/edit/", manage_views.edit_body, name="edit-body"),
    path("<slug:slug>/retire/", manage_views.retire_body, name="retire-body"),
]
