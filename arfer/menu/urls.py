from django.urls import path

from . import attachment_views, editing_views, question_views, views

app_name = "menu"
urlpatterns = [
    path("", views.practice_list, name="practices"),
    # Fixed words come before <slug>: editing.RESERVED_SLUGS keeps practices off them.
    path("share/", editing_views.share_practice, name="share"),
    path("review/", editing_views.review_queue, name="review-queue"),
    path("review/welsh/", editing_views.translation_queue, name="translation-queue"),
    path("<slug:slug>/", views.practice_detail, name="practice"),
    path("<slug:slug>/edit/", editing_views.check_answers, name="check-answers"),
    path("<slug:slug>/edit/partners/", editing_views.change_partners, name="partners"),
    path("<slug:slug>/edit/<slug:step>/", editing_views.edit_step, name="edit-step"),
    path("<slug:slug>/submit/", editing_views.submit, name="submit"),
    path("<slug:slug>/revise/", editing_views.revise, name="revise"),
    path("<slug:slug>/review/", editing_views.review, name="review"),
    path("<slug:slug>/request-welsh/", editing_views.request_welsh, name="request-welsh"),
    path("<slug:slug>/history/", editing_views.history, name="history"),
    path("<slug:slug>/history.csv", editing_views.history_csv, name="history-csv"),
    path("<slug:slug>/follow/", views.follow, name="follow"),
    path("<slug:slug>/unfollow/", views.unfollow, name="unfollow"),
    path("<slug:slug>/ask/", question_views.ask, name="ask"),
    path(
        "<slug:slug>/questions/<int:question_id>/answer/",
        question_views.answer,
        name="answer",
    ),
    path("<slug:slug>/documents/", attachment_views.attachments, name="attachments"),
    path(
        "<slug:slug>/documents/<int:attachment_id>/",
        attachment_views.download,
        name="attachment",
    ),
    path(
        "<slug:slug>/documents/<int:attachment_id>/remove/",
        attachment_views.remove_attachment,
        name="remove-attachment",
    ),
]
