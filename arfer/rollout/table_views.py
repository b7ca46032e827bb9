"""The adoption register and the savings ledger as filtered tables, on a page and exported as
CSV or XLSX exactly as filtered."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from arfer.core.exports import csv_response, xlsx_response
from arfer.core.pagination import capped_count, page_window, requested_page

from .analytics import savings_total
from .figures import savings_by_year
from .models import Adoption, LedgerEntry
from .tables import LEDGER, REGISTER, LedgerFilterForm, RegisterFilterForm

ROWS_PER_PAGE = 50
# An export holds every filtered row up to this many; beyond it the page says to filter more.
EXPORT_LIMIT = 100_000


def _page(request, records):
    count = capped_count(records, settings.ARFER_RESULT_COUNT_CAP)
    window = page_window(requested_page(request), count.shown, ROWS_PER_PAGE)
    # The page's ids first, ordered on narrow rows; then just those rows in full. Ordering the
    # full rows (with their practice and bodies) of every match costs ten times more.
    ids = list(records.values_list("pk", flat=True)[window.offset : window.offset + window.size])
    by_id = {record.pk: record for record in records.filter(pk__in=ids)}
    return window, count, [by_id[pk] for pk in ids]


def _filtered_register(request):
    form = RegisterFilterForm(request.GET, user=request.user)
    adoptions = form.apply(Adoption.objects.visible_to(request.user).for_listing())
    # Newest first, by the primary key: a page is read without sorting the whole register.
    return form, adoptions.order_by("-pk")


@login_required
@require_GET
def register(request):
    form, adoptions = _filtered_register(request)
    window, count, rows = _page(request, adoptions)
    return render(
        request,
        "rollout/register.html",
        {
            **window.context(request),
            "form": form,
            "adoptions": rows,
            "table": REGISTER,
            "table_rows": REGISTER.page_rows(rows),
            "count": count,
            "export_query": form.export_query(),
            "export_limit": EXPORT_LIMIT,
        },
    )


# A practice's long texts, which no export column needs: reading them for every row costs more
# than the rest of the export.
PRACTICE_TEXTS = [
    f"practice__{name}_{language}"
    for name in (
        "summary",
        "problem",
        "approach",
        "outcomes",
        "adoption_needs",
        "non_cashable_note",
    )
    for language in ("en", "cy")
]


def _export(fmt, *, name, title, table, records):
    columns = table.export_columns()
    rows = table.export_rows(
        records.defer(*PRACTICE_TEXTS)[:EXPORT_LIMIT].iterator(chunk_size=2000)
    )
    stamp = timezone.localdate().isoformat()
    if fmt == "csv":
        return csv_response(f"arfer-{name}-{stamp}.csv", columns, rows)
    if fmt == "xlsx":
        return xlsx_response(f"arfer-{name}-{stamp}.xlsx", title, columns, rows)
    raise Http404


@login_required
@require_GET
def register_export(request, fmt):
    _form, adoptions = _filtered_register(request)
    return _export(
        fmt, name="adoptions", title=_("Adoption register"), table=REGISTER, records=adoptions
    )


def _filtered_ledger(request):
    form = LedgerFilterForm(request.GET, user=request.user)
    entries = form.apply(LedgerEntry.objects.visible_to(request.user).for_listing())
    # Newest period first (an index), then newest recorded.
    return form, entries.order_by("-financial_year", "-quarter", "-pk")


@login_required
@require_GET
def ledger(request):
    form, entries = _filtered_ledger(request)
    totals = savings_total(savings_by_year(entries))
    window, count, rows = _page(request, entries)
    return render(
        request,
        "rollout/ledger.html",
        {
            **window.context(request),
            "form": form,
            "entries": rows,
            "table": LEDGER,
            "table_rows": LEDGER.page_rows(rows),
            "count": count,
            "totals": totals,
            "export_query": form.export_query(),
            "export_limit": EXPORT_LIMIT,
        },
    )


@login_required
@require_GET
def ledger_export(request, fmt):
    _form, entries = _filtered_ledger(request)
    return _export(fmt, name="savings", title=_("Savings ledger"), table=LEDGER, records=entries)
