"""Benchmark: what three large images in one report cost a gunicorn worker (issue 19, item 10).

Not part of `make test`. Starts gunicorn (development settings with DEBUG=false, sync workers: one
by default, so every request lands on the worker measured) on a free local port, warms each worker
up with reports without images, then for each case sends `--at-once` reports at the same time
(one by default), each with three copies of the same image on the evidence step, and prints per
case: whether the images were kept or refused, the largest growth of a worker's resident memory
during the case (its peak, VmHWM, reset through /proc/<pid>/clear_refs before each case, minus
VmRSS before; Linux only), and the wall time of the reports (the evidence step's field decodes
each image, the last step decodes and re-encodes them).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_images \\
        .venv/bin/python tests/bench/bench_image_memory.py [--tree DIR] [--case NAME ...] \\
        [--workers 2 --at-once 6]

The database is migrated and given the demo city if needed (SQLite works too: one worker). `--tree`
runs another checkout of the project with this virtualenv, to measure before and after a change
(e.g. `git archive <commit> | tar -x -C /tmp/before`). The images are made on the fly: solid
colours compress to a few dozen kilobytes, which is what makes them a cheap attack, and cost the
same to decode as a photo of the same size; the phone photos are noisy, as real ones are.
"""

import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_submissions import ENVIRONMENT, free_port, wait_until_up  # noqa: E402
from tests.bench.report_client import submit_report  # noqa: E402
from tests.feedback.photos import noisy_photo, solid_image  # noqa: E402

MB = 1024 * 1024


# name: (what it is, how to make it, file name, content type)
CASES = {
    "png-issue": (
        "6300×6300 grey PNG (like the issue's 38 KB image)",
        lambda: solid_image("PNG", "L", (6300, 6300), optimize=True),
        "scan.png",
        "image/png",
    ),
    "png-40mp-rgba": (
        "6300×6300 RGBA PNG (40 MP, the old limit)",
        lambda: solid_image("PNG", "RGBA", (6300, 6300), optimize=True),
        "scan.png",
        "image/png",
    ),
    "png-12mp-rgba": (
        "4000×3000 RGBA PNG (12 MP, the new limit)",
        lambda: solid_image("PNG", "RGBA", (4000, 3000), optimize=True),
        "scan.png",
        "image/png",
    ),
    "webp-8mp": (
        "3264×2448 RGBA WebP (8 MP, the new limit)",
        lambda: solid_image("WEBP", "RGBA", (3264, 2448), lossless=True),
        "photo.webp",
        "image/webp",
    ),
    "jpeg-12mp-photo": (
        "4000×3000 phone photo JPEG (12 MP)",
        lambda: noisy_photo(4000, 3000, sigma=6, quality=85),
        "IMG_0001.jpg",
        "image/jpeg",
    ),
    "jpeg-40mp": (
        "6300×6300 JPEG (40 MP, the old limit)",
        lambda: solid_image("JPEG", "RGB", (6300, 6300), quality=90),
        "photo.jpg",
        "image/jpeg",
    ),
    "jpeg-50mp-photo": (
        "8160×6120 phone photo JPEG (50 MP full-resolution mode)",
        lambda: noisy_photo(8160, 6120, sigma=2, quality=80),
        "IMG_0002.jpg",
        "image/jpeg",
    ),
}


def workers_of(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return [int(pid) for pid in children]


def status(pid, field):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(field)


def measure(url, district_id, workers, name, at_once):
    """Send `at_once` reports at the same time, each with three copies of the case's image."""
    description, make, file_name, content_type = CASES[name]
    content = make()
    for worker in workers:
        Path(f"/proc/{worker}/clear_refs").write_text("5")  # VmHWM := VmRSS
    before = {worker: status(worker, "VmRSS") for worker in workers}

    def send(number):
        try:
            return submit_report(
                url,
                f"Bench images {name} #{number}",
                district_id,
                evidence=[(file_name, content, content_type)] * 3,
                timeout=300,
            )
        except RuntimeError:  # no tracking code: the evidence step refused the images
            return None

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=at_once) as pool:
        codes = list(pool.map(send, range(at_once)))
    elapsed = time.perf_counter() - started
    growth = max(status(worker, "VmHWM") - before[worker] for worker in workers)
    kept = sum(1 for code in codes if code)
    outcome = "kept" if kept == at_once else "refused" if not kept else f"{kept} of {at_once} kept"
    print(
        f"{description}: {len(content) / 1024:,.1f} KB each, {outcome}\n"
        f"  worker memory: {max(before.values()) / MB:.0f} MB before, peak +{growth / MB:.0f} MB;"
        f" {at_once} report(s) with three images: {elapsed:.2f} s"
    )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout to run (default: this one)")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="default: every case")
    parser.add_argument("--workers", type=int, default=1, help="gunicorn sync workers (default 1)")
    parser.add_argument("--at-once", type=int, default=1, help="reports sent at the same time (default 1)")
    args = parser.parse_args()
    tree = args.tree.resolve()
    environment = os.environ | ENVIRONMENT | {"PYTHONPATH": str(tree)}
    manage = [sys.executable, str(tree / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], check=True, env=environment, cwd=tree)  # noqa: S603
    subprocess.run([*manage, "load_demo"], check=True, env=environment, cwd=tree, stdout=subprocess.DEVNULL)  # noqa: S603
    first_district = (
        "from feedback.models import Kecamatan; print(Kecamatan.objects.order_by('pk').first().pk)"
    )
    shell = subprocess.run(  # noqa: S603
        [*manage, "shell", "-c", first_district], check=True, env=environment, cwd=tree, capture_output=True
    )
    district_id = int(shell.stdout.split()[-1])
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    # A long timeout: before the budget, three 40-MP images took a loaded machine longer than
    # gunicorn's default 30 s.
    workers = str(args.workers)
    command = ["gunicorn", "config.wsgi", "-w", workers, "--timeout", "300", "-b", f"127.0.0.1:{port}"]
    gunicorn = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", *command],
        env=environment,
        cwd=tree,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(url)
        workers = workers_of(gunicorn.pid)
        for number in range(2 * len(workers)):  # every worker has served a report before measuring
            submit_report(url, f"Bench images warm-up #{number}", district_id)
        print(
            f"{tree}: gunicorn, {len(workers)} sync worker(s); {args.at_once} report(s) at once, each with"
            " three copies of the image"
        )
        for name in args.case or CASES:
            measure(url, district_id, workers, name, args.at_once)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=10)


if __name__ == "__main__":
    main()
