"""Downloadable demo forms (SPTJM, surat pernyataan): small real PDFs written here, stored as documents.

The PDFs are built by hand (one page, Helvetica, no dependency): a header, numbered objects, a
cross-reference table with exact byte offsets and a trailer, as PDF 1.4 requires.
"""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

LINE_HEIGHT = 16
TOP = 800
LEFT = 56


def _escape(text):
    # PDF literal strings: backslash and parentheses are escaped; WinAnsi covers Indonesian text.
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF with `title` in bold and each of `lines` below it."""
    commands = [
        "BT",
        f"/F2 14 Tf {LEFT} {TOP} Td ({_escape(title)}) Tj",
        f"/F1 11 Tf 0 -{LINE_HEIGHT * 2} Td",
    ]
    for line in lines:
        commands.append(f"({_escape(line)}) Tj 0 -{LINE_HEIGHT} Td")
    commands.append("ET")
    stream = "\n".join(commands).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (%s) >>" % _escape(title).encode("cp1252"),
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    pdf += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(pdf)


def ensure_document(spec):
    """The demo form `spec` (title, filename, heading, lines) as a Wagtail document, created once."""
    Document = get_document_model()
    document = Document.objects.filter(title=spec["title"]).first()
    if document is None:
        content = simple_pdf(spec["heading"], spec["lines"])
        document = Document(title=spec["title"], file_size=len(content))
        document.file.save(spec["filename"], ContentFile(content), save=False)
        document._set_file_hash()
        document.save()
    return document
