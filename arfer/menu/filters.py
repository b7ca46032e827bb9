"""What the menu can be narrowed and sorted by: one form, read from the query string, that the
menu page and the API's practice list both validate through (core/query_filters.py). The page
drops unknown or malformed values (never an error page); the API answers them as field errors."""

import re
from dataclasses import dataclass, field, replace

from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from arfer.core.bilingual import active_language
from arfer.core.collation import name_sort_key
from arfer.core.forms import field_of
from arfer.core.query_filters import ChosenFilter, accepted, unknown
from arfer.directory.models import Area, Body

from .menu_index import FILTER_AREA_KINDS, LeadBody, MenuIndex, current_menu_index
from .models import EvidenceLevel, PreventionTier, ServiceArea

POUND = 100  # pence
SLUG = re.compile(r"[-a-zA-Z0-9_]+")


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

AREA_GROUP_LABELS = {
    Area.Kind.LOCAL_AUTHORITY: _("Local authority areas"),
    Area.Kind.HEALTH_BOARD: _("Health board areas"),
}

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
    # One of the bodies that lead the published menu (checked against the menu's index).
    lead_body = forms.CharField(label=_("Lead body"), required=False, max_length=100)
    area = forms.ChoiceField(label=_("Area"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)
    page = forms.IntegerField(required=False, min_value=1)

    data: QueryDict  # the page's query string

    def __init__(self, data: QueryDict, *, service_areas, areas, menu_index: MenuIndex):
        super().__init__(data)
        self.service_areas, self.menu_index = service_areas, menu_index
        self.regions = [a for a in areas if a.kind == Area.Kind.REGIONAL_PARTNERSHIP]
        language = active_language()
        self.area_groups = [
            (
                AREA_GROUP_LABELS[kind],
                sorted(
                    (a for a in areas if a.kind == kind),
                    key=lambda area: name_sort_key(area.name, language),
                ),
            )
            for kind in FILTER_AREA_KINDS
        ]
        self.lead_bodies = menu_index.lead_bodies_by_name(language)
        self.other_lead_body: LeadBody | None = None  # chosen, though it leads nothing published
        field_of(self, "service_area", forms.ChoiceField).choices = [
            (s.slug, s.name) for s in service_areas
        ]
        field_of(self, "region", forms.ChoiceField).choices = [
            (r.slug, r.name) for r in self.regions
        ]
        field_of(self, "area", forms.ChoiceField).choices = [
            (a.slug, a.name) for _label, group in self.area_groups for a in group
        ]

    @classmethod
    def read(cls, data, menu_index: MenuIndex | None = None) -> "MenuFilterForm":
        """The form over a query string, offering the top-level service areas, the regions and
        areas there are now (two queries) and the bodies leading the published menu (from its
        index: one query when not given)."""
        return cls(
            data,
            service_areas=list(ServiceArea.objects.top_level()),
            areas=list(
                Area.objects.filter(
                    kind__in=[Area.Kind.REGIONAL_PARTNERSHIP, *FILTER_AREA_KINDS]
                ).order_by("name_en")
            ),
            menu_index=menu_index or current_menu_index(),
        )

    def clean_lead_body(self) -> str:
        """A body that leads published practices; or, so that an address or a script naming a
        body that leads none yet finds nothing rather than an error, any body there is (one
        query, only then)."""
        slug = self.cleaned_data["lead_body"]
        if not slug or slug in self.menu_index.lead_bodies:
            return slug
        if not SLUG.fullmatch(slug):  # never a body's, and not for the database to read
            raise forms.ValidationError(unknown([slug]))
        found = Body.objects.filter(slug=slug).values_list("pk", "slug", "name_en", "name_cy")
        values = found.first()
        if values is None:
            raise forms.ValidationError(unknown([slug]))
        self.other_lead_body = LeadBody(*values)
        return slug

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
            lead_body=values.get("lead_body") or "",
            area=values.get("area") or "",
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

    def offered_lead_bodies(self) -> list[LeadBody]:
        """The lead bodies in name order, with the one chosen though it leads nothing
        published (after clean_lead_body)."""
        return self.lead_bodies + ([self.other_lead_body] if self.other_lead_body else [])

    def query_without_filters(self) -> str:
        """The query string with every filter taken out, keeping the words and the order."""
        query = QueryDict(mutable=True)
        for name in ("q", "sort"):
            value = self.data.get(name)
            if value:
                query[name] = str(value)
        return query.urlencode()

    def query_with_words(self, words: str) -> str:
        """The query string with other words to search for, the filters and order kept, from
        the first page."""
        query = QueryDict(mutable=True)
        for name, values in self.data.lists():
            if name not in ("q", "page"):
                query.setlist(name, values)
        query["q"] = words
        return query.urlencode()

    def chosen_filters(self, facets) -> list[ChosenFilter]:
        """Every filter value set (facets and choice filters alike), each with the query string
        that removes it and keeps the others."""
        return [
            ChosenFilter(facet.label, option.label, self.query_without(facet.name, option.value))
            for facet in facets
            for option in facet.options
            if option.selected
        ]


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
    lead_body: str = ""  # a body's slug
    area: str = ""  # a local authority or health board area's slug
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
            or self.lead_body
            or self.area
        )
