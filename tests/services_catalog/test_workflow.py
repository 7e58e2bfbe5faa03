"""Editorial workflow: an editor's change goes live only after a moderator approves it."""

import datetime

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from wagtail.models import PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from home.demo import DemoContext
from home.factories import AnnouncementIndexPageFactory
from services_catalog.demo import load_editorial_workflow
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def workflow(catalogue, site_tree):
    AnnouncementIndexPageFactory(parent=site_tree.home)
    get_user_model().objects.create_user("editor", "editor@example.org", "sandi-editor", is_staff=True)
    load_editorial_workflow(DemoContext(show_passwords=True))
    users = get_user_model().objects
    return {"editor": users.get(username="editor"), "moderator": users.get(username="moderator")}


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def edit_data(page, title, action):
    return nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "summary": page.summary,
            "eligibility": page.eligibility,
            "agency": page.agency_id,
            "category": page.category_id,
            "requirements": streamfield([]),
            "minimum_age": "",
            "downloads": streamfield([]),
            "questions": streamfield([]),
            "procedure": streamfield([]),
            "processing_days": page.processing_days,
            "processing_note": "",
            "cost": page.cost,
            "cost_basis": page.cost_basis,
            "product": page.product,
            "complaint_channel": page.complaint_channel,
            "legal_basis": streamfield([]),
            "locations": "",
            "opening_hours": "",
            "faq": streamfield([]),
            "related_services": streamfield([]),
            "last_reviewed": "2026-11-01",
            "listing_summary": "",
            action: "1",
        }
    )


def test_editor_change_is_not_live_until_a_moderator_approves(client, catalogue, workflow):
    page = catalogue.lost_id_card
    editor = logged_in(workflow["editor"])
    response = editor.post(
        f"/admin/pages/{page.pk}/edit/", edit_data(page, "KTP-el Hilang (diperbarui)", "action-submit")
    )
    assert response.status_code == 302, response.content.decode()[:3000]

    # Submitted, not published: residents still see the old title.
    assert "KTP-el Hilang atau Rusak" in client.get(page.url).content.decode()
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    # An editor may not publish directly.
    editor.post(f"/admin/pages/{page.pk}/edit/", edit_data(page, "Diterbitkan editor", "action-publish"))
    assert "Diterbitkan editor" not in client.get(page.url).content.decode()

    moderator = logged_in(workflow["moderator"])
    task_state = state.current_task_state
    response = moderator.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "Sudah diperiksa."}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live and page.title == "KTP-el Hilang (diperbarui)"
    assert "KTP-el Hilang (diperbarui)" in client.get(page.url).content.decode()
    # The audit log records who did what.
    actions = set(PageLogEntry.objects.filter(page=page).values_list("action", "user__username"))
    assert ("wagtail.workflow.start", "editor") in actions
    assert ("wagtail.workflow.approve", "moderator") in actions


def test_workflow_covers_the_catalogue_and_announcements(workflow, catalogue):
    from wagtail.models import WorkflowPage

    titles = set(WorkflowPage.objects.values_list("page__title", flat=True))
    assert {"Layanan Publik", "Public Services", "Pengumuman"} <= titles
    assert catalogue.birth_certificate.get_workflow().name == "Persetujuan Humas"


def test_scheduled_publishing(client, catalogue):
    page = ServicePage.objects.get(pk=catalogue.practice_licence.pk)
    page.title = "Izin Praktik (jadwal)"
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    assert "Izin Praktik (jadwal)" not in client.get(page.url).content.decode()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.title == "Izin Praktik (jadwal)"
    assert "Izin Praktik (jadwal)" in client.get(page.url).content.decode()
