"""The registry of open datasets: what each one holds, its fields and how its rows are made.

A registered dataset is served as JSON and CSV at /data-terbuka/<slug>.json and .csv, listed with its
field descriptions on /data-terbuka/ and described in /data-terbuka/openapi.json; nothing else needs
to change. A dataset is a few lines in `datasets.py`:

    register(
        Dataset(
            slug="kinerja",
            title=_("Service performance"),
            description=_("…"),
            fields=(Field("service", _("…")), Field("median_days", _("…"), "number", nullable=True)),
            rows=performance_rows,  # rows(**options) -> list of {field name: value}
            parameters=PERIOD_PARAMETERS,  # optional: query parameters, documented
            read_options=period_options,  # optional: query -> the options for rows(), or InvalidParameter
        )
    )

Rows hold aggregates and public content only, never personal data. Values are plain Python values
(str, int, Decimal, bool, date, None); the views turn them into JSON and CSV.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import QueryDict


@dataclass(frozen=True)
class Field:
    """One column. `type` and `format` are JSON Schema's, for the OpenAPI description."""

    name: str
    description: str  # lazy translation
    type: str = "string"  # string, integer, number, boolean
    format: str = ""  # e.g. date, date-time, uri
    nullable: bool = False


@dataclass(frozen=True)
class Parameter:
    """A query parameter a dataset accepts, with its JSON Schema (or a function returning it, for
    bounds that move, such as this year)."""

    name: str
    description: str  # lazy translation
    schema: dict[str, Any] | Callable[[], dict[str, Any]]

    def json_schema(self) -> dict[str, Any]:
        return self.schema() if callable(self.schema) else self.schema


class InvalidParameter(ValueError):
    """A query parameter the dataset cannot answer: 400 when it breaks its schema, 404 when it is
    well formed but names something that does not exist (a third semester)."""

    def __init__(self, parameter: str, message: str, status: int = 400):
        super().__init__(message)
        self.parameter = parameter
        self.message = message
        self.status = status


def no_options(query: QueryDict) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str  # lazy translation
    description: str  # lazy translation
    fields: tuple[Field, ...]
    rows: Callable[..., list[dict[str, Any]]]
    parameters: tuple[Parameter, ...] = ()
    # The options for rows(), read from the query: missing values take their defaults, values the
    # parameters' schemas do not allow raise InvalidParameter, so every request maps onto a small set
    # of cacheable results and no one mistakes a fallback for what they asked for.
    read_options: Callable[[QueryDict], dict[str, Any]] = no_options


DATASETS: dict[str, Dataset] = {}
RESERVED_SLUGS = {"openapi"}  # /data-terbuka/openapi.json describes the datasets


def register(dataset: Dataset) -> Dataset:
    if dataset.slug in DATASETS or dataset.slug in RESERVED_SLUGS:
        raise ValueError(f"The dataset slug {dataset.slug!r} is already taken.")
    DATASETS[dataset.slug] = dataset
    return dataset
