"""“Kami menjawab” (you said, we did): resolved complaints and aspirations published with the official
answer, when the citizen allowed it and the report is not confidential. No personal data is shown:
not the name, not the description (it may name people), only the subject, place, agency and answer."""

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.feeds import feed_description, feed_title
from services_catalog.models import Agency

from .models import Kecamatan, Submission

PER_PAGE = 10
FEED_ITEMS = 20


def published_answers():
    return (
        Submission.objects.filter(
            status=Submission.Status.RESOLVED,
            kind__in=[Submission.Kind.COMPLAINT, Submission.Kind.ASPIRATION],
            allow_publication=True,
        )
        .exclude(identity=Submission.Identity.CONFIDENTIAL)
        .exclude(public_answer="")
        .select_related("agency", "kecamatan")
        .only("kind", "subject", "public_answer", "updated_at", "agency__name", "kecamatan__name")
        .order_by("-updated_at", "-pk")
    )


def answers_page(request):
    agencies = Agency.objects.filter(locale__language_code=get_language()).only("slug", "short_name")
    districts = Kecamatan.objects.all()
    agency = next((a for a in agencies if a.slug == request.GET.get("opd")), None)
    district = next((d for d in districts if str(d.pk) == request.GET.get("kecamatan")), None)
    answers = published_answers()
    if agency:
        # Submissions point at the agency in the language they were made in: match any translation.
        answers = answers.filter(agency__translation_key=agency.translation_key)
    if district:
        answers = answers.filter(kecamatan=district)
    context = {
        "agencies": agencies,
        "districts": districts,
        "selected_agency": agency,
        "selected_district": district,
        "answers": Paginator(answers, PER_PAGE).get_page(request.GET.get("page")),
    }
    return render(request, "feedback/answers.html", context)


class AnswersFeed(Feed):
    title = _("We answered: resolved reports")
    description = _("Complaints and aspirations from residents, with the official answer.")

    def link(self):
        return reverse("feedback:answers")

    def items(self):
        return published_answers()[:FEED_ITEMS]

    def item_title(self, item):
        return feed_title(item.subject)

    def item_description(self, item):
        return feed_description(item.public_answer)

    def item_link(self, item):
        return f"{reverse('feedback:answers')}#jawaban-{item.pk}"

    def item_pubdate(self, item):
        return item.updated_at
