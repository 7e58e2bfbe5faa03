"""What editors keep for the site search: synonym groups, and the queries that found nothing."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin


class SynonymGroup(TranslatableMixin, models.Model):
    """Words residents use for the same thing; a query with one of them also searches for the others."""

    terms = models.TextField(
        _("words that mean the same"),
        help_text=_(
            "Separate them with commas, e.g. “KTP, KTP-el, e-KTP, kartu tanda penduduk”. "
            "A search for any of them also finds pages that use the others."
        ),
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")

    def __str__(self):
        return self.terms[:80]

    def term_list(self) -> list[str]:
        return [term.strip().lower() for term in self.terms.split(",") if term.strip()]


class ZeroResultQuery(models.Model):
    """A query that found nothing on a day, with how often it was asked: what editors should add."""

    query = models.CharField(_("query"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    day = models.DateField(_("day"), db_index=True)
    hits = models.PositiveIntegerField(_("times searched"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "day"], name="one_zero_result_row_per_day")
        ]

    def __str__(self):
        return self.query
