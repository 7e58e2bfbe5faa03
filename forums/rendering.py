"""Residents' plain text as safe HTML: the only formatting they can use, and nothing else gets through.

Allowed: paragraphs (a blank line), line breaks, links (typed as http(s):// or www. addresses, made
clickable), **bold**, *italic*, quotes (lines starting with "> ") and lists (lines starting with "- "
or "1. "). The text is escaped first, so any HTML a resident types shows as text; the result then
goes through nh3 with a short allowlist of tags, attributes and URL schemes as a second guard.
"""

import re

from django.utils.html import urlize
from django.utils.safestring import SafeString, mark_safe

import nh3

TAGS = {"p", "br", "strong", "em", "blockquote", "ul", "ol", "li", "a"}
ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
ITALIC = re.compile(r"(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])")
BULLET = re.compile(r"^\s*[-*]\s+")
NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")
QUOTE = re.compile(r"^\s*>\s?")


def _inline(line: str) -> str:
    html = urlize(line, trim_url_limit=60, nofollow=False, autoescape=True)
    html = BOLD.sub(r"<strong>\1</strong>", html)
    return ITALIC.sub(r"<em>\1</em>", html)


def _block(lines: list[str]) -> str:
    if all(QUOTE.match(line) for line in lines):
        inner = [QUOTE.sub("", line, count=1) for line in lines]
        return f"<blockquote>{_blocks(chr(10).join(inner))}</blockquote>"
    for pattern, tag in ((BULLET, "ul"), (NUMBER, "ol")):
        if all(pattern.match(line) for line in lines):
            items = "".join(f"<li>{_inline(pattern.sub('', line, count=1))}</li>" for line in lines)
            return f"<{tag}>{items}</{tag}>"
    return "<p>" + "<br>".join(_inline(line) for line in lines) + "</p>"


def _blocks(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    return "".join(_block(block.split("\n")) for block in paragraphs if block.strip())


def render(text: str, *, nofollow: bool = False) -> SafeString:
    """`text` as sanitised HTML. Links get rel="ugc noopener"; `nofollow` (new accounts) adds nofollow,
    so search engines give no credit to links that spammers post."""
    rel = "nofollow ugc noopener noreferrer" if nofollow else "ugc noopener noreferrer"
    html = nh3.clean(_blocks(text), tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel=rel)
    return mark_safe(html)  # noqa: S308  (escaped, then sanitised by nh3 above)  # nosec B308, B703
