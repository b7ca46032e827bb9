"""The open data pages: the list of datasets with their downloads, and each dataset's data
dictionary. Everything here is public and holds published content only (datasets.py)."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import formats, tasks
from .datasets import BY_SLUG, DATASETS

DOWNLOADS = list(formats.WRITERS)


def _dataset(slug):
    if slug not in BY_SLUG:
        raise Http404
    return BY_SLUG[slug]


@require_GET
def index(request):
    tasks.prepare_later()
    return render(
        request,
        "opendata/index.html",
        {
            "datasets": DATASETS,
            "formats": DOWNLOADS,
            "licence": formats.licence(),
            "bundle_name": formats.BUNDLE_NAME,
        },
    )


@require_GET
def dataset(request, slug):
    found = _dataset(slug)
    return render(
        request,
        "opendata/dataset.html",
        {
            "dataset": found,
            "dictionary": formats.dictionary(found),
            "formats": DOWNLOADS,
            "licence": formats.licence(),
        },
    )


@require_GET
def download(request, slug, extension):
    found = _dataset(slug)
    if extension not in DOWNLOADS:
        raise Http404
    return formats.download(found, extension)


@require_GET
def bundle(request):
    return formats.download(None, "sqlite")
