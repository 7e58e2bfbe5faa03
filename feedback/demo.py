"""Demo submissions and survey responses spread over the past six months, so the back office and the
IKM report have something to show, and a year of timed applications and complaints for the service
performance figures. Random but repeatable (fixed seeds).

For `load_demo --scale` (home.demo.scale): 100,000 submissions with their status history and 50,000 SKM
answers. Their keys start with SCALE_KEY, which is how the scale loader knows it already ran.
"""

import datetime
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.models import Locale

from home.demo import DemoContext, demo_loader, ensure_demo_user, scale, scale_loader
from home.models import SiteSettings
from services_catalog.models import Agency, ServicePage

from . import workdays
from .demo_places import PLACES
from .models import (
    AgencyMembership,
    Kecamatan,
    Kelurahan,
    NonWorkingDay,
    StatusChange,
    Submission,
    SurveyResponse,
)
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
# The agency (short name) each report concerns: the one that answers it once it is forwarded.
REPORT_AGENCIES = {
    "Jalan berlubang di depan SD Talawi Hilir": "Dinas PUPR",
    "Antrean perekaman KTP-el terlalu lama": "Disdukcapil",
    "Sampah menumpuk di Pasar Remaja": "DLH",
    "Lampu jalan padam di Lubang Panjang": "Dishub",
    "Saluran air tersumbat di Aur Mulyo": "Dinas PUPR",
    "Usul jadwal layanan Sabtu di MPP": "DPMPTSP-Naker",
    "Tambahan rute angkutan ke Kumbayau": "Dishub",
    "Taman bermain anak di Saringan": "Dinas PUPR",
    "Pelatihan pemasaran daring bagi perajin songket": "DPMPTSP-Naker",
    "Rincian anggaran perbaikan jalan 2026": "Dinas PUPR",
    "Data penerima bantuan sosial per desa": "Dinsos P3A",
}
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
    agencies = {agency.short_name: agency for agency in Agency.objects.filter(locale=locale)}
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
                "agency": agencies.get(REPORT_AGENCIES[subject]) if len(path) > 2 else None,
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


def _survey_answers(rng, service, mean, spread) -> dict[str, int]:
    """The nine SKM scores (1–4) of one demo answer, around `mean`."""
    answers = {f"u{n}": min(4, max(1, round(rng.gauss(mean, spread)))) for n in range(1, 10)}
    if service.cost == 0:
        answers["u4"] = 4  # free services are rated "Gratis"
    return answers


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
        answers = _survey_answers(rng, service, 2.2 + lean * 1.6, 0.6)
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


# "Service performance" (feedback.performance, /kinerja/): for a few online services, enough completed
# applications and survey answers in the last 90 days to show real figures, and a year of complaints.
# Every row's key starts with PERFORMANCE_KEY, so a second run adds nothing.
PERFORMANCE_KEY = "demo-kinerja"
# (service slug, applications in the last 90 days, applications in the nine months before)
PERFORMANCE_SERVICES = [
    ("akta-kelahiran", 14, 24),
    ("ktp-el-hilang-rusak", 12, 20),
    ("kartu-keluarga-baru", 9, 15),
    ("surat-izin-praktik-tenaga-kesehatan", 8, 12),
    ("pengangkutan-sampah", 8, 12),
    ("usulan-data-kesejahteraan-sosial", 7, 10),
]
# Working days taken beyond the promised processing time: mostly on time, some late, a few very late.
OVERRUNS = [-2, -1, -1, 0, 0, 0, 0, 0, 0, 1, 1, 3]
# Working days to the first response to a complaint, and from verification to the agency's follow-up.
RESPONSE_DAYS = [1, 1, 1, 1, 2, 2, 3, 3, 4, 6]
FOLLOW_UP_DAYS = [1, 2, 2, 3, 3, 4, 5, 5, 7, 9]
# (agency slug, service slug or "", subject, description)
PERFORMANCE_COMPLAINTS = [
    (
        "dlh",
        "pengangkutan-sampah",
        "Sampah rumah tangga tidak diangkut sepekan",
        "Petugas tidak datang mengangkut sampah di RT kami sejak Senin lalu, padahal retribusi sudah dibayar.",
    ),
    (
        "dlh",
        "pengangkutan-sampah",
        "Jadwal pengangkutan sampah tidak menentu",
        "Jadwal pengangkutan sampah di kompleks kami sering berubah tanpa pemberitahuan kepada warga.",
    ),
    (
        "disdukcapil",
        "ktp-el-hilang-rusak",
        "KTP-el pengganti belum dapat diambil",
        "Sudah dua minggu sejak perekaman ulang, tetapi KTP-el pengganti saya belum juga dapat diambil.",
    ),
    (
        "disdukcapil",
        "akta-kelahiran",
        "Nama anak salah tulis pada akta kelahiran",
        "Terdapat kesalahan penulisan nama anak pada kutipan akta kelahiran yang kami terima.",
    ),
    (
        "pupr",
        "",
        "Jalan berlubang di ruas Talawi–Kumbayau",
        "Lubang di badan jalan makin besar setelah hujan dan membahayakan pengendara sepeda motor.",
    ),
    (
        "pupr",
        "",
        "Saluran air tersumbat di Aur Mulyo",
        "Saluran drainase tersumbat sehingga air meluap ke rumah warga setiap hujan deras.",
    ),
    (
        "dishub",
        "",
        "Lampu lalu lintas padam di simpang Muaro Kalaban",
        "Lampu lalu lintas di simpang Muaro Kalaban padam sejak kemarin sore dan membahayakan pengendara.",
    ),
    (
        "dinkes",
        "",
        "Puskesmas tutup sebelum jam layanan berakhir",
        "Saya datang pukul 13.30 tetapi loket pendaftaran puskesmas sudah tutup.",
    ),
]
COMPLAINTS_PER_MONTH = 8


def _at(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


@demo_loader(order=96)
def load_performance_examples(context: DemoContext) -> list[str]:
    """Applications, survey answers and complaints with realistic working-day timings, dated from today."""
    if Submission.objects.filter(submission_key__startswith=PERFORMANCE_KEY).exists():
        return []
    rng = random.Random(2025)  # noqa: S311  (demo data, not security)
    locale = Locale.get_default()
    services = {
        service.slug: service
        for service in ServicePage.objects.live()
        .filter(locale=locale, slug__in=[slug for slug, *_counts in PERFORMANCE_SERVICES])
        .select_related("agency")
    }
    agencies = {agency.slug: agency for agency in Agency.objects.filter(locale=locale)}
    districts = list(Kecamatan.objects.all())
    prefix = SiteSettings.objects.values_list("tracking_prefix", flat=True).first() or "SWL"
    extra_holidays = NonWorkingDay.dates()
    today, now = timezone.localdate(), timezone.now()
    timelines = []  # (submission, [(status, moment), ...]) with the steps taken by now

    def new_submission(kind, received, **fields):
        name = rng.choice(NAMES)
        submission = Submission(
            kind=kind,
            name=name,
            email=f"{name.split()[0].lower()}.{len(timelines)}@example.org",
            phone=f"+62812{rng.randint(10000000, 99999999)}",
            kecamatan=rng.choice(districts) if districts else None,
            consent_at=received,
            consent_version=PRIVACY_NOTICE_VERSION,
            tracking_code=new_tracking_code(prefix, received.date()),
            submission_key=f"{PERFORMANCE_KEY}-{len(timelines)}",
            **fields,
        )
        submission.set_secret()
        return submission

    for slug, recent, older in PERFORMANCE_SERVICES:
        service = services.get(slug)
        if service is None:
            continue
        ages = [rng.randint(0, 89) for _ in range(recent)] + [rng.randint(90, 364) for _ in range(older)]
        for age in ages:
            received_on = today - datetime.timedelta(days=age)
            if received_on.weekday() >= 5:  # residents mostly apply on weekdays: make it the Friday before
                received_on -= datetime.timedelta(days=received_on.weekday() - 4)
            received = _at(received_on, rng.randint(7, 12), rng.randint(0, 59))
            taken = max(0, service.processing_days + rng.choice(OVERRUNS))
            start_on = workdays.add_working_days(received_on, min(taken, 1), extra_holidays)
            done_on = workdays.add_working_days(received_on, taken, extra_holidays)
            birth = datetime.date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28))
            submission = new_submission(
                Submission.Kind.APPLICATION,
                received,
                service=service,
                agency=service.agency,
                subject=service.title,
                nik=_random_nik(rng, birth, female=rng.random() < 0.5),
                birth_date=birth,
                address=f"Jalan Merdeka No. {rng.randint(1, 90)}, RT 00{rng.randint(1, 5)}",
                deadline=first_deadline(Submission.Kind.APPLICATION, service, start=received_on),
            )
            steps = [
                (S.VERIFIED, _at(start_on, 13, 15)),
                (S.IN_PROGRESS, _at(start_on, 13, 30)),
                (S.RESOLVED, _at(done_on, 15)),
            ]
            timelines.append((submission, [(S.RECEIVED, received)] + [s for s in steps if s[1] <= now]))

    for number in range(COMPLAINTS_PER_MONTH * 12):
        agency_slug, service_slug, subject, description = rng.choice(PERFORMANCE_COMPLAINTS)
        received_on = today - datetime.timedelta(days=rng.randint(0, 364))
        received = _at(received_on, rng.randint(6, 21), rng.randint(0, 59))
        responded_on = workdays.add_working_days(received_on, rng.choice(RESPONSE_DAYS), extra_holidays)
        handled_on = workdays.add_working_days(responded_on, rng.choice(FOLLOW_UP_DAYS), extra_holidays)
        resolved_on = workdays.add_working_days(handled_on, rng.randint(1, 6), extra_holidays)
        if number % 10 == 0:  # outside the city's authority
            steps = [(S.REJECTED, _at(responded_on, 10))]
        else:
            steps = [
                (S.VERIFIED, _at(responded_on, 10)),
                (S.FORWARDED, _at(responded_on, 10, 30)),
                (S.IN_PROGRESS, _at(handled_on, 9)),
                (S.RESOLVED, _at(resolved_on, 14)),
            ]
        submission = new_submission(
            Submission.Kind.COMPLAINT,
            received,
            agency=agencies.get(agency_slug),
            service=services.get(service_slug),
            subject=subject,
            description=description,
            event_date=received_on,
            deadline=first_deadline(Submission.Kind.COMPLAINT, start=received_on),
        )
        timelines.append((submission, [(S.RECEIVED, received)] + [step for step in steps if step[1] <= now]))

    _save_timelines(timelines)
    responses = _performance_survey_responses(rng, services.values(), today)
    return [f"{len(timelines)} demo submissions and {responses} survey responses for service performance"]


def _save_timelines(timelines):
    """Save the submissions with their history, dated as given (bypassing the automatic timestamps)."""
    submissions = Submission.objects.bulk_create([submission for submission, _steps in timelines])
    changes, moments = [], []
    for submission, steps in zip(submissions, (steps for _submission, steps in timelines), strict=True):
        last_status, last_moment = steps[-1]
        submission.status = last_status
        submission.created_at = submission.updated_at = steps[0][1]
        submission.closed_at = last_moment if last_status in (S.RESOLVED, S.REJECTED) else None
        submission.public_answer = ANSWERS[submission.kind] if last_status == S.RESOLVED else ""
        if submission.closed_at:
            submission.deadline = None  # as the back office leaves a closed submission
        changes.extend(_status_changes(submission, steps))
        moments.extend(moment for _status, moment in steps)
    Submission.objects.bulk_update(
        submissions, ["status", "created_at", "updated_at", "closed_at", "deadline", "public_answer"]
    )
    StatusChange.objects.bulk_create(changes)
    for change, moment in zip(changes, moments, strict=True):
        change.created_at = moment
    StatusChange.objects.bulk_update(changes, ["created_at"])


def _status_changes(submission, steps):
    """The history rows of a submission that went through `steps` [(status, moment), …]."""
    previous = ""
    for status, moment in steps:
        yield StatusChange(
            submission=submission,
            from_status=previous,
            to_status=status,
            public_note=_public_note(status, submission.kind),
            created_at=moment,
        )
        previous = status


def _performance_survey_responses(rng, services, today) -> int:
    responses = []
    for position, service in enumerate(services):
        lean = 0.5 + (position % 4) * 0.12  # each service rated a little differently
        for number in range(rng.randint(8, 14)):
            answers = _survey_answers(rng, service, 2.3 + lean * 1.5, 0.55)
            responses.append(
                SurveyResponse(
                    service=service,
                    agency_id=service.agency_id,
                    service_date=today - datetime.timedelta(days=rng.randint(0, 85)),
                    gender=rng.choice("LP"),
                    age_band=rng.choice(["20-29", "30-39", "40-49", "50-59"]),
                    education=rng.choice(["SMA", "D1-D3", "D4-S1"]),
                    occupation=rng.choice(["PNS", "SWASTA", "WIRAUSAHA", "LAINNYA"]),
                    submission_key=f"{PERFORMANCE_KEY}-skm-{service.pk}-{number}",
                    **answers,
                )
            )
    SurveyResponse.objects.bulk_create(responses)
    return len(responses)


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


@demo_loader(order=97)
def load_lapor_examples(context: DemoContext) -> list[str]:
    """Two reports forwarded to SP4N-LAPOR! and one that came from it (feedback.lapor), with made-up IDs."""
    if Submission.objects.exclude(lapor_direction="").exists():
        return []
    reports = Submission.objects.filter(
        kind=Submission.Kind.COMPLAINT, status__in=[S.FORWARDED, S.IN_PROGRESS, S.RESOLVED]
    ).order_by("created_at")[:3]
    directions = [Submission.LaporDirection.FORWARDED] * 2 + [Submission.LaporDirection.RECEIVED]
    for number, (report, direction) in enumerate(zip(reports, directions, strict=False)):
        Submission.objects.filter(pk=report.pk).update(
            lapor_direction=direction,
            lapor_id=str(1916449 + 37 * number),
            lapor_date=timezone.localdate(report.created_at) + datetime.timedelta(days=1),
        )
    return [f"{len(reports)} reports linked to SP4N-LAPOR!"]


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


# `load_demo --scale` (home.demo.scale): the benchmark's submissions and SKM answers, in bulk.
SCALE_KEY = "skala"  # start of every scale submission's and survey answer's key


def _scale_submissions_loaded() -> bool:
    return Submission.objects.filter(submission_key__startswith=f"{SCALE_KEY}-").exists()


@scale_loader(order=40, loaded=_scale_submissions_loaded)
def load_scale_submissions(sizes: scale.Sizes, rng: random.Random) -> list[str]:
    """Applications for online services and reports to every agency, each with its status history.

    The shapes are the demo's (above): the same status paths, subjects, names and answers, received
    over the last scale.HISTORY_DAYS days; the steps taken by now are kept.
    """
    count = sizes.submissions
    locale = Locale.get_default()
    online = list(ServicePage.objects.live().filter(locale=locale, online_application=True).order_by("pk"))
    agencies = list(Agency.objects.filter(locale=locale).order_by("pk"))
    districts = list(Kecamatan.objects.prefetch_related("villages").order_by("pk"))
    prefix = SiteSettings.objects.values_list("tracking_prefix", flat=True).first() or "SWL"
    codes = set(Submission.objects.values_list("tracking_code", flat=True))
    extra_holidays = NonWorkingDay.dates()
    now = timezone.now()
    with scale.dated(Submission, StatusChange):
        for start in range(0, count, scale.BATCH):
            submissions, timelines = [], []
            for number in range(start, min(start + scale.BATCH, count)):
                received = now - datetime.timedelta(minutes=rng.randint(0, scale.HISTORY_DAYS * 24 * 60))
                submission = _scale_submission(rng, number, received, online, agencies, districts)
                submission.tracking_code = _unique_code(prefix, received.date(), codes)
                submission.set_secret()
                steps = _scale_steps(rng, submission.kind, received, now)
                status, moment = steps[-1]
                submission.status, submission.updated_at = status, moment
                if status in (Submission.Status.RESOLVED, Submission.Status.REJECTED):
                    submission.closed_at = moment
                    if status == Submission.Status.RESOLVED:
                        submission.public_answer = ANSWERS[submission.kind]
                else:  # as feedback.submit.first_deadline, with the non-working days read once
                    days = (
                        max(submission.service.processing_days, 1)
                        if submission.service
                        else workdays.VERIFY_DAYS
                    )
                    submission.deadline = workdays.add_working_days(received.date(), days, extra_holidays)
                submissions.append(submission)
                timelines.append(steps)
            Submission.objects.bulk_create(submissions)
            history = []
            for submission, steps in zip(submissions, timelines, strict=True):
                history.extend(_status_changes(submission, steps))
            StatusChange.objects.bulk_create(history, batch_size=scale.BATCH)
    return [f"{count:,} submissions"]


def _scale_submission(rng, number, received, online, agencies, districts):
    """A new submission received at `received`: an application two times in five, else a report."""
    name = rng.choice(NAMES)
    district = rng.choice(districts) if districts else None
    fields = {
        "name": name,
        "email": f"{name.split()[0].lower()}.{number}@example.org",
        "phone": f"+62812{rng.randint(10000000, 99999999)}",
        "kecamatan": district,
        "created_at": received,
        "consent_at": received,
        "consent_version": PRIVACY_NOTICE_VERSION,
        "submission_key": f"{SCALE_KEY}-{number}",
    }
    if number % 5 < 2 and online:
        service = online[number % len(online)]
        birth = datetime.date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28))
        villages = list(district.villages.all()) if district else []
        return Submission(
            kind=Submission.Kind.APPLICATION,
            service=service,
            agency_id=service.agency_id,
            subject=service.title,
            nik=_random_nik(rng, birth, female=rng.random() < 0.5),
            birth_date=birth,
            address=f"Jalan Merdeka No. {rng.randint(1, 90)}, RT 00{rng.randint(1, 5)}",
            kelurahan=rng.choice(villages) if villages else None,
            **fields,
        )
    kind, subject, description, _district = REPORTS[number % len(REPORTS)]
    identity = rng.choice(
        [Submission.Identity.NORMAL] * 4 + [Submission.Identity.ANONYMOUS, Submission.Identity.CONFIDENTIAL]
    )
    if identity == Submission.Identity.ANONYMOUS:
        fields |= {"name": "", "email": "", "phone": ""}
    return Submission(
        kind=kind,
        subject=subject,
        description=description,
        agency=agencies[number % len(agencies)],
        identity=identity,
        allow_publication=rng.random() < 0.7,
        event_date=received.date(),
        **fields,
    )


def _scale_steps(rng, kind, received, now):
    """The (status, moment) steps taken by now along one of the demo's status paths."""
    steps, moment = [], received
    for status in rng.choice(APPLICATION_PATHS if kind == Submission.Kind.APPLICATION else PATHS):
        if moment > now:
            break
        steps.append((status, moment))
        moment += datetime.timedelta(days=rng.randint(0, 4), hours=rng.randint(1, 6))
    return steps


def _unique_code(prefix, day, codes):
    """A tracking code no other submission has (codes are random: a run of 100,000 meets a few twice)."""
    code = new_tracking_code(prefix, day)
    while code in codes:
        code = new_tracking_code(prefix, day)
    codes.add(code)
    return code


@scale_loader(order=50)
def load_scale_survey_responses(sizes: scale.Sizes, rng: random.Random) -> list[str]:
    """SKM answers about every service over the last year, each service rated a little differently."""
    count = sizes.survey_responses
    services = list(ServicePage.objects.live().filter(locale=Locale.get_default()).order_by("pk"))
    today = timezone.localdate()
    with scale.dated(SurveyResponse):
        for start in range(0, count, scale.BATCH):
            responses = []
            for number in range(start, min(start + scale.BATCH, count)):
                service = services[number % len(services)]
                lean = 0.45 + (service.pk % 5) * 0.1
                day = today - datetime.timedelta(days=rng.randint(0, 364))
                responses.append(
                    SurveyResponse(
                        service=service,
                        agency_id=service.agency_id,
                        service_date=day,
                        created_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(15))),
                        gender=rng.choice("LP"),
                        age_band=rng.choice(["<20", "20-29", "30-39", "40-49", "50-59", "60+"]),
                        education=rng.choice(["SD", "SMP", "SMA", "SMA", "D1-D3", "D4-S1", "S2+"]),
                        occupation=rng.choice(["PNS", "SWASTA", "WIRAUSAHA", "LAINNYA", "TNI", "POLRI"]),
                        submission_key=f"{SCALE_KEY}-skm-{number}",
                        **_survey_answers(rng, service, 2.2 + lean * 1.6, 0.6),
                    )
                )
            SurveyResponse.objects.bulk_create(responses)
    return [f"{count:,} SKM answers"]
