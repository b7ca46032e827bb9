from django.urls import path

from . import table_views, views

app_name = "rollout"
urlpatterns = [
    path("practices/<slug:slug>/rollout/", views.practice_rollout, name="practice-rollout"),
    path("practices/<slug:slug>/adopt/", views.record_adoption, name="adopt"),
    path("practices/<slug:slug>/decline/", views.decline, name="decline"),
    path("practices/<slug:slug>/savings/new/", views.own_saving, name="own-saving"),
    path("rollout/adoptions/", table_views.register, name="register"),
    path("rollout/adoptions/export.<str:fmt>", table_views.register_export, name="register-export"),
    path("rollout/adoptions/<int:pk>/", views.adoption_detail, name="adoption"),
    path("rollout/adoptions/<int:pk>/history/", views.adoption_history, name="adoption-history"),
    path(
        "rollout/adoptions/<int:pk>/history.csv",
        views.adoption_history_csv,
        name="adoption-history-csv",
    ),
    path("rollout/adoptions/<int:pk>/edit/", views.adoption_edit, name="adoption-edit"),
    path("rollout/adoptions/<int:pk>/stage/", views.adoption_stage, name="adoption-stage"),
    path("rollout/adoptions/<int:pk>/savings/new/", views.adoption_saving, name="adoption-saving"),
    path("rollout/savings/", table_views.ledger, name="ledger"),
    path("rollout/savings/export.<str:fmt>", table_views.ledger_export, name="ledger-export"),
    path("rollout/savings/<int:pk>/", views.entry_detail, name="entry"),
    path("rollout/savings/<int:pk>/history/", views.entry_history, name="entry-history"),
    path("rollout/savings/<int:pk>/history.csv", views.entry_history_csv, name="entry-history-csv"),
    path("rollout/savings/<int:pk>/edit/", views.entry_edit, name="entry-edit"),
    path("rollout/savings/<int:pk>/verify/", views.entry_verify, name="entry-verify"),
    path("rollout/savings/<int:pk>/evidence/", views.entry_attachment, name="entry-evidence"),
    path("rollout/targets/", views.targets, name="targets"),
]
