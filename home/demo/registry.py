"""Demo data registry.

Each app registers its loaders in its own `demo` module with `@demo_loader(order=...)`;
`manage.py load_demo` imports those modules and runs every loader in order. A loader makes what
is missing, leaves what exists alone and returns a list of what it changed, so a second run
changes nothing and says so.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.module_loading import autodiscover_modules


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
