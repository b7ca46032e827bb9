"""A meeting's board pack, as a web page and as a PDF to download: the same content (pack.py)
through the same section templates, for the same readers as the meeting's page."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from arfer.core.bilingual import active_language

from . import pack as pack_content
from .meeting_views import visible_meeting


@login_required
@require_GET
def pack(request, pk):
    meeting = visible_meeting(request, pk)
    return render(
        request,
        "board/pack.html",
        {
            **pack_content.board_pack(meeting, threshold=settings.ARFER_COVERAGE_GAP_SHARE),
            "prepared_on": timezone.localdate(),
        },
    )


@login_required
@require_GET
@never_cache  # the board's own papers: no shared or browser cache keeps a copy
def pack_pdf(request, pk):
    # WeasyPrint (and the Pango it loads) is imported when a PDF is asked for, not when the
    # site starts: it takes most of a second, and every other page works without it.
    from .pdf import render_pack_pdf

    meeting = visible_meeting(request, pk)
    language = active_language()
    response = HttpResponse(
        render_pack_pdf(meeting, language=language), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="board-pack-{meeting.date:%Y-%m-%d}-{language}.pdf"'
    )
    return response
