from .loaders import ensure_demo_user
from .registry import DemoContext, demo_loader, run_loaders
from .translation import publish_translation

__all__ = ["DemoContext", "demo_loader", "ensure_demo_user", "publish_translation", "run_loaders"]
