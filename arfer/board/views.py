"""The board's pages of figures: the dashboard and the four analyses of where innovation and
collaboration are missing, and the public's "programme at a glance". Thin views over the query
layer (figures.py) and the charts drawn from it (pictures.py)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from arfer.core.pagination import requested_page

from . import figures, pictures
from .dashboard import dashboard_figures
from .forms import CoverageForm
from .models import Meeting
from .policy import runs_meetings, sees_board_business


def require_board(user) -> None:
    """The board's business is hidden from everyone else: it answers as if it did not exist."""
    if not sees_board_business(user):
        raise Http404


@login_required
@require_GET
def dashboard(request):
    require_board(request.user)
    return render(
        request,
        "board/dashboard.html",
        {
            **dashboard_figures(),
            "next_meeting": Meeting.objects.upcoming().first(),
            "runs_meetings": runs_meetings(request.user),
        },
    )


@login_required
@require_GET
def coverage(request):
    require_board(request.user)
    form = CoverageForm(request.GET or None)
    threshold = form.threshold_share()
    return render(
        request,
        "board/coverage.html",
        {
            "form": form,
            "threshold_percent": round(threshold * 100),
            "by": form.grouping(),
            **figures.coverage(by=form.grouping(), threshold=threshold),
        },
    )


@login_required
@require_GET
def boundaries(request):
    require_board(request.user)
    found = figures.boundary_gaps(page=requested_page(request))
    return render(
        request,
        "board/boundaries.html",
        {
            **found,
            **found["window"].context(request),
            "integrated": figures.integrated_service_areas(),
        },
    )


@login_required
@require_GET
def network(request):
    require_board(request.user)
    found = figures.collaboration_network()
    tables = figures.network_tables(found["network"])
    return render(
        request,
        "board/network.html",
        {
            **found,
            **tables,
            "picture": pictures.network_picture(found["network"], tables["sector_labels"]),
        },
    )


@login_required
@require_GET
def prevention(request):
    require_board(request.user)
    found = figures.prevention_shift()
    years = found["years"]
    return render(
        request,
        "board/prevention.html",
        {
            "years": years,
            "as_of": found["as_of"],
            **figures.prevention_tables(years),
            "practices_chart": pictures.prevention_chart(
                years, "practices", chart_id="prevention-practices"
            ),
            "savings_chart": pictures.prevention_chart(
                years, "savings", chart_id="prevention-savings"
            ),
        },
    )


@require_GET
def at_a_glance(request):
    """The public's view: aggregate figures of the published menu and the summits' summaries."""
    glance = figures.at_a_glance()
    return render(
        request,
        "board/at_a_glance.html",
        {
            **glance,
            "savings_chart": pictures.savings_chart(
                glance["savings_by_year"], chart_id="public-savings"
            ),
            "pipeline_chart": pictures.pipeline_chart(
                glance["pipeline"], chart_id="public-pipeline"
            ),
            "summits": list(Meeting.objects.published_summits().order_by("-date")),
        },
    )


@require_GET
def summit(request, pk):
    meeting = get_object_or_404(
        Meeting.objects.published_summits().prefetch_related("attending", "decisions"), pk=pk
    )
    return render(request, "board/summit.html", {"meeting": meeting})
