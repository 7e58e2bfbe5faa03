"""The three citizen wizards: online application, report (complaint, aspiration, information request), SKM.

Each step is its own URL (formtools' NamedUrlSessionWizardView), validated on the server; answers and
uploads are kept in the session until the last step, so going back loses nothing.
"""

import datetime
import json
import os
import uuid

from django.conf import settings
from django.contrib import messages
from django.core.files.storage import FileSystemStorage
from django.db import IntegrityError, models
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters

from wagtail.models import Locale

from formtools.wizard.storage.session import SessionStorage
from formtools.wizard.views import NamedUrlSessionWizardView

from home.ratelimit import client_ip, hit
from security.crypto import DecryptionError, decrypt, encrypt
from services_catalog.eligibility import ApplicantAnswers
from services_catalog.models import ServicePage

from . import forms, submit
from .identity import mask_nik
from .models import Submission

# Uploads waiting for the last step; `manage.py clean_wizard_uploads` removes abandoned ones.
wizard_file_storage = FileSystemStorage(
    location=os.path.join(settings.PRIVATE_MEDIA_ROOT, "wizard"), base_url=None
)


class SealedSessionStorage(SessionStorage):
    """formtools' session storage with each step's answers encrypted (security.crypto).

    The answers (a NIK, contacts, a complaint) stay in the session, in the database or Redis, until
    the form is sent or abandoned: like the NIK in a submission, they are kept encrypted at rest.
    Answers sealed with a key no longer configured read as missing, so the form starts again.
    """

    def get_step_data(self, step):
        sealed = self.data[self.step_data_key].get(step)
        if sealed is None:
            return None
        try:
            return MultiValueDict(json.loads(decrypt(sealed)))
        except DecryptionError:
            return None

    def set_step_data(self, step, cleaned_data):
        if isinstance(cleaned_data, MultiValueDict):
            cleaned_data = dict(cleaned_data.lists())
        self.data[self.step_data_key][step] = encrypt(json.dumps(cleaned_data))


# Every answer is personal data (the NIK above all): Django's error reports show none of the POST.
@method_decorator(sensitive_post_parameters(), name="dispatch")
class CitizenWizard(NamedUrlSessionWizardView):
    template_name = "feedback/wizard_step.html"
    storage_name = "feedback.wizards.SealedSessionStorage"
    file_storage = wizard_file_storage
    title = ""
    step_titles: dict = {}
    url_base = ""  # URL name without "_step"

    def get_step_url(self, step):
        return reverse(f"feedback:{self.url_base}_step", kwargs={**self.url_kwargs(), "step": step})

    def url_kwargs(self):
        return {}

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        response.headers["Cache-Control"] = "no-store"  # personal answers: never cached
        return response

    def get(self, request, *args, **kwargs):
        step = kwargs.get("step")
        if (
            step
            and step not in (self.steps.first, self.done_step_name)
            and not self.storage.data.get("step_data")
        ):
            # The session ended (or never started): begin again rather than fail half-way.
            messages.info(request, _("Your session has expired, so the form starts again. Nothing was sent."))
            self.storage.reset()
            return redirect(self.get_step_url(self.steps.first))
        if "restart" in request.GET:
            # "Start again" wipes every answer and upload: ask first, on a page of its own (no JS needed).
            context = {"title": self.title, "form_url": request.path}
            return TemplateResponse(request, "feedback/wizard_restart.html", context)
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        if self.request.POST.get("wizard_restart"):  # confirmed on wizard_restart.html
            self.storage.reset()
            messages.info(self.request, _("The form is empty again. Nothing was sent."))
            return redirect(self.get_step_url(self.steps.first))
        if (
            self.request.POST.get(f"{self.prefix}-current_step", self.steps.current)
            not in self.get_form_list()
        ):
            # A tampered step name: formtools would keep it in the session and fail on it (a 500).
            return redirect(self.get_step_url(self.steps.current))
        goto = self.request.POST.get("wizard_goto_step")
        if goto and goto in self.get_form_list():
            # "Back" or "Change": keep what was typed on this step, even if not yet valid.
            data = self.request.POST.copy()
            for key in ("csrfmiddlewaretoken", "wizard_goto_step"):
                data.pop(key, None)
            if any(key.startswith(f"{self.steps.current}-") for key in data):
                self.storage.set_step_data(self.steps.current, data)
        return super().post(*args, **kwargs)

    def get_form_initial(self, step):
        # Files uploaded on an earlier visit count as the field's value until a new file replaces them
        # (the session keeps them under the form's prefixed field names).
        stored = self.storage.get_step_files(step) or {}
        return {
            **super().get_form_initial(step),
            **{name.removeprefix(f"{step}-"): f for name, f in stored.items()},
        }

    def submission_key(self):
        """One key per wizard run: the done step creates at most one row with it."""
        extra = self.storage.extra_data
        if "submission_key" not in extra:
            extra["submission_key"] = uuid.uuid4().hex
            self.storage.extra_data = extra
        return extra["submission_key"]

    def process_step(self, form):
        # The key goes into the session with the first answers: a done step repeated after an app
        # node died between saving the row and writing the session then finds the row by its key.
        self.submission_key()
        return super().process_step(form)

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        steps = list(self.get_form_list())
        context.update(
            {
                "title": self.title,
                "step_title": self.step_titles.get(self.steps.current, ""),
                "step_urls": [(self.step_titles.get(step, step), self.get_step_url(step)) for step in steps],
                "is_review": self.steps.current == self.steps.last,
                "restart_url": self.get_step_url(self.steps.current) + "?restart=1",
                "stored_files": self.storage.get_step_files(self.steps.current) or {},
            }
        )
        if context["is_review"]:
            context["summary"] = self.summary()
        return context

    def summary(self):
        """Every answer so far, step by step, with a link to change it."""
        sections = []
        for step in list(self.get_form_list())[:-1]:
            form = self.get_form(
                step, data=self.storage.get_step_data(step), files=self.storage.get_step_files(step)
            )
            if not form.is_valid():
                continue
            rows = [
                (
                    form.fields[name].label,
                    mask_nik(value) if name == "nik" else display_value(form.fields[name], value),
                )
                for name, value in form.cleaned_data.items()
                if name != "website" and value not in (None, "", False)
            ]
            sections.append(
                {"title": self.step_titles.get(step, step), "url": self.get_step_url(step), "rows": rows}
            )
        return sections

    def over_rate_limit(self):
        return hit("submission", client_ip(self.request), settings.SUBMISSIONS_PER_HOUR, 60 * 60)

    def render_done(self, form, **kwargs):
        if kwargs.get("step") == self.done_step_name and self.over_rate_limit():
            messages.error(
                self.request, _("Too many forms were sent from your connection. Please try again in an hour.")
            )
            return redirect(self.get_step_url(self.steps.last))
        return super().render_done(form, **kwargs)

    def done(self, form_list, form_dict, **kwargs):
        """Save once, even when the last step arrives twice (double click, resubmit); thank bots only."""
        if form_dict[self.steps.last].is_bot():
            return redirect("feedback:confirmation")
        data = {step: form.cleaned_data for step, form in form_dict.items()}
        key = self.submission_key()
        try:
            result = self.save(data, form_dict, key)
        except IntegrityError:
            result = submit.existing(key)
            if result is None:
                raise
        self.request.session["last_submission"] = result
        return redirect("feedback:confirmation")

    def save(self, data, form_dict, key):
        """Store what was sent; return what the confirmation page shows."""
        raise NotImplementedError


def display_value(field, value):
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.date):  # "5 Januari 2009" rather than the form's 2009-01-05
        return date_format(value, "j F Y")
    if hasattr(value, "name") and hasattr(value, "size"):  # an uploaded file
        return value.name
    if isinstance(value, models.Model):  # no need to list every choice to name this one
        return str(value)
    choices = dict(getattr(field, "choices", []) or [])
    return choices.get(str(value), choices.get(value, value))


class ApplicationWizard(CitizenWizard):
    """/ajukan/<service>/: apply online for a service flagged "can be applied for online"."""

    form_list = [
        ("pemohon", forms.ApplicantForm),
        ("data", forms.ServiceQuestionsForm),
        ("kontak", forms.ContactForm),
        ("dokumen", forms.DocumentsForm),
        ("periksa", forms.ConsentForm),
    ]
    step_titles = {
        "pemohon": _("Applicant"),
        "data": _("Service details"),
        "kontak": _("Contact"),
        "dokumen": _("Documents"),
        "periksa": _("Check and send"),
    }
    url_base = "apply"

    @staticmethod
    def has_questions(wizard):
        return bool(wizard.service.questions)

    condition_dict = {"data": has_questions}

    @cached_property
    def service(self):
        service = get_object_or_404(
            ServicePage.objects.live().select_related("agency"),
            slug=self.kwargs["service_slug"],
            locale=Locale.get_active(),
        )
        if not service.online_application:
            raise Http404
        return service

    def dispatch(self, request, *args, **kwargs):
        self.service  # noqa: B018  (404 before anything else for unknown or offline services)
        return super().dispatch(request, *args, **kwargs)

    def get_prefix(self, request, *args, **kwargs):
        return f"apply_{kwargs['service_slug']}"

    def url_kwargs(self):
        return {"service_slug": self.kwargs["service_slug"]}

    @property
    def title(self):
        return self.service.title

    def get_form_kwargs(self, step=None):
        kwargs = super().get_form_kwargs(step)
        if step in ("pemohon", "data", "dokumen"):
            kwargs["service"] = self.service
        if step == "dokumen" and self.service.has_conditional_requirements:
            # Only the documents that apply to this applicant, from the answers of the earlier steps.
            kwargs["answers"] = ApplicantAnswers.from_steps(
                self.get_cleaned_data_for_step("pemohon"),
                self.get_cleaned_data_for_step("data") if "data" in self.get_form_list() else None,
            )
        return kwargs

    def get_context_data(self, form, **kwargs):
        return super().get_context_data(form=form, service=self.service, **kwargs)

    def save(self, data, form_dict, key):
        answers = form_dict["pemohon"].labelled_answers()
        if "data" in form_dict:
            answers += form_dict["data"].labelled_answers()
        return submit.create_application(
            self.service,
            data,
            form_dict["dokumen"].uploads(),
            answers=answers,
            key=key,
            secret=self.run_secret(),
            user=self.request.user,
            language=get_language(),
        )


class ReportWizard(CitizenWizard):
    """/aspirasi/: complaint, aspiration or information request (SP4N-LAPOR! report types)."""

    form_list = [
        ("jenis", forms.ReportTypeForm),
        ("laporan", forms.ReportForm),
        ("bukti", forms.EvidenceForm),
        ("informasi", forms.InformationRequestForm),
        ("identitas", forms.ReporterForm),
        ("periksa", forms.ConsentForm),
    ]
    step_titles = {
        "jenis": _("Type"),
        "laporan": _("Your report"),
        "bukti": _("Evidence"),
        "informasi": _("Information request"),
        "identitas": _("Identity and contact"),
        "periksa": _("Check and send"),
    }
    title = _("Aspirations and complaints")
    url_base = "report"

    @staticmethod
    def is_information_request(wizard):
        data = wizard.get_cleaned_data_for_step("jenis") or {}
        return data.get("kind") == Submission.Kind.INFORMATION

    condition_dict = {"informasi": is_information_request}

    def get_form_kwargs(self, step=None):
        """The identity step checks its answers against the earlier ones: an information request cannot be
        anonymous, and one to be answered by email needs the email address."""
        kwargs = super().get_form_kwargs(step)
        if step == "identitas":
            kind = (self.get_cleaned_data_for_step("jenis") or {}).get("kind")
            delivery = None
            if kind == Submission.Kind.INFORMATION:  # (formtools fails on a step its condition skips)
                delivery = (self.get_cleaned_data_for_step("informasi") or {}).get("delivery")
            kwargs.update(kind=kind, delivery=delivery)
        return kwargs

    def save(self, data, form_dict, key):
        files = [(str(_("Evidence")), file) for file in data["bukti"].values() if file]
        return submit.create_report(data, files, key=key, user=self.request.user, language=get_language())


class SurveyWizard(CitizenWizard):
    """/survei/: the satisfaction survey (SKM); no name, no NIK."""

    form_list = [
        ("layanan", forms.SurveyServiceForm),
        ("penilaian", forms.RatingsForm),
        ("profil", forms.RespondentForm),
        ("saran", forms.SuggestionForm),
    ]
    step_titles = {
        "layanan": _("Service"),
        "penilaian": _("Your ratings"),
        "profil": _("About you"),
        "saran": _("Suggestions and send"),
    }
    title = _("Satisfaction survey")
    url_base = "survey"

    def get_form_initial(self, step):
        """Reached from a resolved application: the service is filled in."""
        if step == "layanan" and (submission := self.linked_submission()):
            return {"service": submission.service_id}
        return super().get_form_initial(step)

    def linked_submission(self):
        code = self.request.GET.get("kode") or self.storage.extra_data.get("submission_code")
        if not code:
            return None
        submission = Submission.objects.filter(
            tracking_code=code, status=Submission.Status.RESOLVED, survey_response__isnull=True
        ).first()
        if submission:
            self.storage.extra_data = {**self.storage.extra_data, "submission_code": code}
        return submission

    def save(self, data, form_dict, key):
        submit.create_survey_response(
            data, key=key, submission=self.linked_submission(), language=get_language()
        )
        return submit.SURVEY_CONFIRMATION
