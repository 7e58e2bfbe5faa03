"""The Nu HTML checker (vnu.jar from npm's `vnu-jar`, run with Java): HTML errors of many pages at once.

The JVM takes a second or two to start, so `html_errors` checks a whole batch of pages in one run.
`make test` installs Java (Debian's default-jre-headless) and the jar (`npm ci --prefix tests/e2e`).
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

VNU_JAR = Path(__file__).parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def missing() -> str | None:
    """Why the checker cannot run here, or None when it can."""
    if not shutil.which("java"):
        return "Java not found: install Debian's default-jre-headless (make test does as root)"
    if not VNU_JAR.exists():
        return "vnu.jar not installed: run `npm ci --prefix tests/e2e` (make test does)"
    return None


def html_errors(pages: dict[str, str]) -> dict[str, list[str]]:
    """The checker's errors for each page {name: html}, as readable lines; pages without errors map to []."""
    errors = {name: [] for name in pages}
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for number, (name, html) in enumerate(pages.items()):
            path = Path(folder) / f"page-{number:03d}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
        result = subprocess.run(  # noqa: S603  (the jar installed from npm, on files written above)
            [shutil.which("java"), "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout"]
            + sorted(str(Path(folder) / file) for file in names),
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
    for message in json.loads(result.stdout)["messages"]:
        page = names.get(message.get("url", "").rsplit("/", 1)[-1])
        if page is None:  # not about one page: the checker itself failed
            raise RuntimeError(f"vnu: {message.get('message')}\n{result.stderr}")
        extract = " ".join(message.get("extract", "").split())[:120]
        errors[page].append(f"line {message.get('lastLine')}: {message['message']} [{extract}]")
    return errors
