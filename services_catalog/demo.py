"""Demo catalogue: agencies, categories, services, the catalogue page and the editorial workflow.

For `load_demo --scale` (home.demo.scale): 500 more services spread over every agency and category,
each with the Standar Pelayanan of a demo one under a title built from a small vocabulary.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.blocks import stream_data
from home.demo import DemoContext, demo_loader, ensure_demo_user, publish_translation, scale, scale_loader
from home.models import AnnouncementIndexPage

from . import demo_content as content
from .demo_forms import ensure_document
from .models import Agency, ServiceCategory, ServiceIndexPage, ServicePage

ENGLISH = "en"
INDEX = {
    "slug": ("layanan", "services"),
    "title": ("Layanan Publik", "Public Services"),
    "intro": (
        "Temukan layanan yang Anda perlukan: persyaratan, biaya, waktu penyelesaian "
        "dan tempat pengurusannya.",
        "Find the service you need: what to bring, what it costs, how long it takes and where to go.",
    ),
}
EDITORS = "Editor Humas"
MODERATORS = "Moderator Humas"
WORKFLOW = "Persetujuan Humas"


def _snippets(model, specs, fields, english_fields):
    """Create each snippet in Indonesian and translate it; return ({key: instance}, changes)."""
    default, english = Locale.get_default(), Locale.objects.get(language_code=ENGLISH)
    created, changes = {}, []
    for spec in specs:
        values = {name: spec[name][0] if isinstance(spec[name], tuple) else spec[name] for name in fields}
        instance = model.objects.filter(locale=default, slug=spec["key"]).first()
        if instance is None:
            instance = model.objects.create(locale=default, slug=spec["key"], **values)
            changes.append(f"{model._meta.verbose_name} “{instance}”")
        if not instance.has_translation(english):
            publish_translation(instance, english, {spec[name][0]: spec[name][1] for name in english_fields})
        created[spec["key"]] = instance
    return created, changes


def _service_fields(spec, agencies, categories):
    return {
        "title": spec["title"],
        "slug": spec["slug"],
        "summary": spec["summary"],
        "listing_summary": spec["summary"],
        "eligibility": spec["eligibility"],
        "agency": agencies[spec["agency"]],
        "category": categories[spec["category"]],
        "requirements": stream_data(
            "requirement",
            [
                {
                    "name": item["name"],
                    "note": item["note"],
                    "original_required": item["original"],
                    "copies": item["copies"],
                    "upload": item["upload"],
                    "alternative": item.get("alternative", ""),
                    "age_condition": item.get("age_condition", ""),
                    "age": item.get("age"),
                    "marital_condition": item.get("marital_condition", ""),
                    "question": "",
                    "answer": "",
                }
                for item in spec["requirements"]
            ],
        ),
        "minimum_age": spec.get("minimum_age"),
        "minimum_age_unless_married": spec.get("minimum_age_unless_married", False),
        "questions": stream_data(
            "question",
            [
                {
                    "key": question["key"],
                    "label": question["label"],
                    "kind": question["kind"],
                    "choices": question.get("choices", ""),
                    "required": question.get("required", True),
                    "help_text": question.get("help_text", ""),
                }
                for question in spec.get("questions", [])
            ],
        ),
        "downloads": _downloads(spec),
        "procedure": stream_data("step", spec["procedure"]),
        "processing_days": spec["processing_days"],
        "processing_note": spec["processing_note"],
        "cost": spec["cost"],
        "cost_basis": spec["cost_basis"],
        "product": spec["product"],
        "complaint_channel": spec["complaint_channel"],
        "legal_basis": stream_data(
            "regulation", [{"title": title, "url": ""} for title in spec["legal_basis"]]
        ),
        "locations": spec["locations"],
        "online_application": spec["online"],
        "annual_users": spec.get("annual_users"),
        "faq": stream_data(
            "question",
            [{"question": question, "answer": f"<p>{answer}</p>"} for question, answer in spec["faq"]],
        ),
        "last_reviewed": timezone.localdate() - datetime.timedelta(days=30),
    }


def _downloads(spec):
    """The service's downloadable forms, as documents (created on first use)."""
    return stream_data(
        "form",
        [
            {"document": ensure_document(content.FORMS[key]).pk, "title": content.FORMS[key]["title"]}
            for key in spec.get("downloads", [])
        ],
    )


def _english_strings(spec):
    """Indonesian → English for every translatable text of a service."""
    en = spec["en"]
    pairs = [(spec[name], en[name]) for name in ("slug", "title", "summary", "eligibility", "product")]
    pairs += [
        (spec[name], en[name]) for name in ("processing_note", "cost_basis", "complaint_channel", "locations")
    ]
    for source, target in zip(spec["requirements"], en["requirements"], strict=True):
        pairs += [(source["name"], target["name"]), (source["note"], target["note"])]
        pairs += [(source.get("alternative"), target.get("alternative"))]
    for source, target in zip(spec.get("questions", []), en.get("questions", []), strict=True):
        pairs += [
            (source[name], target[name]) for name in ("label", "help_text", "choices") if name in source
        ]
    pairs += [(content.FORMS[key]["title"], content.FORMS[key]["en"]) for key in spec.get("downloads", [])]
    pairs += list(zip(spec["procedure"], en["procedure"], strict=True))
    pairs += list(zip(spec["legal_basis"], en["legal_basis"], strict=True))
    for (question, answer), (question_en, answer_en) in zip(spec["faq"], en["faq"], strict=True):
        pairs += [(question, question_en), (answer, answer_en)]
    # wagtail-localize shows a multi-line text (the answers of a choice question) with <br/> between lines.
    return {
        source.replace("\n", "<br/>"): target.replace("\n", "<br/>") for source, target in pairs if source
    }


@demo_loader(order=40)
def load_catalogue(context: DemoContext) -> list[str]:
    english = Locale.objects.get(language_code=ENGLISH)
    agencies, changes = _snippets(
        Agency,
        content.AGENCIES,
        ["name", "short_name", "address", "phone", "email", "opening_hours", "head_office", "map_url"],
        ["name", "opening_hours", "head_office"],
    )
    categories, category_changes = _snippets(
        ServiceCategory, content.CATEGORIES, ["name", "description", "icon"], ["name", "description"]
    )
    changes += category_changes

    home = Site.objects.get(is_default_site=True).root_page.specific
    index = ServiceIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=ServiceIndexPage(
                title=INDEX["title"][0], slug=INDEX["slug"][0], intro=INDEX["intro"][0], show_in_menus=True
            )
        )
        index.save_revision().publish()
        changes.append("service index page")
    if not index.has_translation(english):
        publish_translation(index, english, {INDEX[name][0]: INDEX[name][1] for name in INDEX})

    pages = {}
    for spec in content.SERVICES:
        page = ServicePage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if page is None:
            page = index.add_child(instance=ServicePage(**_service_fields(spec, agencies, categories)))
            page.save_revision().publish()
            changes.append(f"service “{page.title}”")
        pages[spec["slug"]] = page
    for spec in content.SERVICES:  # related services need every page to exist first
        page = pages[spec["slug"]]
        if spec["related"] and not page.related_services:
            page.related_services = stream_data("service", [pages[slug].pk for slug in spec["related"]])
            page.save_revision().publish()
    for spec in content.SERVICES:  # catalogues loaded before services had a number of users
        page = pages[spec["slug"]]
        if spec.get("annual_users") and page.annual_users is None:
            page.annual_users = spec["annual_users"]
            page.save_revision().publish()
            changes.append(f"users per year of “{page.title}”")
    for spec in content.SERVICES:  # catalogues loaded before requirements had conditions and forms
        changes += _add_conditions_and_forms(pages[spec["slug"]], spec, agencies, categories, english)
    for spec in content.SERVICES:
        if "en" in spec and not pages[spec["slug"]].has_translation(english):
            publish_translation(pages[spec["slug"]], english, _english_strings(spec))
            changes.append(f"English translation of “{spec['title']}”")
    return changes


UPGRADED_FIELDS = [
    "requirements",
    "minimum_age",
    "minimum_age_unless_married",
    "questions",
    "downloads",
    "faq",
]
UPGRADED_FIELDS += ["legal_basis"]


def _add_conditions_and_forms(page, spec, agencies, categories, english):
    """Give a page loaded by an older demo its requirement conditions, questions and forms, once."""
    wanted = spec.get("minimum_age") or spec.get("questions") or spec.get("downloads")
    if not wanted or page.minimum_age or page.questions or page.downloads:
        return []
    fields = _service_fields(spec, agencies, categories)
    for name in UPGRADED_FIELDS:
        setattr(page, name, fields[name])
    page.save_revision().publish()
    if "en" in spec and page.has_translation(english):
        publish_translation(page, english, _english_strings(spec))
    return [f"requirement conditions, questions and forms of “{page.title}”"]


def _grant_page_permissions(group, page, permissions):
    for codename in permissions:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )


@demo_loader(order=60)
def load_editorial_workflow(context: DemoContext) -> list[str]:
    """Editors draft, moderators approve: the "Persetujuan Humas" workflow on the catalogue and news."""
    changes = []
    editors, created = Group.objects.get_or_create(name=EDITORS)
    moderators, moderators_created = Group.objects.get_or_create(name=MODERATORS)
    if created or moderators_created:
        changes.append("editor and moderator groups")
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    snippet_permissions = Permission.objects.filter(
        content_type__app_label__in=["services_catalog", "home", "wagtailimages", "wagtaildocs"],
        codename__regex=r"^(add|change|view|choose)_",
    )
    for group in (editors, moderators):
        group.permissions.add(admin_access, *snippet_permissions)
    for home in Page.objects.filter(depth=2).specific():
        _grant_page_permissions(editors, home, ["add_page", "change_page"])
        _grant_page_permissions(moderators, home, ["add_page", "change_page", "publish_page", "lock_page"])

    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW)
    if created:
        task = GroupApprovalTask.objects.create(name="Persetujuan Moderator Humas")
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        changes.append(f"workflow “{WORKFLOW}”")
    sections = [*ServiceIndexPage.objects.all(), *AnnouncementIndexPage.objects.all()]
    for section in sections:
        _, created = WorkflowPage.objects.get_or_create(page=section, defaults={"workflow": workflow})
        if created:
            changes.append(f"workflow on “{section.title}” ({section.locale.language_code})")

    changes += ensure_demo_user(
        context, "moderator", "moderator", "moderator@example.org", groups=[MODERATORS]
    )
    for editor in get_user_model().objects.filter(username="editor"):
        editor.groups.add(editors)
    return changes


HOME_SECTIONS = {
    "featured": ("Layanan yang paling sering dicari", "Most-used services"),
    "categories": ("Layanan menurut kategori", "Services by category"),
    "news": ("Pengumuman terbaru", "Latest announcements"),
    "contact": ("Hubungi kami", "Contact us"),
    "search": ("Layanan apa yang Anda cari?", "What service are you looking for?"),
}


@demo_loader(order=70)
def load_home_sections(context: DemoContext) -> list[str]:
    """Most-used services, categories, latest news and contact details on the home page."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    if any(block.block_type == "featured_pages" for block in home.body):
        return []
    popular = ServicePage.objects.filter(
        slug__in=[s["slug"] for s in content.SERVICES if s["popular"]], locale=home.locale
    )
    sections = [
        {
            "type": "featured_pages",
            "value": {"heading": HOME_SECTIONS["featured"][0], "pages": [p.pk for p in popular]},
        },
        {"type": "service_categories", "value": {"heading": HOME_SECTIONS["categories"][0], "intro": ""}},
        {
            "type": "latest_announcements",
            "value": {"heading": HOME_SECTIONS["news"][0], "intro": "", "count": 3},
        },
        {"type": "contact", "value": {"heading": HOME_SECTIONS["contact"][0], "intro": ""}},
    ]
    home.body = [*sections, *home.body.raw_data]
    home.search_label = HOME_SECTIONS["search"][0]
    home.save_revision().publish()
    publish_translation(home, Locale.objects.get(language_code=ENGLISH), dict(HOME_SECTIONS.values()))
    return ["home page sections"]


# Titles of the scale services: an action and a subject.
SERVICE_ACTIONS = [
    "Penerbitan",
    "Perpanjangan",
    "Penggantian",
    "Perubahan",
    "Legalisasi",
    "Pendaftaran",
    "Verifikasi",
    "Rekomendasi",
    "Pengesahan",
    "Pencabutan",
]
SERVICE_SUBJECTS = [
    "Surat Keterangan Usaha",
    "Izin Reklame",
    "Kartu Identitas Anak",
    "Akta Perkawinan",
    "Surat Keterangan Pindah",
    "Izin Praktik Bidan",
    "Tanda Daftar Gudang",
    "Sertifikat Laik Higiene",
    "Izin Keramaian",
    "Surat Keterangan Domisili",
    "Kartu Pencari Kerja",
    "Izin Trayek Angkutan",
    "Persetujuan Bangunan Gedung",
    "Sertifikat Produksi Pangan Industri Rumah Tangga",
    "Izin Penelitian",
    "Surat Keterangan Tidak Mampu",
    "Izin Usaha Perikanan",
    "Data Kependudukan",
    "Izin Pemakaman",
    "Surat Keterangan Ahli Waris",
]


@scale_loader(order=10)
def load_scale_services(sizes: scale.Sizes, rng: random.Random) -> list[str]:
    """Services spread over every agency and category, each with the Standar Pelayanan of a demo one."""
    locale = Locale.get_default()
    index = ServiceIndexPage.objects.get(locale=locale)
    agencies = list(Agency.objects.filter(locale=locale).order_by("pk"))
    categories = list(ServiceCategory.objects.filter(locale=locale).order_by("pk"))
    pages = []
    for number in range(1, sizes.services + 1):
        spec = content.SERVICES[number % len(content.SERVICES)]
        name = f"{rng.choice(SERVICE_ACTIONS)} {rng.choice(SERVICE_SUBJECTS)}"
        agency = agencies[number % len(agencies)]
        category = categories[number // len(agencies) % len(categories)]
        summary = f"{name} bagi warga: persyaratan, biaya, waktu penyelesaian dan tempat pengurusannya."
        fields = _service_fields(spec, {spec["agency"]: agency}, {spec["category"]: category})
        fields |= {
            "title": f"Layanan {name} {number}",
            "slug": slugify(f"{name} {number}"),
            "summary": summary,
            "listing_summary": summary,
        }
        pages.append(ServicePage(**fields))
    scale.add_pages(index, pages, related=("agency", "category"))
    return [f"{sizes.services:,} services"]
