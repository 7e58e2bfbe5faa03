"""Demo submissions and survey responses spread over the past six months, so the back office and the
IKM report have something to show. Random but repeatable (fixed seed)."""

import datetime
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.models import Locale

from home.demo import DemoContext, demo_loader, ensure_demo_user
from home.models import SiteSettings
from services_catalog.models import Agency, ServicePage

from .demo_places import PLACES
from .models import AgencyMembership, Kecamatan, Kelurahan, StatusChange, Submission, SurveyResponse
from .submit import PRIVACY_NOTICE_VERSION, first_deadline
from .tracking import new_tracking_code
from .workflow import Role

S = Submission.Status
REPORTS = [
    (
        Submission.Kind.COMPLAINT,
        "Jalan berlubang di depan SD Talawi Hilir",
        "Lubang di badan jalan makin besar setelah hujan dan membahayakan pengendara sepeda motor, terutama pada malam hari.",
        "Talawi",
    ),
    (
        Submission.Kind.COMPLAINT,
        "Antrean perekaman KTP-el terlalu lama",
        "Saya menunggu lebih dari tiga jam di MPP untuk perekaman KTP-el anak saya. Mohon ditambah petugas pada jam sibuk.",
        "Silungkang",
    ),
    (
        Submission.Kind.COMPLAINT,
        "Sampah menumpuk di Pasar Remaja",
        "Tumpukan sampah di sudut pasar belum diangkut sejak hari Senin dan mulai berbau.",
        "Lembah Segar",
    ),
    (
        Submission.Kind.COMPLAINT,
        "Lampu jalan padam di Lubang Panjang",
        "Empat lampu penerangan jalan umum di ruas menuju Lubang Panjang padam sejak dua minggu lalu.",
        "Barangin",
    ),
    (
        Submission.Kind.COMPLAINT,
        "Saluran air tersumbat di Aur Mulyo",
        "Saluran drainase tersumbat sehingga air meluap ke rumah warga setiap hujan deras.",
        "Lembah Segar",
    ),
    (
        Submission.Kind.ASPIRATION,
        "Usul jadwal layanan Sabtu di MPP",
        "Banyak warga yang bekerja pada hari kerja. Mohon MPP dibuka setengah hari pada hari Sabtu.",
        "Silungkang",
    ),
    (
        Submission.Kind.ASPIRATION,
        "Tambahan rute angkutan ke Kumbayau",
        "Warga Kumbayau kesulitan ke pusat kota karena angkutan umum hanya lewat pagi hari.",
        "Talawi",
    ),
    (
        Submission.Kind.ASPIRATION,
        "Taman bermain anak di Saringan",
        "Lahan kosong dekat kantor kelurahan dapat dijadikan taman bermain anak yang aman.",
        "Barangin",
    ),
    (
        Submission.Kind.ASPIRATION,
        "Pelatihan pemasaran daring bagi perajin songket",
        "Perajin songket Silungkang memerlukan pelatihan menjual produk secara daring.",
        "Silungkang",
    ),
    (
        Submission.Kind.INFORMATION,
        "Rincian anggaran perbaikan jalan 2026",
        "Saya meminta salinan rincian anggaran dan jadwal perbaikan jalan kota tahun 2026.",
        "Lembah Segar",
    ),
    (
        Submission.Kind.INFORMATION,
        "Data penerima bantuan sosial per desa",
        "Saya meminta jumlah penerima bantuan sosial per desa di Kecamatan Talawi, tanpa data pribadi.",
        "Talawi",
    ),
]
NAMES = [
    "Rina Marlina",
    "Andi Saputra",
    "Yulia Fitri",
    "Budi Santoso",
    "Siti Rahmah",
    "Dedi Kurniawan",
    "Nurhayati",
    "Fajar Hidayat",
    "Mega Sari",
    "Rudi Hartono",
    "Lestari Putri",
    "Hendra Gunawan",
]
ANSWERS = {
    Submission.Kind.COMPLAINT: "Terima kasih atas laporan Anda. Petugas telah menindaklanjuti di lapangan dan masalah sudah diperbaiki.",
    Submission.Kind.ASPIRATION: "Terima kasih atas usulan Anda. Usulan ini dibahas dalam rapat perencanaan dan akan dipertimbangkan pada anggaran tahun depan.",
    Submission.Kind.INFORMATION: "Informasi yang Anda minta telah kami kirimkan melalui surel dalam bentuk salinan elektronik.",
    Submission.Kind.APPLICATION: "Dokumen Anda sudah selesai dan dapat diambil di loket dengan membawa kode lacak ini.",
}
# Status paths through SP4N-LAPOR!, the last one being where the demo item stops.
PATHS = [
    [S.RECEIVED],
    [S.RECEIVED, S.VERIFIED],
    [S.RECEIVED, S.VERIFIED, S.FORWARDED],
    [S.RECEIVED, S.VERIFIED, S.FORWARDED, S.IN_PROGRESS],
    [S.RECEIVED, S.VERIFIED, S.FORWARDED, S.IN_PROGRESS, S.RESOLVED],
    [S.RECEIVED, S.VERIFIED, S.FORWARDED, S.IN_PROGRESS, S.RESOLVED],
    [S.RECEIVED, S.REJECTED],
]
APPLICATION_PATHS = [
    [S.RECEIVED],
    [S.RECEIVED, S.VERIFIED, S.IN_PROGRESS],
    [S.RECEIVED, S.WAITING],
    [S.RECEIVED, S.VERIFIED, S.IN_PROGRESS, S.RESOLVED],
    [S.RECEIVED, S.VERIFIED, S.IN_PROGRESS, S.RESOLVED],
]
SUBMISSIONS = 40
SURVEY_RESPONSES = 300
SURVEY_SERVICES = 10


@demo_loader(order=80)
def load_places(context: DemoContext) -> list[str]:
    changes = []
    for district_name, villages in PLACES.items():
        district, created = Kecamatan.objects.get_or_create(name=district_name)
        if created:
            changes.append(f"kecamatan {district_name}")
        for is_desa, names in ((False, villages["kelurahan"]), (True, villages["desa"])):
            for name in names:
                Kelurahan.objects.get_or_create(kecamatan=district, name=name, defaults={"is_desa": is_desa})
    return changes


def _random_nik(rng, birth_date, female):
    day = birth_date.day + (40 if female else 0)
    return f"137301{day:02d}{birth_date:%m%y}{rng.randint(1, 9999):04d}"


@demo_loader(order=90)
def load_submissions(context: DemoContext) -> list[str]:
    if Submission.objects.exists():
        return []
    rng = random.Random(1888)  # noqa: S311  (demo data, not security)
    locale = Locale.get_default()
    prefix = SiteSettings.objects.values_list("tracking_prefix", flat=True).first() or "SWL"
    online_services = list(
        ServicePage.objects.live().filter(locale=locale, online_application=True).select_related("agency")
    )
    agencies = list(Agency.objects.filter(locale=locale))
    districts = {d.name: d for d in Kecamatan.objects.prefetch_related("villages")}
    now = timezone.now()
    for number in range(SUBMISSIONS):
        created = now - datetime.timedelta(days=rng.randint(0, 180), hours=rng.randint(0, 8))
        name = rng.choice(NAMES)
        if number % 3 == 0 and online_services:
            service = rng.choice(online_services)
            kind, path = Submission.Kind.APPLICATION, rng.choice(APPLICATION_PATHS)
            birth = datetime.date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28))
            district = rng.choice(list(districts.values()))
            fields = {
                "service": service,
                "agency": service.agency,
                "subject": service.title,
                "nik": _random_nik(rng, birth, female=number % 2 == 0),
                "birth_date": birth,
                "address": f"Jalan Merdeka No. {rng.randint(1, 90)}, RT 00{rng.randint(1, 5)}",
                "kecamatan": district,
                "kelurahan": rng.choice(list(district.villages.all())),
            }
            deadline = first_deadline(kind, service, start=created.date())
        else:
            kind, subject, description, district_name = rng.choice(REPORTS)
            path = rng.choice(PATHS)
            district = districts.get(district_name)
            fields = {
                "subject": subject,
                "description": description,
                "kecamatan": district,
                "agency": rng.choice(agencies) if len(path) > 2 else None,
                "identity": rng.choice(
                    [Submission.Identity.NORMAL] * 4
                    + [Submission.Identity.ANONYMOUS, Submission.Identity.CONFIDENTIAL]
                ),
                "allow_publication": rng.random() < 0.7,
                "event_date": (created - datetime.timedelta(days=rng.randint(0, 10))).date(),
                "details": {"purpose": "Untuk bahan penelitian mahasiswa.", "delivery": "email"}
                if kind == Submission.Kind.INFORMATION
                else {},
            }
            deadline = first_deadline(kind, start=created.date())
        anonymous = fields.get("identity") == Submission.Identity.ANONYMOUS
        submission = Submission(
            kind=kind,
            status=path[-1],
            deadline=deadline,
            name="" if anonymous else name,
            email="" if anonymous else f"{name.split()[0].lower()}{number}@example.org",
            phone="" if anonymous else f"+62812{rng.randint(10000000, 99999999)}",
            consent_at=created,
            consent_version=PRIVACY_NOTICE_VERSION,
            public_answer=ANSWERS[kind] if path[-1] == S.RESOLVED else "",
            tracking_code=new_tracking_code(prefix, created.date()),
            submission_key=uuid.uuid4().hex,
            **fields,
        )
        submission.set_secret()
        submission.save()
        Submission.objects.filter(pk=submission.pk).update(created_at=created, updated_at=created)
        moment = created
        for previous, status in zip([""] + path, path, strict=False):
            change = StatusChange.objects.create(
                submission=submission,
                from_status=previous,
                to_status=status,
                public_note=_public_note(status, kind),
            )
            StatusChange.objects.filter(pk=change.pk).update(created_at=moment)
            if status in (S.RESOLVED, S.REJECTED):
                Submission.objects.filter(pk=submission.pk).update(closed_at=moment)
            moment += datetime.timedelta(days=rng.randint(1, 4), hours=rng.randint(1, 6))
    return [f"{SUBMISSIONS} demo submissions"]


def _public_note(status, kind):
    return {
        S.VERIFIED: "Laporan Anda sudah diverifikasi dan diteruskan kepada perangkat daerah terkait.",
        S.REJECTED: "Laporan tidak dapat diproses karena bukan kewenangan Pemerintah Kota. Silakan hubungi instansi terkait.",
        S.WAITING: "Mohon unggah pindaian Kartu Keluarga yang terbaru melalui tautan pribadi Anda.",
        S.RESOLVED: ANSWERS[kind],
    }.get(status, "")


@demo_loader(order=95)
def load_survey_responses(context: DemoContext) -> list[str]:
    if SurveyResponse.objects.exists():
        return []
    rng = random.Random(2017)  # noqa: S311
    services = list(
        ServicePage.objects.live().filter(locale=Locale.get_default()).order_by("title")[:SURVEY_SERVICES]
    )
    today = timezone.localdate()
    responses = []
    for number in range(SURVEY_RESPONSES):
        service = services[number % len(services)]
        # Each service gets its own leaning, so the IKM differs between services.
        lean = 0.45 + (services.index(service) % 5) * 0.1
        answers = {f"u{n}": min(4, max(1, round(rng.gauss(2.2 + lean * 1.6, 0.6)))) for n in range(1, 10)}
        if service.cost == 0:
            answers["u4"] = 4  # free services are rated "Gratis"
        responses.append(
            SurveyResponse(
                service=service,
                agency_id=service.agency_id,
                service_date=today - datetime.timedelta(days=rng.randint(0, 180)),
                gender=rng.choice("LP"),
                age_band=rng.choice(["<20", "20-29", "30-39", "40-49", "50-59", "60+"]),
                education=rng.choice(["SD", "SMP", "SMA", "SMA", "D1-D3", "D4-S1", "S2+"]),
                occupation=rng.choice(["PNS", "SWASTA", "WIRAUSAHA", "WIRAUSAHA", "LAINNYA", "TNI", "POLRI"]),
                suggestion=rng.choice(
                    ["", "", "Pertahankan pelayanan yang ramah.", "Mohon tambah kursi di ruang tunggu."]
                ),
                submission_key=uuid.uuid4().hex,
                **answers,
            )
        )
    SurveyResponse.objects.bulk_create(responses)
    return [f"{SURVEY_RESPONSES} demo survey responses"]


# Which submissions a role sees and what it may do with them is feedback.access's and feedback.workflow's
# rule, not Django permissions; the coordinator also keeps the extra non-working days.
ROLE_PERMISSIONS = {
    Role.COORDINATOR: [
        "add_nonworkingday",
        "change_nonworkingday",
        "delete_nonworkingday",
        "view_nonworkingday",
    ],
    Role.OFFICER: [],
    Role.READER: [],
}
# (role, username, email, agency short name or None)
STAFF = [
    (Role.COORDINATOR, "koordinator", "koordinator@example.org", None),
    (Role.OFFICER, "petugas.dukcapil", "petugas.dukcapil@example.org", "Disdukcapil"),
    (Role.OFFICER, "petugas.dinkes", "petugas.dinkes@example.org", "Dinkes"),
    (Role.READER, "pimpinan", "pimpinan@example.org", None),
]


def ensure_role_groups() -> list[str]:
    """The back-office groups with admin access and their permissions; returns the names of new ones."""
    created_names = []
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for role, codenames in ROLE_PERMISSIONS.items():
        group, created = Group.objects.get_or_create(name=role.value)
        group.permissions.add(
            access_admin,
            *Permission.objects.filter(content_type__app_label="feedback", codename__in=codenames),
        )
        if created:
            created_names.append(role.value)
    return created_names


@demo_loader(order=85)
def load_back_office_roles(context: DemoContext) -> list[str]:
    """The three back-office groups and one demo account for each (two officers of different agencies)."""
    changes = [f"group “{name}”" for name in ensure_role_groups()]
    agencies = {agency.short_name: agency for agency in Agency.objects.filter(locale=Locale.get_default())}
    for role, username, email, agency_name in STAFF:
        changes += ensure_demo_user(context, username.split(".")[0], username, email, groups=[role.value])
        if agency_name in agencies:
            user = get_user_model().objects.get(username=username)
            AgencyMembership.objects.get_or_create(user=user, agency=agencies[agency_name])
    return changes
