"""The service index's filter form: GET parameters in the URL, so a filtered list can be shared.

Its words box matches as the site search does (search.query: the same cleaning, synonym groups,
ranking and best bets), so "kk", "akte" or "izin usaha" finds in /layanan/ what it finds in /cari/.
"""

from functools import cached_property

from django import forms
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from home.cache import cached
from search.query import MAX_QUERY_LENGTH, RankedResults, best_bets, clean, expand

from .models import Agency, ServiceCategory


class ServiceFilterForm(forms.Form):
    q = forms.CharField(label=_("Service name"), required=False, max_length=MAX_QUERY_LENGTH)
    kategori = forms.ChoiceField(label=_("Category"), required=False)
    opd = forms.ChoiceField(label=_("Agency"), required=False)
    daring = forms.BooleanField(label=_("Can be applied for online"), required=False)
    gratis = forms.BooleanField(label=_("Free of charge"), required=False)
    tampilan = forms.CharField(required=False, widget=forms.HiddenInput)


class ServiceFilter:
    """Reads the filters leniently: unknown values are ignored, never an error."""

    def __init__(self, params, language):
        categories, agencies = cached(
            f"catalogue-filters:{language}",
            lambda: (
                list(
                    ServiceCategory.objects.filter(locale__language_code=language).values_list(
                        "slug", "name", "pk"
                    )
                ),
                list(
                    Agency.objects.filter(locale__language_code=language).values_list(
                        "slug", "short_name", "pk"
                    )
                ),
            ),
        )
        self.language = language
        self.categories = [(slug, name) for slug, name, _pk in categories]
        self.category_ids = {slug: pk for slug, _name, pk in categories}
        self.agency_ids = {slug: pk for slug, _name, pk in agencies}
        self.query = params.get("q", "").strip()[:MAX_QUERY_LENGTH]
        self.words = clean(self.query)  # what is searched for: "!!!" asks for nothing
        self.category = params.get("kategori") if params.get("kategori") in self.category_ids else ""
        self.agency = params.get("opd") if params.get("opd") in self.agency_ids else ""
        self.online = params.get("daring") in ("1", "on")
        self.free = params.get("gratis") in ("1", "on")
        self.az_view = params.get("tampilan") == "az"
        self.form = ServiceFilterForm(
            initial={
                "q": self.query,
                "kategori": self.category,
                "opd": self.agency,
                "daring": self.online,
                "gratis": self.free,
                "tampilan": "az" if self.az_view else "",
            }
        )
        self.form.fields["kategori"].choices = [("", _("All categories"))] + [
            (s, n) for s, n, _pk in categories
        ]
        self.form.fields["opd"].choices = [("", _("All agencies"))] + [(s, n) for s, n, _pk in agencies]

    def query_string(self, **overrides):
        """The filters as URL parameters, cleaned: what links on the page carry along."""
        params = {
            "q": self.query,
            "kategori": self.category,
            "opd": self.agency,
            "daring": "1" if self.online else "",
            "gratis": "1" if self.free else "",
            "tampilan": "az" if self.az_view else "",
        } | overrides
        return urlencode({key: value for key, value in params.items() if value})

    @property
    def list_query(self):
        return self.query_string(tampilan="")

    @property
    def az_query(self):
        return self.query_string(tampilan="az")

    @property
    def is_active(self):
        return bool(self.query or self.category or self.agency or self.online or self.free)

    @cached_property
    def best_bets(self):
        return list(best_bets(self.words)) if self.words else []

    def apply(self, services):
        """The services the filters let through; with words, the site search's matches, best first."""
        if self.category:
            services = services.filter(category_id=self.category_ids[self.category])
        if self.agency:
            services = services.filter(agency_id=self.agency_ids[self.agency])
        if self.online:
            services = services.filter(online_application=True)
        if self.free:
            services = services.filter(cost=0)
        if self.words:
            # Ranked by relevance, not by title (RankedResults ignores the queryset's order).
            return RankedResults(services.order_by(), expand(self.words, self.language))
        return services
