from urllib.parse import urlencode

from django import forms
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from arfer.accounts.policy import may_see_history_of
from arfer.core.bilingual import active_language
from arfer.core.forms import field_of
from arfer.core.history import Trail, history_download, history_page
from arfer.core.pagination import page_window
from arfer.core.query_filters import ChosenFilter

from .body_page import body_page
from .forms import BodyForm, NewBodyForm, RetireBodyForm
from .models import Area, Body

BODIES_PER_PAGE = 50


class BodyFilterForm(forms.Form):
    q = forms.CharField(label=_("Search by name"), required=False, max_length=200, strip=True)
    sector = forms.ChoiceField(
        label=_("Sector"), required=False, choices=[("", _("All sectors")), *Body.Sector.choices]
    )
    region = forms.ChoiceField(label=_("Region"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("name", _("Name")), ("sector", _("Sector, then name"))],
    )
    page = forms.IntegerField(required=False, min_value=1)

    def __init__(self, data, *, regions):
        super().__init__(data)
        field_of(self, "region", forms.ChoiceField).choices = [
            ("", _("All regions")),
            *[(r.slug, r.name) for r in regions],
        ]

    def valid_value(self, name):
        """The field's value if it is valid, else nothing: a bad filter is ignored, not an error."""
        self.is_valid()
        return self.cleaned_data.get(name) if name not in self.errors else None

    def chosen_filters(self) -> list[ChosenFilter]:
        """The search and each filter set, with the query string that removes it alone."""
        chosen = []
        for name in ("q", "sector", "region"):
            value = self.valid_value(name)
            if not value:
                continue
            field = self.fields[name]
            label = dict(field.choices)[value] if name != "q" else value  # type: ignore[attr-defined]
            query = QueryDict(mutable=True)
            query.update(self.data)
            query.pop(name, None)
            query.pop("page", None)
            shown = _("Search by name") if name == "q" else field.label
            chosen.append(ChosenFilter(str(shown), str(label), query.urlencode()))
        return chosen

    def query_without_filters(self) -> str:
        """The query string without the search and the filters, keeping the order."""
        sort = self.valid_value("sort")
        return urlencode({"sort": sort}) if sort else ""


@require_GET
def body_list(request):
    regions = list(Area.objects.regions().order_by("name_en"))
    form = BodyFilterForm(request.GET, regions=regions)
    bodies = Body.objects.all()
    sector = form.valid_value("sector")
    region_slug = form.valid_value("region")
    if sector:
        bodies = bodies.filter(sector=sector)
    if region_slug:
        bodies = bodies.in_region(next(r for r in regions if r.slug == region_slug))
    if form.valid_value("q"):
        bodies = bodies.named_like(form.valid_value("q"))
    ordered = bodies.ids_by_name(
        active_language(), sectors_first=form.valid_value("sort") == "sector"
    )
    window = page_window(form.valid_value("page"), len(ordered), BODIES_PER_PAGE)
    shown = ordered[window.offset : window.offset + window.size]
    by_id = (
        Body.objects.filter(pk__in=shown)
        .prefetch_related(Prefetch("areas", queryset=Area.objects.order_by("kind", "name_en")))
        .in_bulk()
    )
    return render(
        request,
        "directory/body_list.html",
        {
            **window.context(request),
            "form": form,
            "bodies": [by_id[pk] for pk in shown],
            "total": len(ordered),
            "chosen_filters": form.chosen_filters(),
            "query_without_filters": form.query_without_filters(),
        },
    )


@require_GET
def body_detail(request, slug):
    body = get_object_or_404(
        Body.objects.all().prefetch_related(
            Prefetch("areas", queryset=Area.objects.order_by("kind", "name_en"))
        ),
        slug=slug,
    )
    user = request.user
    return render(
        request,
        "directory/body_detail.html",
        {
            "can_see_history": may_see_history_of(user, body.pk),
            "body": body,
            "sections": body_page.render(request, body=body),
        },
    )


# A body's record reads as the directory's forms name its fields.
BODY_TRAIL = Trail(
    Body,
    forms=[RetireBodyForm, BodyForm, NewBodyForm],
    model_named=frozenset(
        {"name_cy", "short_name", "gss_code", "ods_code", "website", "active_from", "slug"}
    ),
)


def _body_for_history(request, slug) -> Body:
    body = get_object_or_404(Body, slug=slug)
    if not may_see_history_of(request.user, body.pk):
        raise Http404
    return body


@require_GET
@login_required
def body_history(request, slug):
    """Changes to a body's record and to its membership, for its members and the programme."""
    body = _body_for_history(request, slug)
    from arfer.accounts.models import Membership

    memberships = list(
        Membership.history.filter(body_id=body.pk)
        .select_related("history_user", "user")
        .order_by("-history_id")[:200]
    )
    return history_page(
        request,
        BODY_TRAIL,
        body,
        csv_url=reverse("directory:body-history-csv", args=[body.slug]),
        intro=_(
            "Every change to this body's record and to its members, newest first, with who "
            "made it. The record cannot be edited."
        ),
        template="directory/body_history.html",
        extra={"body": body, "memberships": memberships},
    )


@require_GET
@login_required
def body_history_csv(request, slug):
    body = _body_for_history(request, slug)
    return history_download(BODY_TRAIL, body, f"history-{body.slug}.csv")
