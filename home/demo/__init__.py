from . import loaders  # noqa: F401  (registers the home app's demo loaders)
from .registry import DemoContext, demo_loader, run_loaders
from .translation import publish_translation

__all__ = ["DemoContext", "demo_loader", "publish_translation", "run_loaders"]
