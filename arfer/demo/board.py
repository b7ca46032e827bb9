"""The programme board's illustrative records for the demo: its workstreams (with their practices
and yearly targets), the public service summit of February 2010 that launched the programme, its
first year of board meetings, and the next meeting, a few weeks from today.

Everything is made through the board's own actions, so each record is checked and its history
kept as a real one would be, and everything is flagged illustrative. The bodies are real; the
meetings, decisions, actions and targets are invented. Owners are job titles, never people.

Most actions are closed at a later meeting. A few stay open, their due dates moved to near
today, so that the action log, the overdue list and the pack for the next meeting have something
in them whenever the demo is loaded. Attendance and targets come from a fixed seed, so every
run on the same day gives the same records.
"""

import datetime
import math
import random
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone

from arfer.board import actions
from arfer.board.models import Meeting, Workstream
from arfer.core.actors import SYSTEM
from arfer.core.periods import FIRST_YEAR, year_label, year_of
from arfer.directory.models import Body
from arfer.menu.models import Practice
from arfer.rollout.models import SavingsTarget

from .board_meetings import (
    BOARD_MEETINGS,
    BOARD_MEMBERS,
    BOARD_TITLE,
    LATER_BODIES,
    MINUTES,
    MONTHS_CY,
    MONTHS_EN,
    SUMMIT,
    SUMMIT_SUMMARY_CY,
    SUMMIT_SUMMARY_EN,
    SUMMIT_TITLE,
    MeetingSpec,
)

SEED = 2010
D = datetime.date

# Workstreams -----------------------------------------------------------------------------------


class WorkstreamSpec(NamedTuple):
    slug: str
    name_en: str
    name_cy: str
    sponsor: str
    description_en: str
    description_cy: str
    # The top-level service areas whose practices belong here.
    service_areas: tuple[str, ...]
    # Its share of the programme's yearly target in the first year and in the last: back-office
    # sharing saves early and then levels off, prevention takes years to pay back.
    share: tuple[float, float]


# Listed narrowest remit first: a practice whose service areas are split evenly between
# workstreams goes to the first, so the broad health and care workstream does not take them all.
WORKSTREAMS = [
    WorkstreamSpec(
        "workforce-and-digital",
        "Workforce and digital",
        "Y gweithlu a digidol",
        "welsh-government",
        "Developing the public service workforce in partnership with the trade unions, and "
        "using digital tools and shared data to do things once, and well.",
        "Datblygu gweithlu'r gwasanaethau cyhoeddus mewn partneriaeth â'r undebau llafur, a "
        "defnyddio offer digidol a data a rennir i wneud pethau unwaith, a'u gwneud yn dda.",
        ("workforce", "digital-data"),
        (0.14, 0.14),
    ),
    WorkstreamSpec(
        "shared-back-office-services",
        "Shared back-office services",
        "Gwasanaethau swyddfa gefn a rennir",
        "welsh-local-government-association",
        "Sharing finance, payroll, legal services, procurement, buildings and customer services "
        "between public bodies, so that more of each budget reaches the front line.",
        "Rhannu cyllid, y gyflogres, gwasanaethau cyfreithiol, caffael, adeiladau a gwasanaethau "
        "cwsmeriaid rhwng cyrff cyhoeddus, fel bod mwy o bob cyllideb yn cyrraedd y rheng flaen.",
        ("finance-back-office", "procurement-assets", "customer-services"),
        (0.34, 0.14),
    ),
    WorkstreamSpec(
        "prevention-and-early-help",
        "Prevention and early help",
        "Atal a chymorth cynnar",
        "public-health-wales-nhs-trust",
        "Acting earlier, before needs become crises, for families, children and older people, "
        "so that fewer people need intensive and costly services.",
        "Gweithredu'n gynharach, cyn i anghenion droi'n argyfwng, i deuluoedd, plant a phobl "
        "hŷn, fel bod angen gwasanaethau dwys a chostus ar lai o bobl.",
        ("public-health-prevention", "childrens-services", "housing", "education-skills"),
        (0.10, 0.24),
    ),
    WorkstreamSpec(
        "community-resilience",
        "Community resilience",
        "Cydnerthedd cymunedol",
        "wales-council-for-voluntary-action",
        "Public services, volunteers and community groups working together to keep communities "
        "safe, healthy and sustainable.",
        "Gwasanaethau cyhoeddus, gwirfoddolwyr a grwpiau cymunedol yn cydweithio i gadw "
        "cymunedau'n ddiogel, yn iach ac yn gynaliadwy.",
        (
            "community-safety",
            "emergency-response",
            "environment-waste",
            "transport-highways",
            "culture-leisure",
        ),
        (0.12, 0.14),
    ),
    WorkstreamSpec(
        "integrated-health-and-social-care",
        "Integrated health and social care",
        "Iechyd a gofal cymdeithasol integredig",
        "hywel-dda-university-health-board",
        "Councils and health boards planning, commissioning and delivering community health "
        "and social care together, so that people get care at home rather than in hospital.",
        "Cynghorau a byrddau iechyd yn cynllunio, yn comisiynu ac yn darparu iechyd cymunedol a "
        "gofal cymdeithasol gyda'i gilydd, fel bod pobl yn cael gofal gartref yn hytrach nag yn "
        "yr ysbyty.",
        ("adult-social-care", "community-health", "primary-care", "hospital-care", "mental-health"),
        (0.30, 0.34),
    ),
]
# A practice in none of the service areas above (a new top-level area, or none at all) still
# counts toward one workstream: this one, whose remit is the widest.
CATCH_ALL = "community-resilience"


def _s_curve_pence(year: int) -> int:
    """The programme's yearly target when the rollout demo has not set one: small in the first
    year, growing fastest in the late 2010s as adoptions spread, levelling off near £85m."""
    pounds = 85_000_000 / (1 + math.exp(-(year - 2019.5) / 2.2))
    return int(pounds) * 100


def _programme_totals(last_year: int) -> dict[int, int]:
    """The programme's target for each year: the rollout's yearly `SavingsTarget`s where it
    has set them (a year without one keeps the year before's), the S-curve if it has set none;
    never falling from one year to the next."""
    set_targets = dict(SavingsTarget.objects.values_list("financial_year", "amount_pence"))
    if not set_targets:
        set_targets = {year: _s_curve_pence(year) for year in range(FIRST_YEAR, last_year + 1)}
    totals, running = {}, set_targets[min(set_targets)]
    for year in range(FIRST_YEAR, last_year + 1):
        running = max(running, set_targets.get(year, 0))
        totals[year] = running
    return totals


def _workstream_for(top_level_slugs: set[str]) -> str:
    """The workstream covering most of a practice's top-level service areas; on a tie, the one
    listed first in WORKSTREAMS; with none, the catch-all."""
    best, best_count = CATCH_ALL, 0
    for spec in WORKSTREAMS:
        count = len(top_level_slugs & set(spec.service_areas))
        if count > best_count:
            best, best_count = spec.slug, count
    return best


def _load_workstreams(rng: random.Random, today: datetime.date) -> int:
    workstreams = {}
    for spec in WORKSTREAMS:
        workstreams[spec.slug] = actions.save_workstream(
            {
                "name_en": spec.name_en,
                "name_cy": spec.name_cy,
                "description_en": spec.description_en,
                "description_cy": spec.description_cy,
                "sponsor": Body.objects.get(slug=spec.sponsor),
            },
            actor=SYSTEM,
            slug=spec.slug,
            is_illustrative=True,
        )

    practices = (
        Practice.objects.published()
        .filter(is_illustrative=True)
        .prefetch_related("service_areas__parent")
        .order_by("slug")
    )
    for practice in practices:
        tops = {(area.parent or area).slug for area in practice.service_areas.all()}
        actions.assign_practice(workstreams[_workstream_for(tops)], practice, actor=SYSTEM)

    last_year = year_of(today) + 1
    span = last_year - FIRST_YEAR
    previous = dict.fromkeys(workstreams, 0)
    for year, total in _programme_totals(last_year).items():
        progress = (year - FIRST_YEAR) / span if span else 1.0
        for spec in WORKSTREAMS:
            first, last = spec.share
            share = first + (last - first) * progress
            # Rounded to £10,000, as a board sets targets, and never below the year before.
            pence = max(1_000_000, int(round(total * share * rng.uniform(0.95, 1.10), -6)))
            pence = max(pence, previous[spec.slug])
            previous[spec.slug] = pence
            actions.set_workstream_target(
                workstreams[spec.slug], year, pence, actor=SYSTEM, is_illustrative=True
            )
    return len(workstreams)


# Meetings --------------------------------------------------------------------------------------


def _board_title(day: datetime.date) -> dict:
    month = day.month - 1
    return {
        "title_en": f"{BOARD_TITLE[0]}, {MONTHS_EN[month]} {day.year}",
        "title_cy": f"{BOARD_TITLE[1]}, {MONTHS_CY[month]} {day.year}",
    }


def _agenda(items: list[tuple[str, str]]) -> dict:
    return {
        "agenda_en": "\n".join(en for en, _cy in items),
        "agenda_cy": "\n".join(cy for _en, cy in items),
    }


def _summit_attendance(bodies: list[Body]) -> list[Body]:
    """Every council, health board and NHS trust, police force, fire and rescue service and
    national park, the unions, the Welsh Government, the WLGA, Audit Wales and the WCVA."""
    return [
        b
        for b in bodies
        if b.slug not in LATER_BODIES
        and (b.sector != Body.Sector.THIRD_SECTOR or b.slug == "wales-council-for-voluntary-action")
    ]


def _board_attendance(rng: random.Random, bodies: list[Body], spec: MeetingSpec) -> list[Body]:
    """The standing members, the bodies owning the meeting's actions, and a few councils,
    health boards, police forces and fire and rescue services in turn."""
    wanted = set(BOARD_MEMBERS) | {action.owner_body for action in spec.actions}
    for kind, count in (
        (Body.Kind.LOCAL_AUTHORITY, 3),
        (Body.Kind.HEALTH_BOARD, 2),
        (Body.Kind.POLICE_FORCE, 1),
        (Body.Kind.FIRE_AND_RESCUE, 1),
    ):
        wanted |= {b.slug for b in rng.sample([b for b in bodies if b.kind == kind], count)}
    return [b for b in bodies if b.slug in wanted]


def _add_business(
    meeting: Meeting, spec: MeetingSpec, bodies: dict[str, Body], today: datetime.date
) -> int:
    for title_en, title_cy in spec.papers:
        actions.add_paper(meeting, {"title_en": title_en, "title_cy": title_cy}, actor=SYSTEM)
    for text_en, text_cy in spec.decisions:
        actions.add_decision(meeting, {"text_en": text_en, "text_cy": text_cy}, actor=SYSTEM)
    for item in spec.actions:
        action = actions.add_action(
            meeting,
            {
                "text_en": item.text_en,
                "text_cy": item.text_cy,
                "owner_body": bodies[item.owner_body],
                "owner_name": item.owner_name,
                "due_date": item.due,
                "rag": item.rag,
            },
            actor=SYSTEM,
        )
        if item.closed_on:
            actions.close_action(
                action,
                actor=SYSTEM,
                expected_version=action.version,
                closed_on=item.closed_on,
                note=item.note,
            )
        else:
            # Still open: its due date was moved when it slipped or was widened.
            actions.update_action(
                action,
                {
                    "due_date": today + datetime.timedelta(days=item.due_in_days),
                    "rag": item.rag_now,
                    "progress_note": item.note,
                },
                actor=SYSTEM,
                expected_version=action.version,
            )
    return len(spec.actions)


def _in_the_christmas_break(day: datetime.date) -> bool:
    return (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 2)


def next_meeting_date(today: datetime.date) -> datetime.date:
    """A Thursday three to six weeks from today (four or a little more where it can be: time
    to prepare the pack), never in the Christmas break. Twelve days of break hold at most two of
    the three or four Thursdays in those weeks, so there is always one."""
    thursdays = [
        day
        for day in (today + datetime.timedelta(days=n) for n in range(21, 43))
        if day.weekday() == 3 and not _in_the_christmas_break(day)
    ]
    return min(thursdays, key=lambda day: ((day - today).days < 28, abs((day - today).days - 28)))


def _upcoming_agenda(today: datetime.date) -> list[tuple[str, str]]:
    year = year_label(year_of(today))
    return [
        ("Welcome and apologies", "Croeso ac ymddiheuriadau"),
        MINUTES,
        (
            f"Savings against the targets for {year}",
            f"Arbedion yn erbyn y targedau ar gyfer {year}",
        ),
        ("Workstream highlight reports", "Adroddiadau uchafbwyntiau'r ffrydiau gwaith"),
        (
            "Gaps: service areas and regions with few adoptions",
            "Bylchau: meysydd gwasanaeth a rhanbarthau heb lawer o fabwysiadau",
        ),
        ("Any other business", "Unrhyw fater arall"),
    ]


def _load_meetings(rng: random.Random, today: datetime.date) -> tuple[int, int]:
    bodies = list(Body.objects.order_by("slug"))
    by_slug = {b.slug: b for b in bodies}

    summit = actions.save_meeting(
        {
            "kind": Meeting.Kind.SUMMIT,
            "title_en": SUMMIT_TITLE[0],
            "title_cy": SUMMIT_TITLE[1],
            "date": SUMMIT.date,
            "place": SUMMIT.place,
            **_agenda(SUMMIT.agenda),
            "summary_en": SUMMIT_SUMMARY_EN,
            "summary_cy": SUMMIT_SUMMARY_CY,
            "summary_published": True,
        },
        actor=SYSTEM,
        attending=_summit_attendance(bodies),
        is_illustrative=True,
    )
    made = _add_business(summit, SUMMIT, by_slug, today)

    for spec in BOARD_MEETINGS:
        meeting = actions.save_meeting(
            {
                "kind": Meeting.Kind.BOARD,
                **_board_title(spec.date),
                "date": spec.date,
                "place": spec.place,
                **_agenda(spec.agenda),
            },
            actor=SYSTEM,
            attending=_board_attendance(rng, bodies, spec),
            is_illustrative=True,
        )
        made += _add_business(meeting, spec, by_slug, today)

    # Not held yet, so nobody is recorded as attending; its pack carries the open actions.
    upcoming = next_meeting_date(today)
    actions.save_meeting(
        {
            "kind": Meeting.Kind.BOARD,
            **_board_title(upcoming),
            "date": upcoming,
            "place": "Llandrindod Wells",
            **_agenda(_upcoming_agenda(today)),
        },
        actor=SYSTEM,
        attending=[],
        is_illustrative=True,
    )
    return len(BOARD_MEETINGS) + 2, made


@transaction.atomic
def load_demo_board() -> tuple[int, int, int]:
    """Workstreams, meetings and actions for the demo. Returns how many of each were made.
    Does nothing if any meeting or workstream exists already (run it on a fresh demo
    database, after the directory, the demo menu and the demo rollout)."""
    if Meeting.objects.exists() or Workstream.objects.exists():
        return 0, 0, 0
    rng = random.Random(SEED)
    today = timezone.localdate()
    workstreams = _load_workstreams(rng, today)
    meetings, made = _load_meetings(rng, today)
    return workstreams, meetings, made
