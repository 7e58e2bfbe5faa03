"""Demo data registry.

Each app registers its loaders in its own `demo` module with `@demo_loader(order=...)`;
`manage.py load_demo` imports those modules and runs every loader in order. A loader makes what
is missing, leaves what exists alone and returns a list of what it changed, so a second run
changes nothing and says so.

`load_demo --scale` (home.demo.scale) has its own registry of the same shape: `@scale_loader(order=...)`
parts get the `Sizes` and the run's random generator and return what they added.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.utils.module_loading import autodiscover_modules

if TYPE_CHECKING:
    from .scale import Sizes


@dataclass
class DemoContext:
    # Demo passwords are printed only in development; elsewhere accounts get random passwords.
    show_passwords: bool
    accounts: list[tuple[str, str, str]] = field(default_factory=list)  # (role, username, password)


Loader = Callable[[DemoContext], list[str]]
_loaders: dict[str, tuple[int, Loader]] = {}


def demo_loader(order: int):
    """Register a loader; lower orders run first (home content before the apps that use it)."""

    def register(func: Loader) -> Loader:
        _loaders[f"{func.__module__}.{func.__qualname__}"] = (order, func)
        return func

    return register


def run_loaders(context: DemoContext) -> list[str]:
    autodiscover_modules("demo")
    changes: list[str] = []
    for _order, loader in sorted(_loaders.values(), key=lambda item: item[0]):
        changes.extend(loader(context))
    return changes


ScaleLoader = Callable[["Sizes", random.Random], list[str]]
_scale_loaders: dict[str, tuple[int, ScaleLoader, Callable[[], bool] | None]] = {}


def scale_loader(order: int, *, loaded: Callable[[], bool] | None = None):
    """Register a part of the scale data; lower orders run first (services before the submissions about
    them), all drawing from one random generator, so the order also keeps the data the same.

    `loaded` says whether the part's rows are already there. The parts are written in one transaction,
    so one part that can tell is enough to know the whole scale data is there.
    """

    def register(func: ScaleLoader) -> ScaleLoader:
        _scale_loaders[f"{func.__module__}.{func.__qualname__}"] = (order, func, loaded)
        return func

    return register


def scale_data_loaded() -> bool:
    autodiscover_modules("demo")
    return any(loaded() for _order, _loader, loaded in _scale_loaders.values() if loaded)


def run_scale_loaders(sizes: "Sizes", rng: random.Random) -> list[str]:
    """Run every scale part in order; each change it reports is followed by the seconds the part took."""
    autodiscover_modules("demo")
    changes: list[str] = []
    for _order, loader, _loaded in sorted(_scale_loaders.values(), key=lambda item: item[0]):
        started = time.monotonic()
        added = loader(sizes, rng)
        seconds = time.monotonic() - started
        changes.extend(f"{change} ({seconds:.0f} s)" for change in added)
    return changes
