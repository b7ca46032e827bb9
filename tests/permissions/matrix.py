"""The permission matrix: every URL and method, for every role, with the designed status.

A row (`Row`): the URL name, a function from the test world to the path, the method, the
statuses for the roles in ROLES order and, for a POST, `Valid` form data: what someone allowed
to do it would post (`data`, a function of the world) and a reading of the state that POST
changes (`changes`: a count, a field, a record's history), taken before and after the request.
A POST row without `Valid` posts no data at all.

A status ending in "+" (DONE) is a request that takes effect: the reading must change. Any other
answer (a redirect to sign in or elsewhere, 403, 404, 405, the form shown again with its errors)
must leave the reading as it was, and the number of rows in every table of Arfer's apps (their
history, the audit trail, included); it is then asked again in Welsh, with the same data.

"own" objects belong to the body that viewer, editor and body_admin are members of; outsider
edits for another body.

Adding a URL without a row here fails tests/permissions/test_matrix.py, and so does a view that
takes a POST without a row posting valid data to it (NO_FORM lists those with nothing to post).
"""

import datetime
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from arfer.accounts import sign_in, totp
from arfer.accounts.models import (
    ApiToken,
    Invitation,
    Membership,
    RecoveryCode,
    TwoFactorDevice,
    User,
)
from arfer.accounts.two_factor_views import SET_UP_SECRET_KEY
from arfer.board.models import Action, Decision, Meeting, Paper, Workstream, WorkstreamPractice
from arfer.core.dates import as_posted
from arfer.core.stale import latest_history_id
from arfer.directory.models import Body
from arfer.imports.models import ImportRun
from arfer.menu.attachment_models import PracticeAttachment
from arfer.menu.models import (
    Practice,
    PracticeFollow,
    PracticePartner,
    ReviewCriterion,
    WelshTextRequest,
)
from arfer.menu.question_models import PracticeQuestion
from arfer.notifications.models import NotificationPreference
from arfer.rollout.models import Adoption, LedgerEntry, SavingsTarget

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
OTHER_BODY = "gwynedd-council"
# Marks a status whose request takes effect.
DONE = "+"


@dataclass(frozen=True)
class Valid:
    """The valid form data of a POST row, and how to see whether it took effect. Both are
    needed: a row cannot post valid data without saying what the POST changes."""

    # The POST data (called afresh for every request: an uploaded file is read once).
    data: Callable[[dict], dict]
    # A reading of the state the POST changes, compared before and after it.
    changes: Callable[[dict], object]
    # What an earlier page would have left in the session (a secret being set up).
    session: Callable[[dict], dict] | None = None


class Row(NamedTuple):
    name: str
    path: Callable[[dict], str]
    method: str
    statuses: str
    valid: Valid | None = None


# Views that accept a POST with nothing valid to post to them (test_matrix.py checks that every
# other one has a row with `Valid` data).
NO_FORM = {
    "admin-sign-in": "a redirect or a refusal, whatever the method",
    "api-docs": "a redirect, whatever the method",
}


# Readings of what a POST changes --------------------------------------------------------------


def _count(model, **lookup):
    return lambda w: model.objects.filter(**lookup).count()


def _values(model, *fields, **lookup):
    """The fields of the matching rows, in the order they were made."""
    return lambda w: list(model.objects.filter(**lookup).order_by("pk").values_list(*fields))


def _fields_of(key, *fields):
    """Fields of one object of the world, read again from the database."""
    return lambda w: list(type(w[key])._base_manager.filter(pk=w[key].pk).values_list(*fields))


def _history_of(key):
    """How many history rows one object of the world has: every audited change adds one."""
    return lambda w: w[key].history.count()


def _practice(slug, *fields):
    return _values(Practice, *fields, slug=slug)


def _last_login(role):
    return lambda w: User.objects.get(pk=w["people"][role].pk).last_login


# Valid data ---------------------------------------------------------------------------------


def _body(slug=OWN_BODY) -> Body:
    return Body.objects.get(slug=slug)


def _version(slug) -> int:
    return Practice.objects.get(slug=slug).version


def _today() -> datetime.date:
    return timezone.localdate()


def _about_step(w):
    return {
        "version": _version("own-draft"),
        "title_en": "Own draft, renamed",
        "summary_en": "What the draft does, said again.",
    }


def _partner(w):
    return {"version": _version("own-draft"), "body": _body(OTHER_BODY).pk, "role": "delivery"}


def _publish(w):
    return {"decision": "publish", "criteria_met": list(ReviewCriterion.values)}


def _ask_for_changes(w):
    return {
        "decision": "changes",
        "criteria_met": ["evidence", "contact"],
        "reasons": "Say how the savings were measured.",
    }


def _adopt(w):
    return {"body": _body().pk, "stage": "exploring", **as_posted("changed_on", _today())}


def _decline(w):
    return {"body": _body().pk, "decline_reason": "capacity", "reason": "No team free this year."}


def _decline_under_way(w):
    return {**_decline(w), "version": Adoption.objects.get(pk=w["own_adoption"].pk).version}


def _saving(w, **fields):
    return {
        "financial_year": 2024,
        "quarter": 2,
        "certainty": "realised",
        "kind": "cashable",
        "recurrence": "one_off",
        "amount_pence": "1,250",
        **fields,
    }


def _adoption_details(w):
    return {
        "version": Adoption.objects.get(pk=w["own_adoption"].pk).version,
        "contact_name": "Adult services",
        **as_posted("target_date", "2026-03-31"),
    }


def _next_stage(which):
    return lambda w: {
        "version": Adoption.objects.get(pk=w[which].pk).version,
        "to_stage": "planning",
        **as_posted("changed_on", _today()),
    }


def _entry_change(w):
    entry = LedgerEntry.objects.get(pk=w["own_entry"].pk)
    return _saving(w, version=entry.version, quarter=entry.quarter, amount_pence="2,000")


def _verify(w):
    return {
        "version": LedgerEntry.objects.get(pk=w["own_entry"].pk).version,
        "verification": "verified",
    }


def _new_body(w):
    return {
        "name_en": "Valleys Community Trust",
        "sector": "third_sector",
        "kind": "county_voluntary_council",
        **as_posted("active_from", ""),
        **as_posted("active_to", ""),
    }


def _changed_body(w):
    """What the edit page posts for the own body, with its short name changed."""
    body = _body()
    data = {
        "name_en": body.name_en,
        "name_cy": body.name_cy,
        "short_name": "Sir Gâr",
        "sector": body.sector,
        "kind": body.kind,
        "gss_code": body.gss_code,
        "ods_code": body.ods_code,
        "website": body.website,
        "seen": latest_history_id(body),
        **as_posted("active_from", body.active_from or ""),
        **as_posted("active_to", body.active_to or ""),
    }
    for area in body.areas.all():
        data.setdefault(f"areas_{area.kind}", []).append(area.pk)
    return data


def _retired_body(w):
    return {"seen": latest_history_id(_body()), **as_posted("active_to", "2025-03-31")}


def _new_password(w):
    return {
        "old_password": w["password"],
        "new_password1": "another-long-unusual-passphrase",
        "new_password2": "another-long-unusual-passphrase",
    }


# The secret a person setting up two-factor sign-in has scanned (kept in their session).
SET_UP_SECRET = totp.new_secret()


def _code_now(secret: str) -> str:
    return totp.totp(totp.decode_secret(secret), time.time())


def _board_code(w):
    device = TwoFactorDevice.objects.get(user=w["people"]["board"])
    return {"code": _code_now(device.secret)}


def _board_waiting_for_code(w):
    """A sign-in left open by the board member's right password, waiting for the code."""
    return {
        sign_in.PENDING_KEY: {
            "user": w["people"]["board"].pk,
            "backend": "django.contrib.auth.backends.ModelBackend",
            "next": "",
            "started": time.time(),
            "wrong_codes": 0,
        }
    }


def _meeting_data(w, **fields):
    return {
        "kind": "board",
        "title_en": "Board meeting",
        **as_posted("date", "2024-05-01"),
        **fields,
    }


def _action_data(w, **fields):
    return {
        "text_en": "Report back",
        "owner_body": _body().pk,
        "owner_name": "Chief executive",
        "rag": "amber",
        **as_posted("due_date", "2024-07-01"),
        **fields,
    }


def _action_version(key):
    return lambda w: Action.objects.get(pk=w[key].pk).version


def _adoptions_file(w):
    rows = [
        "external_ref,practice,body,stage,stage_since",
        f"CARM-ADOPT-0001,not-yet-adopted,{OWN_BODY},exploring,01/04/2024",
    ]
    upload = SimpleUploadedFile("adoptions.csv", ("\r\n".join(rows) + "\r\n").encode())
    return {"kind": "adoptions", "file": upload}


# Paths --------------------------------------------------------------------------------------


def _unsubscribe_path(world):
    from arfer.notifications.delivery import unsubscribe_token

    return (
        "/account/notifications/unsubscribe/"
        f"{unsubscribe_token(world['people']['editor'], 'practice_reviewed')}/"
    )


def _adoption(world, which, action=""):
    return f"/rollout/adoptions/{world[which].pk}/{action}"


def _question(world, action="answer/"):
    return f"/practices/published/questions/{world['question'].pk}/{action}"


def _document(world, which, action=""):
    attachment = world[which]
    return f"/practices/{attachment.practice.slug}/documents/{attachment.pk}/{action}"


def _new_document(w):
    return {
        "title": "Contract",
        "kind": "contract",
        "upload": SimpleUploadedFile("contract.pdf", b"%PDF-1.7\n" + b"x" * 100),
    }


def _entry(world, which, action=""):
    return f"/rollout/savings/{world[which].pk}/{action}"


def _import_run(world, action=""):
    """An import run the editor uploaded (made inside the case, so rolled back with it)."""
    run = ImportRun.objects.create(
        kind="adoptions",
        file_path="x.csv",
        original_name="x.csv",
        uploaded_by=world["people"]["editor"],
    )
    return f"/imports/{run.pk}/{action}"


def _meeting(world, action=""):
    return f"/board/meetings/{world['meeting'].pk}/{action}"


def _workstream(world, action=""):
    return f"/board/workstreams/{world['workstream'].slug}/{action}"


def _member_path(world, action):
    return f"/account/bodies/{OWN_BODY}/members/{world['member'].pk}/{action}/"


def _token_path(world):
    return f"/account/tokens/{world['editor_token'].pk}/revoke/"


def _invitation_path(world):
    return f"/account/invitations/{world['invitation_token']}/"


# The board's pages: who reads them (the board and programme team) and who changes them.
BOARD_ONLY = "302 404 404 404 404 200 200 200"
TEAM = "302 404 404 404 404 200 403 200"
TEAM_DONE = "302 404 404 404 404 302+ 403 302+"
TEAM_INVALID = "302 404 404 404 404 400 403 400"
ADMIN = "302 404 404 404 404 403 403 200"
ADMIN_DONE = "302 404 404 404 404 403 403 302+"
SIGNED_IN_405 = "302 405 405 405 405 405 405 405"
# Keeping the directory of bodies: programme admins only, hidden from everyone else.
DIRECTORY_ADMIN = "302 404 404 404 404 404 404 200"
DIRECTORY_ADMIN_DONE = "302 404 404 404 404 404 404 302+"
# The own body's members: its admins and programme admins manage them; its other members are
# refused; everyone else finds nothing.
MEMBERS_ADMIN = "302 403 403 200 404 404 404 200"
MEMBERS_ADMIN_DONE = "302 403 403 302+ 404 404 404 302+"
# Changing the own body's draft or adoption: its editors and the programme's moderators.
OWN_EDITORS = "302 403 200 200 404 200 403 200"
OWN_EDITORS_DONE = "302 403 302+ 302+ 404 302+ 403 302+"
# The records of an adoption or a saving (and their histories): the bodies concerned and the
# programme.
RECORD_READERS = "302 200 200 200 404 200 200 200"

#         anonymous viewer editor body_admin outsider moderator board programme_admin
_TABLE = [
    ("health", lambda w: "/healthz", "GET", "200 200 200 200 200 200 200 200"),
    ("home", lambda w: "/", "GET", "200 200 200 200 200 200 200 200"),
    ("menu:practices", lambda w: "/practices/", "GET", "200 200 200 200 200 200 200 200"),
    ("menu:practices", lambda w: "/practices/", "POST", "405 405 405 405 405 405 405 405"),
    ("menu:practice", lambda w: "/practices/published/", "GET", "200 200 200 200 200 200 200 200"),
    ("menu:practice", lambda w: "/practices/own-draft/", "GET", "404 200 200 200 404 200 200 200"),
    ("menu:share", lambda w: "/practices/share/", "GET", "302 200 200 200 200 200 200 200"),
    # For the own body: the viewer, the outsider and the board may share for no body (or not
    # for this one): the form is shown again, with its error.
    (
        "menu:share",
        lambda w: "/practices/share/",
        "POST",
        "302 200 302+ 302+ 200 302+ 200 302+",
        Valid(
            lambda w: {"lead_body": _body().pk, "title_en": "Meals on wheels, by bike"},
            _count(Practice),
        ),
    ),
    ("menu:review-queue", lambda w: "/practices/review/", "GET", "302 404 404 404 404 200 404 200"),
    ("menu:review-queue", lambda w: "/practices/review/", "POST", SIGNED_IN_405),
    (
        "menu:translation-queue",
        lambda w: "/practices/review/welsh/",
        "GET",
        "302 404 404 404 404 200 404 200",
    ),
    ("menu:translation-queue", lambda w: "/practices/review/welsh/", "POST", SIGNED_IN_405),
    ("menu:check-answers", lambda w: "/practices/own-draft/edit/", "GET", OWN_EDITORS),
    ("menu:check-answers", lambda w: "/practices/own-draft/edit/", "POST", SIGNED_IN_405),
    ("menu:edit-step", lambda w: "/practices/own-draft/edit/about/", "GET", OWN_EDITORS),
    (
        "menu:edit-step",
        lambda w: "/practices/own-draft/edit/about/",
        "POST",
        OWN_EDITORS_DONE,
        Valid(_about_step, _practice("own-draft", "title_en", "summary_en")),
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
    (
        "menu:partners",
        lambda w: "/practices/own-draft/edit/partners/",
        "POST",
        OWN_EDITORS_DONE,
        Valid(_partner, _count(PracticePartner, practice__slug="own-draft")),
    ),
    (
        "menu:submit",
        lambda w: "/practices/own-draft/submit/",
        "GET",
        "302 405 405 405 405 405 405 405",
    ),
    # A draft that lacks what a review needs goes back to its answers, saying what is missing.
    (
        "menu:submit",
        lambda w: "/practices/own-draft/submit/",
        "POST",
        "302 403 302 302 404 302 403 302",
    ),
    (
        "menu:submit",
        lambda w: "/practices/own-ready/submit/",
        "POST",
        OWN_EDITORS_DONE,
        Valid(lambda w: {}, _practice("own-ready", "status")),
    ),
    (
        "menu:revise",
        lambda w: "/practices/published/revise/",
        "GET",
        "302 405 405 405 405 405 405 405",
    ),
    # A revision is a new draft, copied from the published practice.
    (
        "menu:revise",
        lambda w: "/practices/published/revise/",
        "POST",
        "302 403 302+ 302+ 403 302+ 403 302+",
        Valid(lambda w: {}, _count(Practice)),
    ),
    (
        "menu:request-welsh",
        lambda w: "/practices/published/request-welsh/",
        "GET",
        "302 405 405 405 405 405 405 405",
    ),
    # The programme team asks for a published practice's missing Welsh text.
    (
        "menu:request-welsh",
        lambda w: "/practices/published/request-welsh/",
        "POST",
        "302 403 403 403 403 302+ 403 302+",
        Valid(lambda w: {}, _count(WelshTextRequest)),
    ),
    # Anyone signed in follows a published practice and stops following it; a practice they
    # cannot see is not found, and a draft they see is refused with a message.
    ("menu:follow", lambda w: "/practices/published/follow/", "GET", SIGNED_IN_405),
    (
        "menu:follow",
        lambda w: "/practices/published/follow/",
        "POST",
        "302 302+ 302+ 302+ 302+ 302+ 302+ 302+",
        Valid(lambda w: {}, _count(PracticeFollow, practice__slug="published")),
    ),
    (
        "menu:follow",
        lambda w: "/practices/own-draft/follow/",
        "POST",
        "302 302 302 302 404 302 302 302",
        Valid(lambda w: {}, _count(PracticeFollow)),
    ),
    ("menu:unfollow", lambda w: "/practices/followed/unfollow/", "GET", SIGNED_IN_405),
    (
        "menu:unfollow",
        lambda w: "/practices/followed/unfollow/",
        "POST",
        "302 302+ 302+ 302+ 302+ 302+ 302+ 302+",
        Valid(lambda w: {}, _count(PracticeFollow, practice__slug="followed")),
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
        "302 404 404 404 404 302+ 404 302+",
        Valid(_publish, _practice("own-submitted", "status")),
    ),
    (
        "menu:review",
        lambda w: "/practices/own-submitted/review/",
        "POST",
        "302 404 404 404 404 302+ 404 302+",
        Valid(_ask_for_changes, _practice("own-submitted", "status")),
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
    ("menu:history", lambda w: "/practices/published/history/", "POST", SIGNED_IN_405),
    # Each history's CSV download: the same people as its page.
    (
        "menu:history-csv",
        lambda w: "/practices/own-draft/history.csv",
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    (
        "menu:history-csv",
        lambda w: "/practices/published/history.csv",
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    # Asking a published practice's lead body: members of another body (the outsider) only.
    (
        "menu:ask",
        lambda w: "/practices/published/ask/",
        "GET",
        "302 403 403 403 200 403 403 403",
    ),
    (
        "menu:ask",
        lambda w: "/practices/published/ask/",
        "POST",
        "302 403 403 403 302+ 403 403 403",
        Valid(lambda w: {"question": "Who paid for it?"}, _count(PracticeQuestion)),
    ),
    ("menu:ask", lambda w: "/practices/own-draft/ask/", "GET", "302 403 403 403 404 403 403 403"),
    # The outsider's question: the two bodies and the programme team see it (not the board);
    # the lead body's editors answer it, and the programme team on its behalf.
    ("menu:answer", _question, "GET", "302 403 200 200 403 200 404 200"),
    (
        "menu:answer",
        _question,
        "POST",
        "302 403 302+ 302+ 403 302+ 404 302+",
        Valid(lambda w: {"answer": "A shared budget."}, _fields_of("question", "answer")),
    ),
    # A practice's documents: the lead body's editors and the programme team change them.
    (
        "menu:attachments",
        lambda w: "/practices/published/documents/",
        "GET",
        "302 403 200 200 403 200 403 200",
    ),
    (
        "menu:attachments",
        lambda w: "/practices/published/documents/",
        "POST",
        "302 403 302+ 302+ 403 302+ 403 302+",
        Valid(_new_document, _count(PracticeAttachment)),
    ),
    (
        "menu:attachments",
        lambda w: "/practices/own-draft/documents/",
        "GET",
        "302 403 200 200 404 200 403 200",
    ),
    # Downloads: whoever may see the practice.
    (
        "menu:attachment",
        lambda w: _document(w, "published_document"),
        "GET",
        "200 200 200 200 200 200 200 200",
    ),
    (
        "menu:attachment",
        lambda w: _document(w, "draft_document"),
        "GET",
        "404 200 200 200 404 200 200 200",
    ),
    (
        "menu:attachment",
        lambda w: _document(w, "published_document"),
        "POST",
        "405 405 405 405 405 405 405 405",
    ),
    (
        "menu:remove-attachment",
        lambda w: _document(w, "published_document", "remove/"),
        "GET",
        SIGNED_IN_405,
    ),
    (
        "menu:remove-attachment",
        lambda w: _document(w, "published_document", "remove/"),
        "POST",
        "302 403 302+ 302+ 403 302+ 403 302+",
        Valid(lambda w: {}, _count(PracticeAttachment)),
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
    # The own body adopting another body's practice: the outsider may not adopt for it (the
    # form is shown again, with its error).
    (
        "rollout:adopt",
        lambda w: "/practices/not-yet-adopted/adopt/",
        "POST",
        "302 403 302+ 302+ 200 302+ 403 302+",
        Valid(_adopt, _count(Adoption)),
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
    # "Adopt or justify" from the practice's page: as recording an adoption, declined.
    (
        "rollout:decline",
        lambda w: "/practices/not-yet-adopted/decline/",
        "GET",
        "302 403 200 200 200 200 403 200",
    ),
    (
        "rollout:decline",
        lambda w: "/practices/not-yet-adopted/decline/",
        "POST",
        "302 403 302+ 302+ 200 302+ 403 302+",
        Valid(_decline, _count(Adoption, stage="declined")),
    ),
    # The own body declines the practice it is adopting: its adoption closes.
    (
        "rollout:decline",
        lambda w: "/practices/other-published/decline/",
        "POST",
        "302 403 302+ 302+ 200 302+ 403 302+",
        Valid(_decline_under_way, _fields_of("own_adoption", "stage")),
    ),
    (
        "rollout:decline",
        lambda w: "/practices/published/decline/",
        "GET",
        "302 403 403 403 200 200 403 200",
    ),
    (
        "rollout:decline",
        lambda w: "/practices/own-draft/decline/",
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
        "302 403 302+ 302+ 403 302+ 403 302+",
        Valid(_saving, _count(LedgerEntry)),
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
    ("rollout:adoption-edit", lambda w: _adoption(w, "own_adoption", "edit/"), "GET", OWN_EDITORS),
    *[
        (name, lambda w, key=key, tail=tail: _adoption(w, key, tail), "GET", RECORD_READERS)
        for name, tail in [
            ("rollout:adoption-history", "history/"),
            ("rollout:adoption-history-csv", "history.csv"),
        ]
        for key in ("own_adoption", "incoming_adoption")
    ],
    (
        "rollout:adoption-edit",
        lambda w: _adoption(w, "own_adoption", "edit/"),
        "POST",
        OWN_EDITORS_DONE,
        Valid(_adoption_details, _history_of("own_adoption")),
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
        OWN_EDITORS,
    ),
    (
        "rollout:adoption-stage",
        lambda w: _adoption(w, "own_adoption", "stage/"),
        "POST",
        OWN_EDITORS_DONE,
        Valid(_next_stage("own_adoption"), _fields_of("own_adoption", "stage")),
    ),
    (
        "rollout:adoption-stage",
        lambda w: _adoption(w, "incoming_adoption", "stage/"),
        "POST",
        "302 403 403 403 404 302+ 403 302+",
        Valid(_next_stage("incoming_adoption"), _fields_of("incoming_adoption", "stage")),
    ),
    (
        "rollout:adoption-saving",
        lambda w: _adoption(w, "own_adoption", "savings/new/"),
        "GET",
        OWN_EDITORS,
    ),
    (
        "rollout:adoption-saving",
        lambda w: _adoption(w, "own_adoption", "savings/new/"),
        "POST",
        OWN_EDITORS_DONE,
        Valid(_saving, _count(LedgerEntry)),
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
    ("rollout:entry-edit", lambda w: _entry(w, "own_entry", "edit/"), "GET", OWN_EDITORS),
    *[
        (name, lambda w, key=key, tail=tail: _entry(w, key, tail), "GET", RECORD_READERS)
        for name, tail in [
            ("rollout:entry-history", "history/"),
            ("rollout:entry-history-csv", "history.csv"),
        ]
        for key in ("own_entry", "incoming_entry")
    ],
    (
        "rollout:entry-edit",
        lambda w: _entry(w, "own_entry", "edit/"),
        "POST",
        OWN_EDITORS_DONE,
        Valid(_entry_change, _fields_of("own_entry", "amount_pence")),
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
    # Only moderators (and programme admins) verify.
    (
        "rollout:entry-verify",
        lambda w: _entry(w, "own_entry", "verify/"),
        "POST",
        "302 403 403 403 404 302+ 403 302+",
        Valid(_verify, _fields_of("own_entry", "verification")),
    ),
    # No file was attached to this entry.
    (
        "rollout:entry-evidence",
        lambda w: _entry(w, "own_entry", "evidence/"),
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    ("rollout:targets", lambda w: "/rollout/targets/", "GET", "302 404 404 404 404 200 200 200"),
    (
        "rollout:targets",
        lambda w: "/rollout/targets/",
        "POST",
        "302 404 404 404 404 403 403 302+",
        Valid(
            lambda w: {"financial_year": 2025, "amount_pence": "1,000,000"},
            _values(SavingsTarget, "financial_year", "amount_pence"),
        ),
    ),
    ("directory:bodies", lambda w: "/bodies/", "GET", "200 200 200 200 200 200 200 200"),
    ("directory:body", lambda w: f"/bodies/{OWN_BODY}/", "GET", "200 200 200 200 200 200 200 200"),
    (
        "directory:body-history",
        lambda w: f"/bodies/{OWN_BODY}/history/",
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    (
        "directory:body-history-csv",
        lambda w: f"/bodies/{OWN_BODY}/history.csv",
        "GET",
        "302 200 200 200 404 200 200 200",
    ),
    ("directory:add-body", lambda w: "/bodies/new/", "GET", DIRECTORY_ADMIN),
    (
        "directory:add-body",
        lambda w: "/bodies/new/",
        "POST",
        DIRECTORY_ADMIN_DONE,
        Valid(_new_body, _count(Body)),
    ),
    ("directory:edit-body", lambda w: f"/bodies/{OWN_BODY}/edit/", "GET", DIRECTORY_ADMIN),
    (
        "directory:edit-body",
        lambda w: f"/bodies/{OWN_BODY}/edit/",
        "POST",
        DIRECTORY_ADMIN_DONE,
        Valid(_changed_body, _values(Body, "short_name", slug=OWN_BODY)),
    ),
    (
        "directory:edit-body",
        lambda w: "/bodies/no-such-body/edit/",
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    ("directory:retire-body", lambda w: f"/bodies/{OWN_BODY}/retire/", "GET", DIRECTORY_ADMIN),
    (
        "directory:retire-body",
        lambda w: f"/bodies/{OWN_BODY}/retire/",
        "POST",
        DIRECTORY_ADMIN_DONE,
        Valid(_retired_body, _values(Body, "active_to", slug=OWN_BODY)),
    ),
    (
        "directory:retire-body",
        lambda w: "/bodies/no-such-body/retire/",
        "POST",
        "302 404 404 404 404 404 404 404",
    ),
    ("accounts:account", lambda w: "/account/", "GET", "302 200 200 200 200 200 200 200"),
    ("accounts:account", lambda w: "/account/", "POST", "405 405 405 405 405 405 405 405"),
    ("my-work", lambda w: "/my-work/", "GET", "302 200 200 200 200 200 200 200"),
    ("my-work", lambda w: "/my-work/", "POST", "405 405 405 405 405 405 405 405"),
    (
        "notifications:preferences",
        lambda w: "/account/notifications/",
        "GET",
        "302 200 200 200 200 200 200 200",
    ),
    # Everyone signed in sets their own preferences.
    (
        "notifications:preferences",
        lambda w: "/account/notifications/",
        "POST",
        "302 302+ 302+ 302+ 302+ 302+ 302+ 302+",
        Valid(
            lambda w: {
                "practice_submitted": "digest",
                "practice_reviewed": "never",
                "adoption_recorded": "immediately",
                "practice_followed": "digest",
                "question_asked": "digest",
                "question_answered": "immediately",
            },
            _values(
                NotificationPreference,
                "user",
                "practice_submitted",
                "practice_reviewed",
                "adoption_recorded",
                "practice_followed",
                "question_asked",
                "question_answered",
            ),
        ),
    ),
    # The signed link is the credential: the same page whoever is signed in, or nobody, and the
    # editor's emails about reviews stop.
    ("notifications:unsubscribe", _unsubscribe_path, "GET", "200 200 200 200 200 200 200 200"),
    (
        "notifications:unsubscribe",
        _unsubscribe_path,
        "POST",
        "200+ 200+ 200+ 200+ 200+ 200+ 200+ 200+",
        Valid(lambda w: {}, _values(NotificationPreference, "user", "practice_reviewed")),
    ),
    (
        "notifications:unsubscribe",
        lambda w: "/account/notifications/unsubscribe/not-a-token/",
        "GET",
        "404 404 404 404 404 404 404 404",
    ),
    (
        "notifications:unsubscribe",
        lambda w: "/account/notifications/unsubscribe/not-a-token/",
        "POST",
        "404 404 404 404 404 404 404 404",
    ),
    # Signed-in people are sent on to their account; nobody else signs in (as the viewer).
    ("accounts:sign-in", lambda w: "/account/sign-in/", "GET", "200 302 302 302 302 302 302 302"),
    (
        "accounts:sign-in",
        lambda w: "/account/sign-in/",
        "POST",
        "302+ 302 302 302 302 302 302 302",
        Valid(
            lambda w: {"username": w["people"]["viewer"].email, "password": w["password"]},
            _last_login("viewer"),
        ),
    ),
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
    # Between the board member's password and code, the right code signs the board member in.
    (
        "accounts:sign-in-code",
        lambda w: "/account/sign-in/code/",
        "POST",
        "302+ 302+ 302+ 302+ 302+ 302+ 302+ 302+",
        Valid(_board_code, _last_login("board"), session=_board_waiting_for_code),
    ),
    ("accounts:sign-out", lambda w: "/account/sign-out/", "GET", "405 405 405 405 405 405 405 405"),
    # Signing out ends the session (nobody has one to end).
    (
        "accounts:sign-out",
        lambda w: "/account/sign-out/",
        "POST",
        "302 302+ 302+ 302+ 302+ 302+ 302+ 302+",
        Valid(lambda w: {}, _count(Session)),
    ),
    ("accounts:password", lambda w: "/account/password/", "GET", "302 200 200 200 200 200 200 200"),
    # Everyone signed in changes their own password (and stays signed in).
    (
        "accounts:password",
        lambda w: "/account/password/",
        "POST",
        "302 302+ 302+ 302+ 302+ 302+ 302+ 302+",
        Valid(_new_password, _values(User, "password")),
    ),
    # Everyone signed in chooses the language of their own emails.
    (
        "accounts:email-language",
        lambda w: "/account/email-language/",
        "GET",
        "302 200 200 200 200 200 200 200",
    ),
    (
        "accounts:email-language",
        lambda w: "/account/email-language/",
        "POST",
        "302 302+ 302+ 302+ 302+ 302+ 302+ 302+",
        Valid(lambda w: {"email_language": "cy"}, _values(User, "email_language")),
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
    # Privileged roles signed in with two-factor sign-in: it is set up already.
    (
        "accounts:two-factor-set-up",
        lambda w: "/account/two-factor/set-up/",
        "POST",
        "302 302+ 302+ 302+ 302+ 302 302 302",
        Valid(
            lambda w: {"code": _code_now(SET_UP_SECRET)},
            _count(TwoFactorDevice),
            session=lambda w: {SET_UP_SECRET_KEY: SET_UP_SECRET},
        ),
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
        "302 302 302 302 302 302+ 302+ 302+",
        Valid(lambda w: {"password": w["password"]}, _values(RecoveryCode, "code_hash")),
    ),
    # Privileged roles may not turn it off, even with their password; nobody else here has it
    # on (tests/accounts/test_two_factor.py turns it off).
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
        Valid(lambda w: {"password": w["password"]}, _count(TwoFactorDevice)),
    ),
    # Everyone signed in has API tokens of their own (privileged roles once two-factor sign-in
    # is set up): the new token is shown on the answer to the POST. Only the editor owns the
    # world's token: anyone else's answers 404, whatever their role.
    ("accounts:tokens", lambda w: "/account/tokens/", "GET", "302 200 200 200 200 200 200 200"),
    (
        "accounts:tokens",
        lambda w: "/account/tokens/",
        "POST",
        "302 200+ 200+ 200+ 200+ 200+ 200+ 200+",
        Valid(lambda w: {"name": "Finance system", "scope": "read"}, _count(ApiToken)),
    ),
    ("accounts:revoke-token", _token_path, "GET", "302 404 200 404 404 404 404 404"),
    (
        "accounts:revoke-token",
        _token_path,
        "POST",
        "302 404 302+ 404 404 404 404 404",
        Valid(lambda w: {}, _fields_of("editor_token", "revoked_at")),
    ),
    (
        "accounts:revoke-token",
        lambda w: "/account/tokens/999999/revoke/",
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    # The invitation's link is the credential: the person invited makes an account; anyone
    # signed in (with another address) is told the invitation is not theirs.
    ("accounts:invitation", _invitation_path, "GET", "200 200 200 200 200 200 200 200"),
    (
        "accounts:invitation",
        _invitation_path,
        "POST",
        "302+ 200 200 200 200 200 200 200",
        Valid(
            lambda w: {
                "password1": "a-new-long-passphrase",
                "password2": "a-new-long-passphrase",
                "email_language": "cy-en",
            },
            _fields_of("invitation", "accepted_at"),
        ),
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
        MEMBERS_ADMIN,
    ),
    (
        "accounts:invite",
        lambda w: f"/account/bodies/{OWN_BODY}/members/invite/",
        "POST",
        MEMBERS_ADMIN_DONE,
        Valid(lambda w: {"email": "new-member@example.org", "role": "editor"}, _count(Invitation)),
    ),
    ("accounts:change-role", lambda w: _member_path(w, "role"), "GET", MEMBERS_ADMIN),
    (
        "accounts:change-role",
        lambda w: _member_path(w, "role"),
        "POST",
        MEMBERS_ADMIN_DONE,
        Valid(lambda w: {"role": "editor"}, _fields_of("member", "role")),
    ),
    ("accounts:remove-member", lambda w: _member_path(w, "remove"), "GET", MEMBERS_ADMIN),
    (
        "accounts:remove-member",
        lambda w: _member_path(w, "remove"),
        "POST",
        MEMBERS_ADMIN_DONE,
        Valid(lambda w: {}, _count(Membership)),
    ),
    (
        "accounts:cancel-invitation",
        lambda w: f"/account/bodies/{OWN_BODY}/invitations/{w['invitation'].pk}/cancel/",
        "GET",
        "405 405 405 405 405 405 405 405",
    ),
    (
        "accounts:cancel-invitation",
        lambda w: f"/account/bodies/{OWN_BODY}/invitations/{w['invitation'].pk}/cancel/",
        "POST",
        MEMBERS_ADMIN_DONE,
        Valid(lambda w: {}, _count(Invitation)),
    ),
    (
        "accounts:cancel-invitation",
        lambda w: f"/account/bodies/{OWN_BODY}/invitations/999999/cancel/",
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
    (
        "board:new-meeting",
        lambda w: "/board/meetings/new/",
        "POST",
        TEAM_DONE,
        Valid(lambda w: _meeting_data(w, title_en="Extra board meeting"), _count(Meeting)),
    ),
    ("board:meeting", lambda w: _meeting(w), "GET", BOARD_ONLY),
    (
        "board:meeting",
        lambda w: "/board/meetings/999999/",
        "GET",
        "302 404 404 404 404 404 404 404",
    ),
    ("board:edit-meeting", lambda w: _meeting(w, "edit/"), "GET", TEAM),
    (
        "board:edit-meeting",
        lambda w: _meeting(w, "edit/"),
        "POST",
        TEAM_DONE,
        Valid(
            lambda w: _meeting_data(
                w, version=Meeting.objects.get(pk=w["meeting"].pk).version, place="Carmarthen"
            ),
            _fields_of("meeting", "place"),
        ),
    ),
    ("board:attendance", lambda w: _meeting(w, "attendance/"), "GET", TEAM),
    (
        "board:attendance",
        lambda w: _meeting(w, "attendance/"),
        "POST",
        TEAM_DONE,
        Valid(
            lambda w: {"bodies": [_body().pk, _body(OTHER_BODY).pk]},
            lambda w: sorted(w["meeting"].attending.values_list("pk", flat=True)),
        ),
    ),
    (
        "board:add-paper",
        lambda w: _meeting(w, "papers/"),
        "POST",
        TEAM_DONE,
        Valid(lambda w: {"title_en": "Budget paper"}, _count(Paper)),
    ),
    # An empty form: the small forms of a meeting's page are shown again on a page of their
    # own, with their errors, answering 400.
    ("board:add-paper", lambda w: _meeting(w, "papers/"), "POST", TEAM_INVALID),
    ("board:remove-paper", lambda w: _meeting(w, f"papers/{w['paper'].pk}/remove/"), "GET", TEAM),
    (
        "board:remove-paper",
        lambda w: _meeting(w, f"papers/{w['paper'].pk}/remove/"),
        "POST",
        TEAM_DONE,
        Valid(lambda w: {}, _count(Paper)),
    ),
    (
        "board:add-decision",
        lambda w: _meeting(w, "decisions/"),
        "POST",
        TEAM_DONE,
        Valid(lambda w: {"text_en": "Spread the practice further."}, _count(Decision)),
    ),
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
        TEAM_DONE,
        Valid(lambda w: {}, _count(Decision)),
    ),
    ("board:new-action", lambda w: _meeting(w, "actions/new/"), "GET", TEAM),
    (
        "board:new-action",
        lambda w: _meeting(w, "actions/new/"),
        "POST",
        TEAM_DONE,
        Valid(lambda w: _action_data(w, text_en="Visit Gwynedd"), _count(Action)),
    ),
    ("board:pack", lambda w: _meeting(w, "pack/"), "GET", BOARD_ONLY),
    ("board:pack-pdf", lambda w: _meeting(w, "pack.pdf"), "GET", BOARD_ONLY),
    ("board:actions", lambda w: "/board/actions/", "GET", BOARD_ONLY),
    ("board:action", lambda w: f"/board/actions/{w['action'].pk}/", "GET", BOARD_ONLY),
    (
        "board:action-history",
        lambda w: f"/board/actions/{w['action'].pk}/history/",
        "GET",
        BOARD_ONLY,
    ),
    (
        "board:action-history-csv",
        lambda w: f"/board/actions/{w['action'].pk}/history.csv",
        "GET",
        BOARD_ONLY,
    ),
    (
        "board:action",
        lambda w: f"/board/actions/{w['action'].pk}/",
        "POST",
        TEAM_DONE,
        Valid(
            lambda w: _action_data(
                w, version=_action_version("action")(w), rag="red", progress_note="Late."
            ),
            _fields_of("action", "rag", "progress_note"),
        ),
    ),
    (
        "board:close-action",
        lambda w: f"/board/actions/{w['action'].pk}/close/",
        "POST",
        TEAM_DONE,
        Valid(
            lambda w: {
                "version": _action_version("action")(w),
                "note": "Reported to the board.",
                **as_posted("closed_on", "2024-06-01"),
            },
            _fields_of("action", "closed_on"),
        ),
    ),
    (
        "board:reopen-action",
        lambda w: f"/board/actions/{w['closed_action'].pk}/reopen/",
        "POST",
        TEAM_DONE,
        Valid(
            lambda w: {"version": _action_version("closed_action")(w), "note": "Not finished."},
            _fields_of("closed_action", "closed_on"),
        ),
    ),
    ("board:workstreams", lambda w: "/board/workstreams/", "GET", BOARD_ONLY),
    ("board:workstreams", lambda w: "/board/workstreams/", "POST", SIGNED_IN_405),
    ("board:new-workstream", lambda w: "/board/workstreams/new/", "GET", ADMIN),
    (
        "board:new-workstream",
        lambda w: "/board/workstreams/new/",
        "POST",
        ADMIN_DONE,
        Valid(lambda w: {"name_en": "Prevention", "sponsor": _body().pk}, _count(Workstream)),
    ),
    ("board:workstream", lambda w: _workstream(w), "GET", BOARD_ONLY),
    ("board:workstream", lambda w: _workstream(w), "POST", SIGNED_IN_405),
    ("board:edit-workstream", lambda w: _workstream(w, "edit/"), "GET", ADMIN),
    (
        "board:edit-workstream",
        lambda w: _workstream(w, "edit/"),
        "POST",
        ADMIN_DONE,
        Valid(
            lambda w: {"name_en": "Integrated health and care", "sponsor": _body().pk},
            _fields_of("workstream", "name_en"),
        ),
    ),
    ("board:assign-practice", lambda w: _workstream(w, "practices/?q=published"), "GET", ADMIN),
    (
        "board:assign-practice",
        lambda w: _workstream(w, "practices/"),
        "POST",
        ADMIN_DONE,
        Valid(lambda w: {"practice": "other-published"}, _count(WorkstreamPractice)),
    ),
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
        ADMIN_DONE,
        Valid(lambda w: {}, _count(WorkstreamPractice)),
    ),
    (
        "board:set-workstream-target",
        lambda w: _workstream(w, "targets/"),
        "POST",
        ADMIN_DONE,
        Valid(
            lambda w: {"financial_year": 2025, "amount_pence": "50,000"},
            lambda w: list(w["workstream"].targets.values_list("financial_year", "amount_pence")),
        ),
    ),
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
    # Bulk imports: the programme team and body editors upload (the adoptions of the bodies
    # they edit); a run is seen by the person who uploaded it and by programme admins. The
    # templates hold no data: public.
    ("imports:index", lambda w: "/imports/", "GET", "302 404 200 200 200 200 404 200"),
    (
        "imports:index",
        lambda w: "/imports/",
        "POST",
        "302 404 302+ 302+ 302+ 302+ 404 302+",
        Valid(_adoptions_file, _count(ImportRun)),
    ),
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
    # The accessibility and Welsh language statements: public, read only.
    (
        "accessibility-statement",
        lambda w: "/accessibility/",
        "GET",
        "200 200 200 200 200 200 200 200",
    ),
    (
        "accessibility-statement",
        lambda w: "/accessibility/",
        "POST",
        "405 405 405 405 405 405 405 405",
    ),
    (
        "welsh-language-statement",
        lambda w: "/welsh-language/",
        "GET",
        "200 200 200 200 200 200 200 200",
    ),
    (
        "welsh-language-statement",
        lambda w: "/welsh-language/",
        "POST",
        "405 405 405 405 405 405 405 405",
    ),
    # The back office signs in through Arfer's own sign-in, with two-factor sign-in.
    # Someone signed in without the right to the back office is refused, not sent round again.
    ("admin-sign-in", lambda w: "/admin/login/", "GET", "302 403 403 403 403 302 403 302"),
]

MATRIX = [Row(*row) for row in _TABLE]
