"""requirements/production.txt, the hash-checked lock file, still matches pyproject.toml (`make lock`)."""

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCK_FILE = ROOT / "requirements" / "production.txt"


def locked_requirements() -> dict[str, tuple[str, list[str]]]:
    """{name: (the whole requirement line, its --hash options)}: pip's line continuations joined."""
    text = re.sub(r"\\\n", " ", LOCK_FILE.read_text())
    locked = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        assert not line.startswith("-"), f"unexpected option in the lock file: {line}"
        requirement, *hashes = line.split(" --hash=")
        locked[canonicalize_name(Requirement(requirement).name)] = (requirement.strip(), hashes)
    return locked


LOCKED = locked_requirements()
DEPENDENCIES = [
    Requirement(line)
    for line in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
]


@pytest.mark.parametrize("name", sorted(LOCKED))
def test_every_locked_package_has_an_exact_version_and_hashes(name):
    requirement, hashes = LOCKED[name]
    specifier = Requirement(requirement).specifier
    assert len(specifier) == 1 and next(iter(specifier)).operator == "==", requirement
    assert hashes and all(value.startswith("sha256:") for value in hashes), requirement


@pytest.mark.parametrize("dependency", DEPENDENCIES, ids=str)
def test_every_dependency_is_locked_at_a_version_pyproject_allows(dependency):
    name = canonicalize_name(dependency.name)
    assert name in LOCKED, f"{dependency.name} is missing from {LOCK_FILE.name}: run `make lock`"
    version = next(iter(Requirement(LOCKED[name][0]).specifier)).version
    assert dependency.specifier.contains(version, prereleases=True), (
        f"{dependency.name} {version} in {LOCK_FILE.name} is outside pyproject.toml's "
        f"{dependency.specifier}: run `make lock`"
    )


@pytest.mark.parametrize("dependency", [dep for dep in DEPENDENCIES if dep.extras], ids=str)
def test_the_packages_an_extra_pulls_in_are_locked(dependency):
    """E.g. allauth[mfa] needs fido2 and qrcode; `pip install --no-deps` installs only what is listed."""
    requirements = [Requirement(line) for line in metadata.requires(dependency.name) or []]
    needed = {
        canonicalize_name(requirement.name)
        for requirement in requirements
        if requirement.marker
        and any(requirement.marker.evaluate({"extra": extra}) for extra in dependency.extras)
    }
    assert needed and needed <= set(LOCKED)
