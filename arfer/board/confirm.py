"""Removals ask first: the page's GET shows the question, and only the answer's POST removes."""

from django.contrib import messages
from django.shortcuts import redirect, render

from arfer.core.bilingual import LocalisedText


def removal_asked_first(
    request,
    *,
    remove,
    removed: str,
    back_to: str,
    question: str,
    explanation: str,
    button: str,
    caption: str | LocalisedText,
    quoted=None,
):
    """On POST, `remove()` (an action) and back to `back_to` saying `removed`; otherwise the
    question, with `button` to confirm and a link back to cancel."""
    if request.method == "POST":
        remove()
        messages.success(request, removed)
        return redirect(back_to)
    return render(
        request,
        "board/confirm_removal.html",
        {
            "caption": caption,
            "question": question,
            "quoted": quoted,
            "explanation": explanation,
            "button": button,
            "cancel_url": back_to,
        },
    )
