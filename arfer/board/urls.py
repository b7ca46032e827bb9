from django.urls import path

from . import meeting_views, pack_views, views, workstream_views

app_name = "board"

urlpatterns = [
    path("board/", views.dashboard, name="dashboard"),
    path("board/gaps/coverage/", views.coverage, name="coverage"),
    path("board/gaps/boundaries/", views.boundaries, name="boundaries"),
    path("board/gaps/network/", views.network, name="network"),
    path("board/gaps/prevention/", views.prevention, name="prevention"),
    path("board/meetings/", meeting_views.meetings, name="meetings"),
    path("board/meetings/new/", meeting_views.new_meeting, name="new-meeting"),
    path("board/meetings/<int:pk>/", meeting_views.meeting_detail, name="meeting"),
    path("board/meetings/<int:pk>/edit/", meeting_views.edit_meeting, name="edit-meeting"),
    path("board/meetings/<int:pk>/pack/", pack_views.pack, name="pack"),
    path("board/meetings/<int:pk>/pack.pdf", pack_views.pack_pdf, name="pack-pdf"),
    path("board/meetings/<int:pk>/attendance/", meeting_views.attendance, name="attendance"),
    path("board/meetings/<int:pk>/papers/", meeting_views.add_paper, name="add-paper"),
    path(
        "board/meetings/<int:pk>/papers/<int:paper_pk>/remove/",
        meeting_views.remove_paper,
        name="remove-paper",
    ),
    path("board/meetings/<int:pk>/decisions/", meeting_views.add_decision, name="add-decision"),
    path(
        "board/meetings/<int:pk>/decisions/<int:decision_pk>/remove/",
        meeting_views.remove_decision,
        name="remove-decision",
    ),
    path("board/meetings/<int:pk>/actions/new/", meeting_views.new_action, name="new-action"),
    path("board/actions/", meeting_views.action_log, name="actions"),
    path("board/actions/<int:pk>/", meeting_views.action_detail, name="action"),
    path("board/actions/<int:pk>/history/", meeting_views.action_history, name="action-history"),
    path(
        "board/actions/<int:pk>/history.csv",
        meeting_views.action_history_csv,
        name="action-history-csv",
    ),
    path("board/actions/<int:pk>/close/", meeting_views.close_action, name="close-action"),
    path("board/actions/<int:pk>/reopen/", meeting_views.reopen_action, name="reopen-action"),
    path("board/workstreams/", workstream_views.workstreams, name="workstreams"),
    path("board/workstreams/new/", workstream_views.new_workstream, name="new-workstream"),
    path("board/workstreams/<slug:slug>/", workstream_views.workstream_detail, name="workstream"),
    path(
        "board/workstreams/<slug:slug>/edit/",
        workstream_views.edit_workstream,
        name="edit-workstream",
    ),
    path(
        "board/workstreams/<slug:slug>/practices/",
        workstream_views.assign_practice,
        name="assign-practice",
    ),
    path(
        "board/workstreams/<slug:slug>/practices/<slug:practice_slug>/remove/",
        workstream_views.unassign_practice,
        name="unassign-practice",
    ),
    path(
        "board/workstreams/<slug:slug>/targets/",
        workstream_views.set_target,
        name="set-workstream-target",
    ),
    path("programme/", views.at_a_glance, name="at-a-glance"),
    path("programme/summits/<int:pk>/", views.summit, name="summit"),
]
