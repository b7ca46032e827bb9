"""What a meeting's record and its board pack hold: the meeting itself, the actions it follows
up (from the action log), and for the pack the dashboard and the gaps. The pack's HTML page,
its PDF and `arfer boardpack` all take their content from here."""

from arfer.core.bilingual import active_language, localised

from . import figures, pictures
from .action_log import LoggedAction, action_log
from .models import Action, Meeting


def meeting_record(meeting: Meeting) -> dict:
    """The meeting's attendance, papers and decisions, the actions it raised, those carried
    forward into it (open on its date) and those closed since the meeting before."""
    previous = (
        Meeting.objects.filter(date__lt=meeting.date)
        .order_by("-date", "-pk")
        .values_list("date", flat=True)
        .first()
    )
    candidates = {
        action.pk: action
        for action in Action.objects.filter(meeting__date__lte=meeting.date).for_listing()
    }
    log = action_log(
        [
            LoggedAction(
                action.pk, action.meeting_id, action.meeting.date, action.due_date, action.closed_on
            )
            for action in candidates.values()
        ],
        meeting_id=meeting.pk,
        meeting_date=meeting.date,
        previous_date=previous,
    )
    return {
        "attending": list(meeting.attending.order_by("name_en")),
        "papers": list(meeting.papers.all()),
        "decisions": list(meeting.decisions.all()),
        "raised": [candidates[pk] for pk in log.raised],
        "carried_forward": [candidates[pk] for pk in log.carried_forward],
        "closed_since_last": [candidates[pk] for pk in log.closed_since_last],
        "overdue": log.overdue,
        "previous_date": previous,
    }


def coverage_gaps(coverage: dict) -> list[tuple]:
    """The coverage grid's gaps by service area, for the pack's summary: (service area, the
    labels of the groups where it is a gap), service areas without a gap left out."""
    return [
        (
            coverage["service_areas"][row.service_area],
            [coverage["labels"][cell.group] for cell in row.cells if cell.is_gap],
        )
        for row in coverage["table"].rows
        if any(cell.is_gap for cell in row.cells)
    ]


def english_stands_in(content: dict) -> bool:
    """Whether a Welsh pack shows any text in English: a record's Welsh not written yet (the
    English stands in), or a progress note (written in one language only, English). The pack
    then says so at its start, as the pages of such records do."""
    if active_language() != "cy":
        return False
    actions = [
        *content["raised"],
        *content["carried_forward"],
        *content["closed_since_last"],
    ]
    texts = [
        (content["meeting"], "title"),
        (content["meeting"], "agenda"),
        *((body, "name") for body in content["attending"]),
        *((paper, "title") for paper in content["papers"]),
        *((decision, "text") for decision in content["decisions"]),
        *((action, "text") for action in actions),
        *((practice, "title") for practice, _adopters in content["furthest_spread"]),
        *((workstream, "name") for workstream, _total in content["workstream_totals"]),
    ]
    return any(localised(record, field).is_fallback for record, field in texts) or any(
        action.progress_note for action in actions
    )


def board_pack(meeting: Meeting, *, threshold: float) -> dict:
    """Everything the pack shows, in the active language. Each figure comes with when it was
    calculated (`*_as_of`, see snapshots.py), which the pack states as the pages do."""
    dashboard = figures.dashboard()
    found_network = figures.collaboration_network()
    network = found_network["network"]
    tables = figures.network_tables(network)
    prevention = figures.prevention_shift()
    years = prevention["years"]
    boundary = figures.boundary_gaps()
    coverage = figures.coverage(by="region", threshold=threshold)
    content = {
        "meeting": meeting,
        **meeting_record(meeting),
        **dashboard,
        "dashboard_as_of": dashboard["as_of"],
        "savings_chart": pictures.savings_chart(
            dashboard["savings_by_year"], chart_id="pack-savings"
        ),
        "workstream_chart": pictures.workstream_chart(
            dashboard["by_workstream"], chart_id="pack-workstreams"
        ),
        "pipeline_chart": pictures.pipeline_chart(dashboard["pipeline"], chart_id="pack-pipeline"),
        "spread_chart": pictures.spread_chart(dashboard["furthest_spread"], chart_id="pack-spread"),
        "leaders_chart": pictures.leaders_chart(
            dashboard["leading_bodies"], chart_id="pack-leaders"
        ),
        "coverage": coverage,
        "coverage_gaps": coverage_gaps(coverage),
        "threshold_percent": round(threshold * 100),
        "boundary_gaps": boundary["gaps"],
        "boundary_pairs": boundary["pairs"],
        "boundary_pair_count": boundary["pair_count"],
        "boundary_gap_count": boundary["gap_count"],
        "boundaries_as_of": boundary["as_of"],
        "integrated": figures.integrated_service_areas(),
        "network": network,
        "network_as_of": found_network["as_of"],
        "network_picture": pictures.network_picture(
            network, tables["sector_labels"], chart_id="pack-network"
        ),
        **tables,
        "prevention_years": years,
        "prevention_as_of": prevention["as_of"],
        **figures.prevention_tables(years),
        "prevention_chart": pictures.prevention_chart(years, "savings", chart_id="pack-prevention"),
    }
    content["english_stands_in"] = english_stands_in(content)
    return content
