"""The service index's filter form: GET parameters in the URL, so a filtered list can be shared.

Its words box matches as the site search does (the same cleaning, synonym groups, ranking and best
bets), so "kk", "akte" or "izin usaha" finds in /layanan/ what it finds in /cari/. The search app reads
the catalogue, so the catalogue does not import it: it asks through the `search_by_words` Wagtail hook.
"""

from django import forms
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from home.cache import cached

from .models import Agency, ServiceCategory

MAX_QUERY_LENGTH = 200  # as long as the site search's box takes


def search_by_words(queryset, text, language):
    """The site search's (matches best first, best bets) for `text` in `queryset`, or None (no words)."""
    for hook in hooks.get_hooks("search_by_words"):
        return hook(queryset, text, language)
    return None


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
        self.ranked = False  # by relevance (apply), when the words box held words to search for
        self.best_bets = []
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
        # Ranked by relevance, not by title: the search ignores the queryset's order.
        if self.query and (found := search_by_words(services.order_by(), self.query, self.language)):
            results, self.best_bets = found
            self.ranked = True
            return results
        return services
