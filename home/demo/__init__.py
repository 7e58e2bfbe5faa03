from .loaders import ensure_demo_user
from .registry import (
    DemoContext,
    demo_loader,
    run_loaders,
    run_scale_loaders,
    scale_data_loaded,
    scale_loader,
)
from .translation import publish_translation

__all__ = [
    "DemoContext",
    "demo_loader",
    "ensure_demo_user",
    "publish_translation",
    "run_loaders",
    "run_scale_loaders",
    "scale_data_loaded",
    "scale_loader",
]
