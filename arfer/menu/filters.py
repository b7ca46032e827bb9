"""What the menu can be narrowed and sorted by: one form, read from the query string, that the
menu page and the API's practice list both validate through (core/query_filters.py). The page
drops unknown or malformed values (never an error page); the API answers them as field errors."""

from dataclasses import dataclass, field, replace

from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from arfer.core.forms import field_of
from arfer.core.query_filters import accepted
from arfer.directory.models import Area, Body

from .models import EvidenceLevel, PreventionTier, ServiceArea

POUND = 100  # pence


@dataclass(frozen=True)
class SavingBand:
    key: str
    label: StrOrPromise
    lower_pence: int
    upper_pence: int | None  # exclusive; None means no upper bound

    def condition(self) -> Q:
        condition = Q(annual_saving_pence__gte=self.lower_pence)
        if self.upper_pence is not None:
            condition &= Q(annual_saving_pence__lt=self.upper_pence)
        return condition


SAVING_BANDS = [
    SavingBand("none", _("No recurring saving"), 0, 1),
    SavingBand("under-10k", _("Under £10,000 a year"), 1, 10_000 * POUND),
    SavingBand("10k-100k", _("£10,000 to £100,000 a year"), 10_000 * POUND, 100_000 * POUND),
    SavingBand("100k-1m", _("£100,000 to £1 million a year"), 100_000 * POUND, 1_000_000 * POUND),
    SavingBand("over-1m", _("£1 million or more a year"), 1_000_000 * POUND, None),
]
SAVING_BAND_BY_KEY = {band.key: band for band in SAVING_BANDS}

SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("newest", _("Newest")),
    ("saving", _("Largest annual saving")),
]
# The longest search accepted; only its first words are searched (search.terms).
SEARCH_MAX_LENGTH = 10_000


class MenuFilterForm(forms.Form):
    # The facets are drawn as checkboxes, several of which may be ticked.
    q = forms.CharField(
        label=_("Search the menu"), required=False, max_length=SEARCH_MAX_LENGTH, strip=True
    )
    service_area = forms.MultipleChoiceField(
        label=_("Service area"), required=False, widget=forms.CheckboxSelectMultiple
    )
    sector = forms.MultipleChoiceField(
        label=_("Sector of the lead body"),
        required=False,
        choices=Body.Sector.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    region = forms.MultipleChoiceField(
        label=_("Region"), required=False, widget=forms.CheckboxSelectMultiple
    )
    tier = forms.MultipleChoiceField(
        label=_("Prevention tier"),
        required=False,
        choices=PreventionTier.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    evidence = forms.TypedMultipleChoiceField(
        label=_("Evidence level"),
        required=False,
        coerce=int,
        choices=[(level.value, level.value) for level in EvidenceLevel],
        widget=forms.CheckboxSelectMultiple,
    )
    saving = forms.MultipleChoiceField(
        label=_("Annual saving"),
        required=False,
        choices=[(band.key, band.label) for band in SAVING_BANDS],
        widget=forms.CheckboxSelectMultiple,
    )
    boundaries = forms.BooleanField(
        label=_("Works across organisational boundaries"), required=False
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)
    page = forms.IntegerField(required=False, min_value=1)

    data: QueryDict  # the page's query string

    def __init__(self, data: QueryDict, *, service_areas, regions):
        super().__init__(data)
        self.service_areas, self.regions = service_areas, regions
        field_of(self, "service_area", forms.ChoiceField).choices = [
            (s.slug, s.name) for s in service_areas
        ]
        field_of(self, "region", forms.ChoiceField).choices = [(r.slug, r.name) for r in regions]

    @classmethod
    def read(cls, data) -> "MenuFilterForm":
        """The form over a query string, offering the top-level service areas and the regions
        there are now (two queries)."""
        return cls(
            data,
            service_areas=list(ServiceArea.objects.top_level()),
            regions=list(Area.objects.regions().order_by("name_en")),
        )

    def criteria(self) -> "MenuCriteria":
        """The valid part of the query string: each field keeps its valid values only."""
        values = accepted(self)
        query = (values.get("q") or "").replace("\x00", " ")
        return MenuCriteria(
            query=query,
            service_areas=values.get("service_area") or [],
            sectors=values.get("sector") or [],
            regions=values.get("region") or [],
            tiers=values.get("tier") or [],
            evidence_levels=values.get("evidence") or [],
            saving_bands=values.get("saving") or [],
            across_boundaries=bool(values.get("boundaries")),
            sort=values.get("sort") or "",
            page=values.get("page") or 1,
        )

    def query_without(self, name: str, value: str) -> str:
        """The query string with one filter value taken out (every value, for a yes/no filter),
        from the first page again."""
        query = self.data.copy()
        query.pop("page", None)
        if isinstance(self.fields[name], forms.MultipleChoiceField):
            query.setlist(name, [v for v in query.getlist(name) if v != value])
        else:
            query.pop(name, None)
        return query.urlencode()

    def chosen_filters(self, facets) -> list["ChosenFilter"]:
        """Every filter value set, each with the query string that removes it."""
        return [
            ChosenFilter(facet.label, option.label, self.query_without(facet.name, option.value))
            for facet in facets
            for option in facet.options
            if option.selected
        ]


@dataclass(frozen=True)
class ChosenFilter:
    facet: str
    option: str
    query_without: str


def offered_facets(facets) -> list:
    """The facets worth showing: their options that would find something or are ticked, and only
    the facets left with any (none at all when nothing matches and nothing is set)."""
    offered = [
        replace(facet, options=[o for o in facet.options if o.count or o.selected])
        for facet in facets
    ]
    return [facet for facet in offered if facet.options]


@dataclass(frozen=True)
class MenuCriteria:
    query: str = ""
    service_areas: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    tiers: list[str] = field(default_factory=list)
    evidence_levels: list[int] = field(default_factory=list)
    saving_bands: list[str] = field(default_factory=list)
    across_boundaries: bool = False
    sort: str = ""
    page: int = 1

    @property
    def is_filtered(self) -> bool:
        return bool(
            self.service_areas
            or self.sectors
            or self.regions
            or self.tiers
            or self.evidence_levels
            or self.saving_bands
            or self.across_boundaries
        )
