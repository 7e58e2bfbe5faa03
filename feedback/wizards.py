"""The three citizen wizards: online application, report (complaint, aspiration, information request), SKM.

Each step is its own URL (formtools' NamedUrlSessionWizardView), validated on the server; answers and
uploads are kept in the session until the last step, so going back loses nothing.
"""

import datetime
import json
import os
import re
import secrets
import uuid

from django.conf import settings
from django.contrib import messages
from django.core.files.storage import FileSystemStorage
from django.db import IntegrityError, models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters

from wagtail.models import Locale

from formtools.wizard.storage.session import SessionStorage
from formtools.wizard.views import NamedUrlSessionWizardView

from home.ratelimit import client_ip, count, hit
from security.crypto import DecryptionError, decrypt, encrypt
from security.masking import mask_nik
from services_catalog.eligibility import ApplicantAnswers
from services_catalog.models import ServicePage

from . import forms, submit
from .models import Submission

# Uploads waiting for the last step. Each visit to the wizard touches its files, so a file is never
# older than the session that refers to it; `manage.py clean_wizard_uploads` removes the files older
# than a session can live (SESSION_COOKIE_AGE), which only abandoned wizards leave.
wizard_file_storage = FileSystemStorage(
    location=os.path.join(settings.PRIVATE_MEDIA_ROOT, "wizard"), base_url=None
)
SUBMISSION_KEY_RE = re.compile(r"[0-9a-f]{32}")
# In the wizard's storage (extra_data): the run's private-link secret (encrypted), the key and secret
# of the run this browser sent last (kept when formtools empties the storage), and uploads that were lost.
RUN_SECRET, SENT_KEY, SENT_SECRET, LOST_UPLOADS = "run_secret", "sent_key", "sent_secret", "lost_uploads"
HOUR = 60 * 60
# At the first step, a browser this close to its limit is told how many forms it may still send.
NEAR_LIMIT = 2


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

    def set_step_files(self, step, files):
        """Store new uploads; a file replaced by a new one is deleted at once, not left to the cleaner."""
        stored = self.data[self.step_files_key].get(step, {})
        replaced = [stored[field]["tmp_name"] for field in files or {} if field in stored]
        super().set_step_files(step, files)
        for field in files or {}:
            self._files.pop((step, field), None)  # formtools' cache of opened files: not the old one
        for tmp_name in replaced:
            self.file_storage.delete(tmp_name)


LOST_UPLOAD_MESSAGE = _("The file you uploaded is no longer available: %(names)s. Please choose it again.")
BROWSER_LIMIT_MESSAGE = _(
    "Too many forms were sent from this browser in the past hour (at most %(limit)d). "
    "You can fill in this form, but send it after an hour: your answers are kept."
)
ADDRESS_LIMIT_MESSAGE = _(
    "Too many forms were sent from your connection in the past hour (it may be shared, e.g. a public "
    "Wi-Fi). You can fill in this form, but send it after an hour: your answers are kept."
)
NEAR_LIMIT_MESSAGE = _("You are close to the limit: this browser can send %(count)d more forms this hour.")


# Every answer is personal data (the NIK above all): Django's error reports show none of the POST.
@method_decorator(sensitive_post_parameters(), name="dispatch")
class CitizenWizard(NamedUrlSessionWizardView):
    template_name = "feedback/wizard_step.html"
    storage_name = "feedback.wizards.SealedSessionStorage"
    file_storage = wizard_file_storage
    title = ""
    step_titles: dict = {}
    url_base = ""  # URL name without "_step"
    sent_key = None  # set by done()

    def get_step_url(self, step, **url_kwargs):
        kwargs = {**self.url_kwargs(), **url_kwargs, "step": step}
        return reverse(f"feedback:{self.url_base}_step", kwargs=kwargs)

    def language_urls(self):
        """{language code: this step in that language} for the language switch; the same path by default."""
        return {}

    def url_kwargs(self):
        return {}

    def dispatch(self, request, *args, **kwargs):
        try:
            response = super().dispatch(request, *args, **kwargs)
        except FileNotFoundError:
            # An upload vanished while this request read it: a parallel request of the same run (a
            # double tap) sent the form and removed its files, or the cleaner removed them.
            response = self.after_lost_upload()
        response.headers["Cache-Control"] = "no-store"  # personal answers: never cached
        return response

    def get(self, request, *args, **kwargs):
        step = kwargs.get("step")
        extra = self.storage.extra_data
        lost_now = self.check_uploads()
        if lost_now and (sent := self.sent_confirmation(extra.get("submission_key"))):
            return sent
        if step and step != self.steps.first and not self.storage.data.get("step_data"):
            # Sent already (the second request of a double tap, the back button, another tab):
            # the confirmation of what was saved, never an empty first step.
            if sent := self.sent_confirmation(extra.get(SENT_KEY)):
                return sent
            # The session ended (or never started): begin again rather than fail half-way.
            messages.info(request, _("Your session has expired, so the form starts again. Nothing was sent."))
            self.storage.reset()
            return redirect(self.get_step_url(self.steps.first))
        if "restart" in request.GET:
            # "Start again" wipes every answer and upload: ask first, on a page of its own (no JS needed).
            context = {"title": self.title, "form_url": request.path}
            return TemplateResponse(request, "feedback/wizard_restart.html", context)
        if step == self.steps.first:
            self.tell_about_limits()
        lost = self.first_lost_step()
        if lost and step and step != lost and (step == self.done_step_name or self.comes_after(step, lost)):
            return redirect(self.get_step_url(lost))
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        if self.request.POST.get("wizard_restart"):  # confirmed on wizard_restart.html
            self.storage.reset()
            messages.info(self.request, _("The form is empty again. Nothing was sent."))
            return redirect(self.get_step_url(self.steps.first))
        lost_now = self.check_uploads()
        final = self.is_final_post()
        if final or lost_now:
            # Sent already? The page's key finds the row even without the session (a late POST from
            # a page left open); the session's key finds what a parallel request just saved.
            posted = [self.request.POST.get("submission_key")] if final else []
            for key in [*posted, self.storage.extra_data.get("submission_key")]:
                if sent := self.sent_confirmation(key):
                    return sent
        if final and not self.storage.data.get("step_data"):
            messages.info(
                self.request, _("Your session has expired, so the form starts again. Nothing was sent.")
            )
            self.storage.reset()
            return redirect(self.get_step_url(self.steps.first))
        if final and (lost := self.first_lost_step()):
            return redirect(self.get_step_url(lost))
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

    def render(self, form=None, **kwargs):
        form = form or self.get_form()
        if self.request.method == "POST" and form.is_bound and form.errors:
            self.keep_valid_uploads(form)
        if lost := (self.storage.extra_data.get(LOST_UPLOADS) or {}).get(self.steps.current):
            messages.warning(self.request, LOST_UPLOAD_MESSAGE % {"names": ", ".join(lost)})
        return super().render(form, **kwargs)

    def keep_valid_uploads(self, form):
        """After an error on a step with uploads, keep the files that passed their own checks: the page
        shows them as uploaded, and the resident need not choose them again (get_form_initial)."""
        valid = {
            form.add_prefix(name): self.request.FILES[form.add_prefix(name)]
            for name in form.fields
            if form.add_prefix(name) in self.request.FILES and name not in form.errors
        }
        if valid:
            self.storage.set_step_files(self.steps.current, valid)

    def submission_key(self):
        """One key per wizard run: the done step creates at most one row with it.

        Made with the secret of the run's private link. The database keeps only the secret's hash, so
        the secret can never be read back from it (nor from a backup); the session that ran the wizard
        is the one place it can be shown again from. It keeps it encrypted (security.crypto, keys
        outside the database): under RUN_SECRET until the run is sent, then under SENT_SECRET next to
        SENT_KEY until this wizard sends its next run or the session ends. So a repeated last step from
        this session (a double tap, a resubmit after a dropped connection, another tab, even after
        other forms were sent) shows the same code and the same working link; a bare key from a page
        left open after the session ended shows the code only. No fresh link is issued: the one in the
        receipt email must keep working.
        """
        extra = self.storage.extra_data
        if "submission_key" not in extra:
            extra["submission_key"] = uuid.uuid4().hex
            extra[RUN_SECRET] = encrypt(secrets.token_urlsafe(24))
            self.storage.extra_data = extra
        return extra["submission_key"]

    def run_secret(self, key=None):
        """The private-link secret of this run, or of the sent run `key` (see submission_key); None for a
        run of another session or one started without it."""
        extra = self.storage.extra_data
        if key is None or key == extra.get("submission_key"):
            sealed = extra.get(RUN_SECRET)
        else:
            sealed = extra.get(SENT_SECRET) if key == extra.get(SENT_KEY) else None
        try:
            return decrypt(sealed) if sealed else None
        except DecryptionError:
            return None

    def process_step(self, form):
        # The key goes into the session with the first answers: a done step repeated after an app
        # node died between saving the row and writing the session then finds the row by its key.
        self.submission_key()
        lost = self.storage.extra_data.get(LOST_UPLOADS) or {}
        lost.pop(self.steps.current, None)  # sent again: chosen again, or left out on purpose
        return super().process_step(form)

    def is_final_post(self):
        posted_step = self.request.POST.get(f"{self.prefix}-current_step")
        return posted_step == self.steps.last and not self.request.POST.get("wizard_goto_step")

    def sent_confirmation(self, key):
        """A redirect to the confirmation of the run saved with `key`, or None when none was.

        The private link only for the browser that ran the wizard (its session holds the run's secret or
        the confirmation it was shown); a key alone, from a page left open after the session expired,
        shows the tracking code only.
        """
        if not isinstance(key, str) or not SUBMISSION_KEY_RE.fullmatch(key):
            return None
        result = submit.existing(key, self.run_secret(key))
        if result is None:
            return None
        self.request.session["last_submission"] = sealed(result)
        return redirect("feedback:confirmation")

    def check_uploads(self):
        """Touch this run's uploads and forget those that are gone; True when one was found gone now.

        Touching keeps a file as young as the session that refers to it, so clean_wizard_uploads (files
        older than SESSION_COOKIE_AGE) only removes abandoned ones. A file gone anyway (a parallel
        request of the run sent it, the disk was replaced) is noted: the resident is sent back to its
        step with a message instead of a 500.
        """
        lost = self.storage.extra_data.setdefault(LOST_UPLOADS, {})
        lost_now = False
        for step, files in self.storage.data[self.storage.step_files_key].items():
            for field, stored in list(files.items()):
                try:
                    os.utime(self.file_storage.path(stored["tmp_name"]))
                except FileNotFoundError:
                    del files[field]
                    lost.setdefault(step, []).append(stored["name"])
                    lost_now = True
        return lost_now

    def first_lost_step(self):
        lost = self.storage.extra_data.get(LOST_UPLOADS) or {}
        return next((step for step in self.get_form_list() if step in lost), None)

    def comes_after(self, step, other):
        steps = list(self.get_form_list())
        return step in steps and steps.index(step) > steps.index(other)

    def after_lost_upload(self):
        self.check_uploads()
        if sent := self.sent_confirmation(self.storage.extra_data.get("submission_key")):
            return sent
        return redirect(self.get_step_url(self.first_lost_step() or self.steps.current))

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
                "language_urls": self.language_urls(),
            }
        )
        # On the last step, the run's key travels with the form: a late POST finds what it sent.
        context["submission_key"] = ""
        if context["is_review"]:
            context["summary"] = self.summary()
            context["submission_key"] = self.storage.extra_data.get("submission_key", "")
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

    def rate_limit_refusal(self):
        """Why this form cannot be sent now, or None; counts the form when it can.

        Per browser (a random id in its session) SUBMISSIONS_PER_HOUR; per address a much higher
        SUBMISSIONS_PER_ADDRESS_PER_HOUR, because many residents share one address (a carrier's NAT,
        a kelurahan's Wi-Fi, the MPP's kiosk).
        """
        browser = self.request.session.setdefault("submitter", secrets.token_hex(16))
        address = client_ip(self.request)
        if count("submission-browser", browser) >= settings.SUBMISSIONS_PER_HOUR:
            return BROWSER_LIMIT_MESSAGE % {"limit": settings.SUBMISSIONS_PER_HOUR}
        if count("submission-address", address) >= settings.SUBMISSIONS_PER_ADDRESS_PER_HOUR:
            return ADDRESS_LIMIT_MESSAGE
        hit("submission-browser", browser, settings.SUBMISSIONS_PER_HOUR, HOUR)
        hit("submission-address", address, settings.SUBMISSIONS_PER_ADDRESS_PER_HOUR, HOUR)
        return None

    def tell_about_limits(self):
        """At the first step, before any typing: a browser at or near its limit, an address at its own."""
        browser = self.request.session.get("submitter")
        left = settings.SUBMISSIONS_PER_HOUR - (count("submission-browser", browser) if browser else 0)
        address_full = (
            count("submission-address", client_ip(self.request)) >= settings.SUBMISSIONS_PER_ADDRESS_PER_HOUR
        )
        if left <= 0:
            messages.warning(self.request, BROWSER_LIMIT_MESSAGE % {"limit": settings.SUBMISSIONS_PER_HOUR})
        elif address_full:
            messages.warning(self.request, ADDRESS_LIMIT_MESSAGE)
        elif left <= NEAR_LIMIT:
            messages.info(self.request, NEAR_LIMIT_MESSAGE % {"count": left})

    def render_done(self, form, **kwargs):
        if kwargs.get("step") == self.done_step_name and (refusal := self.rate_limit_refusal()):
            messages.error(self.request, refusal)
            return redirect(self.get_step_url(self.steps.last))
        sealed_secret = self.storage.extra_data.get(RUN_SECRET)
        response = super().render_done(form, **kwargs)
        if self.sent_key:
            # formtools has emptied the storage: keep the key (and the link's secret, still encrypted),
            # so a repeated last step finds the row and shows its link.
            self.storage.extra_data = {SENT_KEY: self.sent_key, SENT_SECRET: sealed_secret}
        return response

    def done(self, form_list, form_dict, **kwargs):
        """Save once, even when the last step arrives twice (double click, resubmit); thank bots only."""
        if form_dict[self.steps.last].is_bot():
            return redirect("feedback:confirmation")
        data = {step: form.cleaned_data for step, form in form_dict.items()}
        key = self.submission_key()
        try:
            result = self.save(data, form_dict, key)
        except IntegrityError:  # saved by a parallel request of this run (a double tap)
            result = submit.existing(key, self.run_secret())
            if result is None:
                raise
        self.request.session["last_submission"] = sealed(result)
        self.sent_key = key
        return redirect("feedback:confirmation")

    def save(self, data, form_dict, key):
        """Store what was sent; return what the confirmation page shows."""
        raise NotImplementedError


def sealed(result):
    """`result` as the session keeps it for the confirmation page (feedback.views.confirmation): the
    link's secret encrypted, as sessions live in the database, which never holds a readable secret."""
    return result | {"secret": encrypt(result["secret"])} if result.get("secret") else result


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
        """The service in the active language; a slug of another language finds its translation here."""
        pages = ServicePage.objects.live().select_related("agency", "locale")
        slug, locale = self.kwargs["service_slug"], Locale.get_active()
        service = pages.filter(slug=slug, locale=locale).first()
        if service is None:  # a link from the other language, or a draft listed in /akun/pengajuan/
            other = pages.filter(slug=slug).first()
            service = other and pages.filter(translation_key=other.translation_key, locale=locale).first()
        if service is None or not service.online_application:
            raise Http404
        return service

    @cached_property
    def translations(self):
        """{language code: the service's live page} in every language, this one included."""
        pages = self.service.get_translations(inclusive=True).live().select_related("locale")
        return {page.locale.language_code: page for page in pages}

    def dispatch(self, request, *args, **kwargs):
        self.service  # noqa: B018  (404 before anything else for unknown or offline services)
        if self.service.slug != kwargs["service_slug"]:  # the same step under this language's slug
            kwargs = {"service_slug": self.service.slug, "step": kwargs.get("step")}
            name = "feedback:apply_step" if kwargs["step"] else "feedback:apply"
            return redirect(reverse(name, kwargs={k: v for k, v in kwargs.items() if v}))
        return super().dispatch(request, *args, **kwargs)

    def get_prefix(self, request, *args, **kwargs):
        """The service's slug in the default language, whatever the language of the page: a language
        switch half-way keeps the answers (and drafts started before this rule keep theirs)."""
        if self.service.locale.language_code == settings.LANGUAGE_CODE:
            return f"apply_{self.service.slug}"  # no need to look up the translations
        default = self.translations.get(settings.LANGUAGE_CODE, self.service)
        return f"apply_{default.slug}"

    def language_urls(self):
        """This step of the wizard in the other languages, under their own slug of the service."""
        urls = {}
        for code, page in self.translations.items():
            with override(code):
                urls[code] = self.get_step_url(self.steps.current, service_slug=page.slug)
        return urls

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
        return submit.create_report(
            data, files, key=key, secret=self.run_secret(), user=self.request.user, language=get_language()
        )


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
