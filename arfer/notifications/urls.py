from django.urls import path

from . import views

# Under /account/notifications/ (arfer/urls.py): the addresses are those of the e-mails already
# sent, whose unsubscribe links must keep working.
app_name = "notifications"
urlpatterns = [
    path("", views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
