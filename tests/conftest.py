"""Suite-wide test settings: Qt offscreen, no stray network, fast hypothesis."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", deadline=None, max_examples=200,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "soak", deadline=None, max_examples=20000,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("LIAISON_HYPOTHESIS_PROFILE", "default"))
