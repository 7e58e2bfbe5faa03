"""Demo loaders of the home app: locales, home page, standard pages, site settings, accounts."""

import datetime
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Locale, Page, Site

from home.blocks import stream_data
from home.models import (
    AnnouncementCategory,
    AnnouncementIndexPage,
    AnnouncementPage,
    FooterText,
    HomePage,
    SiteSettings,
    StandardPage,
)
from home.site_url import site_hostname_and_port

from . import announcements, content
from .registry import DemoContext, demo_loader
from .translation import publish_translation

ENGLISH = "en"


def stream(blocks):
    """Build StreamField data and its id→en string mapping from (type, text pairs) blocks."""
    data, strings = [], {}
    for block_type, value in blocks:
        if block_type == "heading":
            source, english = value
            data += stream_data("heading", [{"text": source, "level": "h2"}])
            strings[source] = english
        elif block_type == "paragraph":
            data += stream_data("paragraph", ["".join(f"<p>{source}</p>" for source, _english in value)])
            strings.update(dict(value))
    return data, strings


def bilingual_blocks(blocks, english_blocks=None):
    """[(type, text)] plus its translation → the (type, pairs) shape that stream() takes."""
    result = []
    for (block_type, text), (_type, english) in zip(blocks, english_blocks or blocks, strict=True):
        result.append((block_type, (text, english) if block_type == "heading" else [(text, english)]))
    return result


def pairs_to_strings(page_content, fields):
    return {page_content[name][0]: page_content[name][1] for name in fields}


@demo_loader(order=0)
def load_locales(context: DemoContext) -> list[str]:
    changes = []
    for code, _name in settings.LANGUAGES:
        _locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            changes.append(f"locale {code}")
    return changes


def _home_page() -> tuple[HomePage, list[str]]:
    """The Indonesian home page as the default site's root, replacing Wagtail's placeholder."""
    site = Site.objects.filter(is_default_site=True).first()
    root_page = site.root_page.specific if site else None
    if isinstance(root_page, HomePage):
        return root_page, []
    body, _strings = stream(content.HOME["body"])
    tree_root = Page.get_first_root_node()
    for placeholder in tree_root.get_children().exact_type(Page):
        placeholder.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    home = tree_root.add_child(
        instance=HomePage(
            title=content.HOME["title"][0],
            slug="beranda",
            intro=content.HOME["intro"][0],
            body=body,
            locale=Locale.get_default(),
        )
    )
    home.save_revision().publish()
    if site:
        site.root_page = home
        site.site_name = content.SITE_SETTINGS["city_name"]
        site.save()
    else:
        hostname, port = site_hostname_and_port()
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name=content.SITE_SETTINGS["city_name"],
        )
    return home, ["home page"]


@demo_loader(order=11)
def load_site_address(context: DemoContext) -> list[str]:
    """The default Site's host name and port from SITE_URL (Wagtail's migration made it localhost:80)."""
    site = Site.objects.get(is_default_site=True)
    hostname, port = site_hostname_and_port()
    if (site.hostname, site.port) == (hostname, port):
        return []
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return [f"site address {site.root_url}"]


def _translate_if_missing(page, locale, strings, label) -> list[str]:
    if page.get_translations().filter(locale=locale).exists():
        return []
    publish_translation(page, locale, strings)
    return [f"English translation of {label}"]


@demo_loader(order=10)
def load_pages(context: DemoContext) -> list[str]:
    english = Locale.objects.get(language_code=ENGLISH)
    home, changes = _home_page()
    _body, home_strings = stream(content.HOME["body"])
    home_strings |= pairs_to_strings(content.HOME, ["title", "intro"])
    changes += _translate_if_missing(home, english, home_strings, "the home page")

    for spec in content.STANDARD_PAGES:
        body, strings = stream(spec["body"])
        strings |= pairs_to_strings(spec, ["title", "intro", "slug"])
        page = StandardPage.objects.child_of(home).filter(slug=spec["slug"][0]).first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(
                    title=spec["title"][0],
                    slug=spec["slug"][0],
                    intro=spec["intro"][0],
                    body=body,
                    show_in_menus=spec["show_in_menus"],
                    listing_summary=spec["intro"][0],
                )
            )
            page.save_revision().publish()
            changes.append(f"page “{page.title}”")
        changes += _translate_if_missing(page, english, strings, f"“{page.title}”")
    return changes


@demo_loader(order=20)
def load_site_settings(context: DemoContext) -> list[str]:
    site = Site.objects.get(is_default_site=True)
    changes = []
    footer = FooterText.objects.filter(locale=Locale.get_default()).first()
    if footer is None:
        footer = FooterText.objects.create(
            title=content.FOOTER["title"],
            opening_hours=content.FOOTER["opening_hours"][0],
            text=f"<p>{content.FOOTER['text'][0]}</p>",
            locale=Locale.get_default(),
        )
        changes.append("footer text")
    english = Locale.objects.get(language_code=ENGLISH)
    if not footer.has_translation(english):
        # wagtail-localize keeps line breaks of multi-line text as <br/> in the source string.
        strings = {
            source.replace("\n", "<br/>"): translated.replace("\n", "<br/>")
            for source, translated in (content.FOOTER["opening_hours"], content.FOOTER["text"])
        }
        publish_translation(footer, english, strings)
        changes.append("English footer text")

    site_settings = SiteSettings.for_site(site)
    if site_settings.footer_id is None:
        for name, value in content.SITE_SETTINGS.items():
            setattr(site_settings, name, value)
        site_settings.footer = footer
        site_settings.save()
        changes.append("site settings")
    return changes


@demo_loader(order=21)
def load_footer_links(context: DemoContext) -> list[str]:
    """The privacy notice and accessibility statement (standard pages) linked in the footer."""
    site_settings, _created = SiteSettings.objects.get_or_create(site=Site.objects.get(is_default_site=True))
    changes = []
    pages = {"privacy_page": "kebijakan-privasi", "accessibility_page": "pernyataan-aksesibilitas"}
    for field, slug in pages.items():
        page = StandardPage.objects.filter(slug=slug, locale=Locale.get_default()).first()
        if page and getattr(site_settings, f"{field}_id") is None:
            setattr(site_settings, field, page)
            changes.append(f"footer link to “{page.title}”")
    if changes:
        site_settings.save()
    return changes


def ensure_demo_user(context: DemoContext, role, username, email, *, superuser=False, groups=()) -> list[str]:
    """A demo staff account, made if missing and listed for `load_demo` to print.

    Demo passwords are known only in development; elsewhere the account gets a random password.
    """
    user_model = get_user_model()
    created = not user_model.objects.filter(username=username).exists()
    if created:
        password = settings.DEMO_PASSWORD if context.show_passwords else secrets.token_urlsafe(18)
        user = user_model(
            username=username,
            email=email,
            is_staff=True,
            is_superuser=superuser,
            first_name=role.capitalize(),
            last_name="Demo",
        )
        user.set_password(password)
        user.save()
        user.groups.set(Group.objects.filter(name__in=groups))
    if context.show_passwords:
        context.accounts.append((role, username, settings.DEMO_PASSWORD))
    elif created:
        context.accounts.append((role, username, "random; set one with manage.py changepassword"))
    return [f"{role} account “{username}”"] if created else []


@demo_loader(order=30)
def load_accounts(context: DemoContext) -> list[str]:
    return [
        *ensure_demo_user(context, "superuser", "admin", "admin@example.org", superuser=True),
        *ensure_demo_user(context, "editor", "editor", "editor@example.org", groups=["Editors"]),
    ]


@demo_loader(order=50)
def load_announcements(context: DemoContext) -> list[str]:
    home = Site.objects.get(is_default_site=True).root_page.specific
    default, english = Locale.get_default(), Locale.objects.get(language_code=ENGLISH)
    changes = []
    categories = {}
    for spec in announcements.ANNOUNCEMENT_CATEGORIES:
        category = AnnouncementCategory.objects.filter(locale=default, slug=spec["key"]).first()
        if category is None:
            category = AnnouncementCategory.objects.create(
                locale=default, slug=spec["key"], name=spec["name"][0]
            )
            changes.append(f"announcement category “{category.name}”")
        if not category.has_translation(english):
            publish_translation(category, english, {spec["name"][0]: spec["name"][1]})
        categories[spec["key"]] = category

    index = AnnouncementIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=AnnouncementIndexPage(
                title=content.ANNOUNCEMENT_INDEX["title"][0],
                slug=content.ANNOUNCEMENT_INDEX["slug"][0],
                intro=content.ANNOUNCEMENT_INDEX["intro"][0],
                show_in_menus=True,
            )
        )
        index.save_revision().publish()
        changes.append("announcement index page")
    if not index.has_translation(english):
        publish_translation(
            index, english, {pair[0]: pair[1] for pair in content.ANNOUNCEMENT_INDEX.values()}
        )

    today = timezone.localdate()
    for spec in announcements.ANNOUNCEMENTS:
        page = AnnouncementPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if page is None:
            body, _strings = stream(bilingual_blocks(spec["body"]))
            related = Page.objects.filter(slug__in=spec["related_services"], locale=default)
            page = index.add_child(
                instance=AnnouncementPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    date=today - datetime.timedelta(days=spec["days_ago"]),
                    category=categories[spec["category"]],
                    summary=spec["summary"],
                    listing_summary=spec["summary"],
                    body=body,
                    related_pages=stream_data("page", [p.pk for p in related]),
                    is_important=spec["important_days"] > 0,
                    important_until=timezone.now() + datetime.timedelta(days=spec["important_days"])
                    if spec["important_days"]
                    else None,
                )
            )
            revision = page.save_revision()
            revision.publish()
            # Publishing stamps today's date; keep the history spread over the past months.
            published = timezone.now() - datetime.timedelta(days=spec["days_ago"])
            AnnouncementPage.objects.filter(pk=page.pk).update(
                first_published_at=published, last_published_at=published
            )
            changes.append(f"announcement “{page.title}”")
        if "en" in spec and not page.has_translation(english):
            en = spec["en"]
            _body, strings = stream(bilingual_blocks(spec["body"], en["body"]))
            strings |= {spec[name]: en[name] for name in ("slug", "title", "summary")}
            publish_translation(page, english, strings)
            changes.append(f"English translation of “{page.title}”")
    return changes
