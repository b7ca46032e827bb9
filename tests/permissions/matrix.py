"""The permission matrix: every URL and method, for every role, with the designed status.

Each row: URL name, a function from the test world to the path, the method, and the statuses
for the roles in ROLES order. "own" objects belong to the body that viewer, editor and body_admin
are members of; outsider edits for another body. A POST carries no form data: it shows what a
role may reach, not what a valid form does (that is tested beside each feature).

Adding a URL without a row here fails tests/permissions/test_matrix.py.
"""

ROLES = [
    "anonymous",
    "viewer",
    "editor",
    "body_admin",
    "outsider",
    "moderator",
    "board",
    "programme_admin",
]

OWN_BODY = "carmarthenshire-county-council"


def _unsubscribe_path(world):
    from arfer.accounts.delivery import unsubscribe_token

    return (
        "/account/notifications/unsubscribe/"
        f"{unsubscribe_token(world['people']['editor'], 'practice_reviewed')}/"
    )


def _adoption(world, which, action=""):
    return f"/rollout/adoptions/{world[which].pk}/{action}"


def _entry(world, which, action=""):
    return f"/rollout/savings/{world[which].pk}/{action}"


def _import_run(world, action=""):
    """An import run the editor uploaded (made inside the case, so rolled back with it)."""
    from arfer.imports.models import ImportRun

    run = ImportRun.objects.create(
        kind="adoptions",
        file_path="x.csv",
        original_name="x.csv",
        uploaded_by=world["people"]["editor"],
    )
    return f"/imports/{run.pk}/{action}"


# The board's pages: who reads them (the board and programme team) and who changes them.
BOARD_ONLY = "302 404 404 404 404 200 200 200"
TEAM = "302 404 404 404 404 200 403 200"
TEAM_INVALID = "302 404 404 404 404 400 403 400"
ADMIN = "302 404 404 404 404 403 403 200"
ADMIN_INVALID = "302 404 404 404 404 403 403 400"
SIGNED_IN_405 = "302 405 405 405 405 405 405 405"
# Keeping the directory of bodies: programme admins only, hidden from everyone else. An empty
# POST shows the form again with its errors.
DIRECTORY_ADMIN = "302 404 404 404 404 404 404 200"


def _meeting(world, action=""):
    return f"/board/meetings/{world['meeting'].pk}/{action}"


def _workstream(world, action=""):
    return f"/board/workstreams/{world['workstream'].slug}/{action}"


def _member_path(world, action):
    return f"/account/bodies/{OWN_BODY}/members/{world['member'].pk}/{action}/"


def _token_path(world):
    return f"/account/tokens/{world['editor_token'].pk}/revoke/"


#         anonymous viewer editor body_admin outsider moderator board programme_admin
MATRIX = [
    ("health", lambda w: "/healthz", "GET", "200 200 200 200 200 200 200 200"),
    ("home", lambda w: "/", "GET", "200 200 200 200 200 200 200 200"),
    ("menu:practices", lambda w: "/practices/", "GET", "200 200 200 200 200 200 200 200"),
    ("menu:practices", lambda w: "/practices/", "POST", "405 405 405 405 405 405 405 405"),
    ("menu:practice", lambda w: "/practices/published/", "GET", "200 200 200 200 200 200 200 200"),
    ("menu:practice", lambda w: "/practices/own-draft/", "GET", "404 200 200 200 404 200 200 200"),
    ("menu:share", lambda w: "/practices/share/", "GET", "302 200 200 200 200 200 200 200"),
    ("menu:share", lambda w: "/practices/share/", "POST", "302 200 200 200 200 200 200 200"),
    ("menu:review-queue", lambda w: "/practices/review/", "GET", "302 404 404 404 404 200 404 200"),
    (
        "menu:check-answers",
        lambda w: "/practices/own-draft/edit/",
        "GET",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "menu:edit-step",
        lambda w: "/practices/own-draft/edit/about/",
        "GET",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "menu:edit-step",
        lambda w: "/practices/own-draft/edit/about/",
        "POST",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "menu:edit-step",
        lambda w: "/practices/published/edit/about/",
        "GET",
        "302 403 403 403 403 403 403 403",
    ),
    (
        "menu:partners",
        lambda w: "/practices/own-draft/edit/partners/",
        "GET",
        "302 405 405 405 405 405 405 405",
    ),
    # An empty form is answered on the page, with its errors.
    (
        "menu:partners",
        lambda w: "/practices/own-draft/edit/partners/",
        "POST",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "menu:submit",
        lambda w: "/practices/own-draft/submit/",
        "GET",
        "302 405 405 405 405 405 405 405",
    ),
    (
        "menu:submit",
        lambda w: "/practices/own-draft/submit/",
        "POST",
        "302 403 302 302 404 302 403 302",
    ),
    (
        "menu:revise",
        lambda w: "/practices/published/revise/",
        "GET",
        "302 405 405 405 405 405 405 405",
    ),
    (
        "menu:revise",
        lambda w: "/practices/published/revise/",
        "POST",
        "302 403 302 302 403 302 403 302",
    ),
    (
        "menu:review",
        lambda w: "/practices/own-submitted/review/",
        "GET",
        "302 404 404 404 404 200 404 200",
    ),
    (
        "menu:review",
        lambda w: "/practices/own-submitted/review/",
        "POST",
        "302 404 404 404 404 200 404 200",
    ),
    (
        "menu:review",
        lambda w: "/practices/own-draft/review/",
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    (
        "menu:history",
        lambda w: "/practices/own-draft/history/",
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    (
        "menu:history",
        lambda w: "/practices/published/history/",
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    # The rollout. Stages of published practices are public; records are seen by the bodies
    # concerned (adopter and lead) and the programme; changed by the adopter's editors and the
    # programme team. "own_*" is the own body adopting; "incoming_*" another body adopting the
    # own body's practice.
    (
        "rollout:practice-rollout",
        lambda w: "/practices/published/rollout/",
        "GET",
        "200 200 200 200 200 200 200 200",
    ),
    (
        "rollout:practice-rollout",
        lambda w: "/practices/published/rollout/",
        "POST",
        "405 405 405 405 405 405 405 405",
    ),
    (
        "rollout:practice-rollout",
        lambda w: "/practices/own-draft/rollout/",
        "GET",
        "404 200 200 200 404 200 200 200",
    ),
    (
        "rollout:adopt",
        lambda w: "/practices/other-published/adopt/",
        "GET",
        "302 403 200 200 200 200 403 200",
    ),
    # An empty form is shown again with its errors.
    (
        "rollout:adopt",
        lambda w: "/practices/other-published/adopt/",
        "POST",
        "302 403 200 200 200 200 403 200",
    ),
    # A body cannot adopt its own practice.
    (
        "rollout:adopt",
        lambda w: "/practices/published/adopt/",
        "GET",
        "302 403 403 403 200 200 403 200",
    ),
    (
        "rollout:adopt",
        lambda w: "/practices/own-draft/adopt/",
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    (
        "rollout:own-saving",
        lambda w: "/practices/published/savings/new/",
        "GET",
        "302 403 200 200 403 200 403 200",
    ),
    (
        "rollout:own-saving",
        lambda w: "/practices/published/savings/new/",
        "POST",
        "302 403 200 200 403 200 403 200",
    ),
    ("rollout:register", lambda w: "/rollout/adoptions/", "GET", "302 200 200 200 200 200 200 200"),
    (
        "rollout:register",
        lambda w: "/rollout/adoptions/",
        "POST",
        "302 405 405 405 405 405 405 405",
    ),
    (
        "rollout:register-export",
        lambda w: "/rollout/adoptions/export.csv",
        "GET",
        "302 200 200 200 200 200 200 200",
    ),
    (
        "rollout:register-export",
        lambda w: "/rollout/adoptions/export.xlsx",
        "GET",
        "302 200 200 200 200 200 200 200",
    ),
    (
        "rollout:register-export",
        lambda w: "/rollout/adoptions/export.pdf",
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    (
        "rollout:adoption",
        lambda w: _adoption(w, "own_adoption"),
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    (
        "rollout:adoption",
        lambda w: _adoption(w, "incoming_adoption"),
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    (
        "rollout:adoption",
        lambda w: _adoption(w, "own_adoption"),
        "POST",
        "302 405 405 405 405 405 405 405",
    ),
    (
        "rollout:adoption-edit",
        lambda w: _adoption(w, "own_adoption", "edit/"),
        "GET",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "rollout:adoption-edit",
        lambda w: _adoption(w, "own_adoption", "edit/"),
        "POST",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "rollout:adoption-edit",
        lambda w: _adoption(w, "incoming_adoption", "edit/"),
        "GET",
        "302 403 403 403 404 200 403 200",
    ),
    (
        "rollout:adoption-stage",
        lambda w: _adoption(w, "own_adoption", "stage/"),
        "GET",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "rollout:adoption-stage",
        lambda w: _adoption(w, "own_adoption", "stage/"),
        "POST",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "rollout:adoption-stage",
        lambda w: _adoption(w, "incoming_adoption", "stage/"),
        "POST",
        "302 403 403 403 404 200 403 200",
    ),
    (
        "rollout:adoption-saving",
        lambda w: _adoption(w, "own_adoption", "savings/new/"),
        "GET",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "rollout:adoption-saving",
        lambda w: _adoption(w, "own_adoption", "savings/new/"),
        "POST",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "rollout:adoption-saving",
        lambda w: _adoption(w, "incoming_adoption", "savings/new/"),
        "GET",
        "302 403 403 403 404 200 403 200",
    ),
    ("rollout:ledger", lambda w: "/rollout/savings/", "GET", "302 200 200 200 200 200 200 200"),
    ("rollout:ledger", lambda w: "/rollout/savings/", "POST", "302 405 405 405 405 405 405 405"),
    (
        "rollout:ledger-export",
        lambda w: "/rollout/savings/export.csv",
        "GET",
        "302 200 200 200 200 200 200 200",
    ),
    (
        "rollout:ledger-export",
        lambda w: "/rollout/savings/export.xlsx",
        "GET",
        "302 200 200 200 200 200 200 200",
    ),
    ("rollout:entry", lambda w: _entry(w, "own_entry"), "GET", "302 200 200 200 404 200 200 200"),
    (
        "rollout:entry",
        lambda w: _entry(w, "incoming_entry"),
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    ("rollout:entry", lambda w: _entry(w, "own_entry"), "POST", "302 405 405 405 405 405 405 405"),
    (
        "rollout:entry-edit",
        lambda w: _entry(w, "own_entry", "edit/"),
        "GET",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "rollout:entry-edit",
        lambda w: _entry(w, "own_entry", "edit/"),
        "POST",
        "302 403 200 200 404 200 403 200",
    ),
    (
        "rollout:entry-edit",
        lambda w: _entry(w, "incoming_entry", "edit/"),
        "GET",
        "302 403 403 403 404 200 403 200",
    ),
    (
        "rollout:entry-verify",
        lambda w: _entry(w, "own_entry", "verify/"),
        "GET",
        "302 405 405 405 405 405 405 405",
    ),
    # Only moderators (and programme admins) verify; an empty form is shown again.
    (
        "rollout:entry-verify",
        lambda w: _entry(w, "own_entry", "verify/"),
        "POST",
        "302 403 403 403 404 200 403 200",
    ),
    # No file was attached to this entry.
    (
        "rollout:entry-evidence",
        lambda w: _entry(w, "own_entry", "evidence/"),
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    ("rollout:targets", lambda w: "/rollout/targets/", "GET", "302 404 404 404 404 200 200 200"),
    ("rollout:targets", lambda w: "/rollout/targets/", "POST", "302 404 404 404 404 403 403 200"),
    ("directory:bodies", lambda w: "/bodies/", "GET", "200 200 200 200 200 200 200 200"),
    ("directory:body", lambda w: f"/bodies/{OWN_BODY}/", "GET", "200 200 200 200 200 200 200 200"),
    (
        "directory:body-history",
        lambda w: f"/bodies/{OWN_BODY}/history/",
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    ("directory:add-body", lambda w: "/bodies/new/", "GET", DIRECTORY_ADMIN),
    ("directory:add-body", lambda w: "/bodies/new/", "POST", DIRECTORY_ADMIN),
    ("directory:edit-body", lambda w: f"/bodies/{OWN_BODY}/edit/", "GET", DIRECTORY_ADMIN),
    ("directory:edit-body", lambda w: f"/bodies/{OWN_BODY}/edit/", "POST", DIRECTORY_ADMIN),
    (
        "directory:edit-body",
        lambda w: "/bodies/no-such-body/edit/",
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    ("directory:retire-body", lambda w: f"/bodies/{OWN_BODY}/retire/", "GET", DIRECTORY_ADMIN),
    ("directory:retire-body", lambda w: f"/bodies/{OWN_BODY}/retire/", "POST", DIRECTORY_ADMIN),
    (
        "directory:retire-body",
        lambda w: "/bodies/no-such-body/retire/",
        "POST",
        "302 404 404 404 404 404 404 404",
    ),
    ("accounts:account", lambda w: "/account/", "GET", "302 200 200 200 200 200 200 200"),
    ("accounts:account", lambda w: "/account/", "POST", "405 405 405 405 405 405 405 405"),
    (
        "accounts:notifications",
        lambda w: "/account/notifications/",
        "GET",
        "302 200 200 200 200 200 200 200",
    ),
    # An empty form is shown again with its errors.
    (
        "accounts:notifications",
        lambda w: "/account/notifications/",
        "POST",
        "302 200 200 200 200 200 200 200",
    ),
    # The signed link is the credential: the same page whoever is signed in, or nobody.
    ("accounts:unsubscribe", _unsubscribe_path, "GET", "200 200 200 200 200 200 200 200"),
    ("accounts:unsubscribe", _unsubscribe_path, "POST", "200 200 200 200 200 200 200 200"),
    (
        "accounts:unsubscribe",
        lambda w: "/account/notifications/unsubscribe/not-a-token/",
        "GET",
        "404 404 404 404 404 404 404 404",
    ),
    (
        "accounts:unsubscribe",
        lambda w: "/account/notifications/unsubscribe/not-a-token/",
        "POST",
        "404 404 404 404 404 404 404 404",
    ),
    # Signed-in people are sent on to their account.
    ("accounts:sign-in", lambda w: "/account/sign-in/", "GET", "200 302 302 302 302 302 302 302"),
    ("accounts:sign-in", lambda w: "/account/sign-in/", "POST", "200 302 302 302 302 302 302 302"),
    # Only reachable between password and code: everyone else starts again.
    (
        "accounts:sign-in-code",
        lambda w: "/account/sign-in/code/",
        "GET",
        "302 302 302 302 302 302 302 302",
    ),
    (
        "accounts:sign-in-code",
        lambda w: "/account/sign-in/code/",
        "POST",
        "302 302 302 302 302 302 302 302",
    ),
    ("accounts:sign-out", lambda w: "/account/sign-out/", "GET", "405 405 405 405 405 405 405 405"),
    (
        "accounts:sign-out",
        lambda w: "/account/sign-out/",
        "POST",
        "302 302 302 302 302 302 302 302",
    ),
    ("accounts:password", lambda w: "/account/password/", "GET", "302 200 200 200 200 200 200 200"),
    (
        "accounts:password",
        lambda w: "/account/password/",
        "POST",
        "302 200 200 200 200 200 200 200",
    ),
    # Without two-factor set up, the status page sends people to set it up.
    (
        "accounts:two-factor",
        lambda w: "/account/two-factor/",
        "GET",
        "302 302 302 302 302 200 200 200",
    ),
    (
        "accounts:two-factor-set-up",
        lambda w: "/account/two-factor/set-up/",
        "GET",
        "302 200 200 200 200 302 302 302",
    ),
    (
        "accounts:two-factor-set-up",
        lambda w: "/account/two-factor/set-up/",
        "POST",
        "302 200 200 200 200 302 302 302",
    ),
    # Recovery codes are shown once, straight after they are made.
    (
        "accounts:two-factor-recovery-codes",
        lambda w: "/account/two-factor/recovery-codes/",
        "GET",
        "302 302 302 302 302 302 302 302",
    ),
    (
        "accounts:two-factor-new-codes",
        lambda w: "/account/two-factor/recovery-codes/new/",
        "GET",
        "302 302 302 302 302 200 200 200",
    ),
    (
        "accounts:two-factor-new-codes",
        lambda w: "/account/two-factor/recovery-codes/new/",
        "POST",
        "302 302 302 302 302 200 200 200",
    ),
    # Privileged roles may not turn it off.
    (
        "accounts:two-factor-turn-off",
        lambda w: "/account/two-factor/turn-off/",
        "GET",
        "302 302 302 302 302 403 403 403",
    ),
    (
        "accounts:two-factor-turn-off",
        lambda w: "/account/two-factor/turn-off/",
        "POST",
        "302 302 302 302 302 403 403 403",
    ),
    # Everyone signed in has API tokens of their own (privileged roles once two-factor sign-in
    # is set up); an empty form is shown again with its errors. Only the editor owns the token:
    # anyone else's answers 404, whatever their role.
    ("accounts:tokens", lambda w: "/account/tokens/", "GET", "302 200 200 200 200 200 200 200"),
    ("accounts:tokens", lambda w: "/account/tokens/", "POST", "302 200 200 200 200 200 200 200"),
    ("accounts:revoke-token", _token_path, "GET", "302 404 200 404 404 404 404 404"),
    ("accounts:revoke-token", _token_path, "POST", "302 404 302 404 404 404 404 404"),
    (
        "accounts:revoke-token",
        lambda w: "/account/tokens/999999/revoke/",
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    (
        "accounts:invitation",
        lambda w: "/account/invitations/no-such-token/",
        "GET",
        "404 404 404 404 404 404 404 404",
    ),
    (
        "accounts:invitation",
        lambda w: "/account/invitations/no-such-token/",
        "POST",
        "404 404 404 404 404 404 404 404",
    ),
    (
        "accounts:members",
        lambda w: f"/account/bodies/{OWN_BODY}/members/",
        "GET",
        "302 200 200 200 404 404 404 200",
    ),
    (
        "accounts:members",
        lambda w: f"/account/bodies/{OWN_BODY}/members/",
        "POST",
        "405 405 405 405 405 405 405 405",
    ),
    (
        "accounts:members",
        lambda w: "/account/bodies/gwynedd-council/members/",
        "GET",
        "302 404 404 404 200 404 404 200",
    ),
    (
        "accounts:invite",
        lambda w: f"/account/bodies/{OWN_BODY}/members/invite/",
        "GET",
        "302 403 403 200 404 404 404 200",
    ),
    (
        "accounts:invite",
        lambda w: f"/account/bodies/{OWN_BODY}/members/invite/",
        "POST",
        "302 403 403 200 404 404 404 200",
    ),
    (
        "accounts:change-role",
        lambda w: _member_path(w, "role"),
        "GET",
        "302 403 403 200 404 404 404 200",
    ),
    (
        "accounts:change-role",
        lambda w: _member_path(w, "role"),
        "POST",
        "302 403 403 200 404 404 404 200",
    ),
    (
        "accounts:remove-member",
        lambda w: _member_path(w, "remove"),
        "GET",
        "302 403 403 200 404 404 404 200",
    ),
    (
        "accounts:remove-member",
        lambda w: _member_path(w, "remove"),
        "POST",
        "302 403 403 302 404 404 404 302",
    ),
    (
        "accounts:cancel-invitation",
        lambda w: f"/account/bodies/{OWN_BODY}/invitations/999/cancel/",
        "GET",
        "405 405 405 405 405 405 405 405",
    ),
    (
        "accounts:cancel-invitation",
        lambda w: f"/account/bodies/{OWN_BODY}/invitations/999/cancel/",
        "POST",
        "302 404 404 404 404 404 404 404",
    ),
    # The board's business: board members and the programme team read it (everyone else finds
    # nothing); the programme team records meetings and actions; programme admins manage
    # workstreams. The public sees the programme at a glance and published summit summaries.
    ("board:dashboard", lambda w: "/board/", "GET", BOARD_ONLY),
    ("board:coverage", lambda w: "/board/gaps/coverage/", "GET", BOARD_ONLY),
    ("board:coverage", lambda w: "/board/gaps/coverage/?threshold=abc&by=x", "GET", BOARD_ONLY),
    ("board:boundaries", lambda w: "/board/gaps/boundaries/", "GET", BOARD_ONLY),
    ("board:network", lambda w: "/board/gaps/network/", "GET", BOARD_ONLY),
    ("board:prevention", lambda w: "/board/gaps/prevention/", "GET", BOARD_ONLY),
    ("board:meetings", lambda w: "/board/meetings/", "GET", BOARD_ONLY),
    ("board:meetings", lambda w: "/board/meetings/", "POST", SIGNED_IN_405),
    ("board:new-meeting", lambda w: "/board/meetings/new/", "GET", TEAM),
    ("board:new-meeting", lambda w: "/board/meetings/new/", "POST", TEAM),
    ("board:meeting", lambda w: _meeting(w), "GET", BOARD_ONLY),
    (
        "board:meeting",
        lambda w: "/board/meetings/999999/",
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    ("board:edit-meeting", lambda w: _meeting(w, "edit/"), "GET", TEAM),
    ("board:edit-meeting", lambda w: _meeting(w, "edit/"), "POST", TEAM),
    ("board:attendance", lambda w: _meeting(w, "attendance/"), "GET", TEAM),
    (
        "board:attendance",
        lambda w: _meeting(w, "attendance/"),
        "POST",
        "302 404 404 404 404 302 403 302",
    ),
    ("board:add-paper", lambda w: _meeting(w, "papers/"), "POST", TEAM_INVALID),
    ("board:remove-paper", lambda w: _meeting(w, f"papers/{w['paper'].pk}/remove/"), "GET", TEAM),
    (
        "board:remove-paper",
        lambda w: _meeting(w, f"papers/{w['paper'].pk}/remove/"),
        "POST",
        "302 404 404 404 404 302 403 302",
    ),
    ("board:add-decision", lambda w: _meeting(w, "decisions/"), "POST", TEAM_INVALID),
    (
        "board:remove-decision",
        lambda w: _meeting(w, f"decisions/{w['decision'].pk}/remove/"),
        "GET",
        TEAM,
    ),
    (
        "board:remove-decision",
        lambda w: _meeting(w, f"decisions/{w['decision'].pk}/remove/"),
        "POST",
        "302 404 404 404 404 302 403 302",
    ),
    ("board:new-action", lambda w: _meeting(w, "actions/new/"), "GET", TEAM),
    ("board:new-action", lambda w: _meeting(w, "actions/new/"), "POST", TEAM),
    ("board:pack", lambda w: _meeting(w, "pack/"), "GET", BOARD_ONLY),
    ("board:pack-pdf", lambda w: _meeting(w, "pack.pdf"), "GET", BOARD_ONLY),
    ("board:actions", lambda w: "/board/actions/", "GET", BOARD_ONLY),
    ("board:action", lambda w: f"/board/actions/{w['action'].pk}/", "GET", BOARD_ONLY),
    ("board:action", lambda w: f"/board/actions/{w['action'].pk}/", "POST", TEAM),
    (
        "board:close-action",
        lambda w: f"/board/actions/{w['action'].pk}/close/",
        "POST",
        TEAM_INVALID,
    ),
    (
        "board:reopen-action",
        lambda w: f"/board/actions/{w['action'].pk}/reopen/",
        "POST",
        TEAM_INVALID,
    ),
    ("board:workstreams", lambda w: "/board/workstreams/", "GET", BOARD_ONLY),
    ("board:new-workstream", lambda w: "/board/workstreams/new/", "GET", ADMIN),
    ("board:new-workstream", lambda w: "/board/workstreams/new/", "POST", ADMIN),
    ("board:workstream", lambda w: _workstream(w), "GET", BOARD_ONLY),
    ("board:edit-workstream", lambda w: _workstream(w, "edit/"), "GET", ADMIN),
    ("board:edit-workstream", lambda w: _workstream(w, "edit/"), "POST", ADMIN),
    ("board:assign-practice", lambda w: _workstream(w, "practices/?q=published"), "GET", ADMIN),
    ("board:assign-practice", lambda w: _workstream(w, "practices/"), "POST", ADMIN_INVALID),
    (
        "board:unassign-practice",
        lambda w: _workstream(w, "practices/published/remove/"),
        "GET",
        ADMIN,
    ),
    (
        "board:unassign-practice",
        lambda w: _workstream(w, "practices/published/remove/"),
        "POST",
        "302 404 404 404 404 403 403 302",
    ),
    ("board:set-workstream-target", lambda w: _workstream(w, "targets/"), "POST", ADMIN_INVALID),
    ("board:at-a-glance", lambda w: "/programme/", "GET", "200 200 200 200 200 200 200 200"),
    (
        "board:summit",
        lambda w: f"/programme/summits/{w['summit'].pk}/",
        "GET",
        "200 200 200 200 200 200 200 200",
    ),
    (
        "board:summit",
        lambda w: f"/programme/summits/{w['meeting'].pk}/",
        "GET",
        "404 404 404 404 404 404 404 404",
    ),
    # Open data: published content only, for everyone.
    ("opendata:index", lambda w: "/data/", "GET", "200 200 200 200 200 200 200 200"),
    ("opendata:index", lambda w: "/data/", "POST", "405 405 405 405 405 405 405 405"),
    ("opendata:dataset", lambda w: "/data/practices/", "GET", "200 200 200 200 200 200 200 200"),
    ("opendata:dataset", lambda w: "/data/nothing/", "GET", "404 404 404 404 404 404 404 404"),
    ("opendata:download", lambda w: "/data/savings.csv", "GET", "200 200 200 200 200 200 200 200"),
    (
        "opendata:download",
        lambda w: "/data/savings.json",
        "POST",
        "405 405 405 405 405 405 405 405",
    ),
    (
        "opendata:bundle",
        lambda w: "/data/arfer-open-data.sqlite",
        "GET",
        "200 200 200 200 200 200 200 200",
    ),
    # The API's reference page (the API itself has its own matrix: api_matrix.py).
    ("api-reference:reference", lambda w: "/api/", "GET", "200 200 200 200 200 200 200 200"),
    ("api-reference:reference", lambda w: "/api/", "POST", "405 405 405 405 405 405 405 405"),
    ("api-docs", lambda w: "/api/v1/docs", "GET", "302 302 302 302 302 302 302 302"),
    # Bulk imports: the programme team and body editors upload; a run is seen by the person
    # who uploaded it and by programme admins. The templates hold no data: public.
    ("imports:index", lambda w: "/imports/", "GET", "302 404 200 200 200 200 404 200"),
    # An empty form is shown again with its errors.
    ("imports:index", lambda w: "/imports/", "POST", "302 404 200 200 200 200 404 200"),
    ("imports:run", lambda w: _import_run(w), "GET", "302 404 200 404 404 404 404 200"),
    ("imports:run", lambda w: _import_run(w), "POST", SIGNED_IN_405),
    (
        "imports:problems",
        lambda w: _import_run(w, "problems.csv"),
        "GET",
        "302 404 200 404 404 404 404 200",
    ),
    (
        "imports:template",
        lambda w: "/imports/templates/practices.csv",
        "GET",
        "200 200 200 200 200 200 200 200",
    ),
    (
        "imports:template",
        lambda w: "/imports/templates/nothing.xlsx",
        "GET",
        "404 404 404 404 404 404 404 404",
    ),
    # The back office signs in through Arfer's own sign-in, with two-factor sign-in.
    ("admin-sign-in", lambda w: "/admin/login/", "GET", "302 302 302 302 302 302 302 302"),
]
