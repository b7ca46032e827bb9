from django.urls import path

from . import member_views, token_views, two_factor_views, views

app_name = "accounts"
urlpatterns = [
    path("", views.account, name="account"),
    path("sign-in/", views.SignInView.as_view(), name="sign-in"),
    path("sign-in/code/", views.sign_in_code, name="sign-in-code"),
    path("sign-out/", views.SignOutView.as_view(), name="sign-out"),
    path("password/", views.PasswordChangeView.as_view(), name="password"),
    path("email-language/", views.email_language, name="email-language"),
    path("two-factor/", two_factor_views.status, name="two-factor"),
    path("two-factor/set-up/", two_factor_views.set_up, name="two-factor-set-up"),
    path(
        "two-factor/recovery-codes/",
        two_factor_views.recovery_codes,
        name="two-factor-recovery-codes",
    ),
    path(
        "two-factor/recovery-codes/new/",
        two_factor_views.new_recovery_codes,
        name="two-factor-new-codes",
    ),
    path("two-factor/turn-off/", two_factor_views.turn_off, name="two-factor-turn-off"),
    path("tokens/", token_views.token_list, name="tokens"),
    path("tokens/<int:pk>/revoke/", token_views.revoke_token, name="revoke-token"),
    path("invitations/<slug:token>/", member_views.invitation, name="invitation"),
    path("bodies/<slug:slug>/members/", member_views.members, name="members"),
    path("bodies/<slug:slug>/members/invite/", member_views.invite, name="invite"),
    path("bodies/<slug:slug>/members/<int:pk>/role/", member_views.change_role, name="change-role"),
    path("bodies/<slug:slug>/members/<int:pk>/remove/", member_views.remove, name="remove-member"),
    path(
        "bodies/<slug:slug>/invitations/<int:pk>/cancel/",
        member_views.cancel_invitation,
        name="cancel-invitation",
    ),
]
