"""No NIK in the site's log output (UU 27/2022; security.logging), with every logger at DEBUG.

The flows are real ones: a citizen applies with their NIK, an officer finds the application by that
NIK, opens and exports it, and requests fail (a "Not Found" with the NIK in its path, a server error).
What is checked is the text the handlers of ``settings.LOGGING`` write, SQL statements included.
"""

import io
import logging
import re

from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.views.debug import ExceptionReporter

from wagtail.models import ModelLogEntry

import pytest

from feedback.demo import ensure_role_groups
from feedback.models import Submission
from tests.feedback.conftest import (
    Wizard,
    build_online_catalogue,
    build_places,
    jpeg,
    make_staff,
    tracking_code,
)

pytestmark = pytest.mark.django_db

NIK = "1373016508950001"  # a woman born 25 August 1995
MASKED = "1373********0001"
NIK_SHAPED = re.compile(r"(?<!\d)\d(?:[ .\-]?\d){15}(?!\d)")
BASE = "/ajukan/akta-kelahiran/"


@pytest.fixture
def site_log():
    """The output of settings.LOGGING's handlers, with every logger at DEBUG and SQL logged."""
    buffer = io.StringIO()
    root = logging.getLogger()
    handlers = [handler for handler in root.handlers if handler.name == "console"]
    assert handlers, "settings.LOGGING's console handler is on the root logger"
    streams = [handler.setStream(buffer) for handler in handlers]
    loggers = [root] + [
        logger for logger in logging.root.manager.loggerDict.values() if isinstance(logger, logging.Logger)
    ]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    try:
        with CaptureQueriesContext(connection):  # makes django.db.backends log every statement
            yield buffer
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
        for handler, stream in zip(handlers, streams, strict=True):
            handler.setStream(stream)


def apply_online(client, places, on_commit):
    wizard = Wizard(client, BASE, "apply_akta-kelahiran", on_commit)
    applicant = {
        "name": "Siti Rahmah",
        "nik": NIK,
        "birth_date": "1995-08-25",
        "address": "Jalan Merdeka No. 5, RT 002",
        "kecamatan": places["barangin"].pk,
        "kelurahan": places["saringan"].pk,
    }
    assert wizard.post("pemohon", applicant).status_code == 302
    assert wizard.post("kontak", {"email": "siti@example.org", "phone": "0812 3456 7890"}).status_code == 302
    fields = re.findall(r'name="dokumen-(doc_[0-9a-f]+)"', client.get(f"{BASE}dokumen/").content.decode())
    wizard.post("dokumen", {fields[0]: jpeg("lahir.jpg"), fields[1]: jpeg("kk.jpg"), "notes": ""})
    wizard.post("periksa", {"consent": "on"})
    wizard.finish()
    code = tracking_code(client.get("/terkirim/").content.decode())
    return Submission.objects.get(tracking_code=code)


def test_no_nik_in_the_logs_of_real_flows(site_tree, site_log, django_capture_on_commit_callbacks):
    places = build_places()
    catalogue = build_online_catalogue(site_tree)
    submission = apply_online(Client(), places, django_capture_on_commit_callbacks)
    assert submission.nik == NIK

    ensure_role_groups()
    officer = make_staff("petugas.dukcapil", "Petugas OPD", [catalogue.disdukcapil])
    officer.user_permissions.add(Permission.objects.get(codename="view_full_nik"))
    staff = Client(raise_request_exception=False)
    staff.force_login(officer)
    assert submission.tracking_code in staff.get("/admin/submissions/", {"q": NIK}).content.decode()
    assert NIK in staff.get(f"/admin/submissions/inspect/{submission.pk}/").content.decode()
    export = staff.get("/admin/submissions/", {"q": NIK, "export": "csv"})
    assert NIK in b"".join(export.streaming_content).decode()
    record = ModelLogEntry.objects.get(action="feedback.submissions.export")
    assert NIK not in record.data["filters"] and MASKED in record.data["filters"]

    # Failing requests: the NIK in a path that does not exist, and a file gone from the storage.
    assert staff.get(f"/lacak/{NIK}/rahasia/").status_code == 404
    attachment = submission.attachments.first()
    attachment.file.storage.delete(attachment.file.name)
    assert staff.get(f"/berkas/{attachment.pk}/").status_code == 500

    output = site_log.getvalue()
    assert "Internal Server Error" in output and "Traceback" in output
    assert "SELECT" in output and "INSERT" in output  # SQL was logged too
    assert f"/lacak/{MASKED}/" in output  # the NIK reached the log, masked
    assert NIK not in output
    assert not NIK_SHAPED.search(output), NIK_SHAPED.search(output).group()


def test_error_reports_leave_out_what_citizens_post(client, site_tree):
    """Django's error report (the 500 email, the debug page) of a wizard request shows no answer."""
    build_online_catalogue(site_tree)
    places = build_places()
    wizard = Wizard(client, BASE, "apply_akta-kelahiran")
    response = wizard.post("pemohon", {"nik": NIK, "name": "Siti Rahmah", "kecamatan": places["barangin"].pk})
    report = ExceptionReporter(response.wsgi_request, None, None, None)
    text = report.get_traceback_text() + report.get_traceback_html()
    assert "pemohon-nik" in text and NIK not in text
