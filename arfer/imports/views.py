"""The upload page, a run's progress and report, and the templates to start a file from. Thin
views over the ImportRun queryset (who sees which run), the actions and the column
definitions."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET

from arfer.core.exports import Column as ExportColumn
from arfer.core.exports import csv_response, xlsx_response

from . import actions
from .columns import KINDS, kinds_for
from .forms import ImportForm
from .importer import Report
from .models import ImportRun

# Problems shown on the page; all those the report kept are in the CSV download.
PROBLEMS_SHOWN = 100
RECENT_RUNS = 20


@login_required
def index(request):
    kinds = kinds_for(request.user)
    if not kinds:
        raise Http404  # nothing this person may import: the page is not theirs to see
    form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        run = actions.start_import(
            actor=request.user,
            kind=form.cleaned_data["kind"],
            upload=form.cleaned_data["file"],
            skip_invalid=form.cleaned_data["skip_invalid"],
            language=get_language(),
        )
        return redirect(run)
    runs = (
        ImportRun.objects.visible_to(request.user)
        .select_related("uploaded_by")
        .defer("report")[:RECENT_RUNS]
    )
    return render(request, "imports/index.html", {"form": form, "kinds": kinds, "runs": runs})


def _visible_run(request, pk) -> ImportRun:
    return get_object_or_404(ImportRun.objects.visible_to(request.user), pk=pk)


@login_required
@require_GET
def run_detail(request, pk):
    run = _visible_run(request, pk)
    report = Report.from_json(run.report) if run.status == run.Status.DONE else None
    fatal = (run.report or {}).get("fatal", "")
    if run.has_stalled:
        fatal = actions.STALLED_MESSAGE
    context = {
        "run": run,
        "report": report,
        "problems": report.problems[:PROBLEMS_SHOWN] if report else [],
        "fatal": fatal,
        "columns": KINDS[run.kind].columns,
    }
    if request.htmx:
        return render(request, "imports/_run_status.html", context)
    return render(request, "imports/run.html", context)


@login_required
@require_GET
def problems_csv(request, pk):
    run = _visible_run(request, pk)
    report = run.report or {}
    rows = [(p["row"], p["column"], p["message"]) for p in report.get("problems", [])]
    if report.get("fatal"):
        rows.insert(0, (None, "", report["fatal"]))
    left_out = report.get("problems_total", 0) - len(report.get("problems", []))
    if left_out > 0:
        rows.append(
            (
                None,
                "",
                gettext(
                    "And %(count)s more problems, not kept. Correct these and import the file "
                    "again "
                    "to see the rest."
                )
                % {"count": f"{left_out:,}"},
            )
        )
    return csv_response(
        f"import-{run.pk}-problems.csv",
        [ExportColumn("row", "integer"), ExportColumn("column"), ExportColumn("message")],
        rows,
    )


@require_GET
def template_file(request, kind, extension):
    found = KINDS.get(kind)
    if found is None or extension not in ("csv", "xlsx"):
        raise Http404
    columns = [ExportColumn(column.name) for column in found.columns]
    example = [column.example for column in found.columns]
    if extension == "csv":
        return csv_response(f"arfer-{kind}-template.csv", columns, [example])
    return xlsx_response(f"arfer-{kind}-template.xlsx", kind, columns, [example])
