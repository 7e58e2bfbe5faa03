from django.urls import path

from home.page_cache import public_page

from . import answers, ikm_views, performance_views, views, wizards

app_name = "feedback"

application = wizards.ApplicationWizard.as_view(url_name="feedback:apply_step")
report = wizards.ReportWizard.as_view(url_name="feedback:report_step")
survey = wizards.SurveyWizard.as_view(url_name="feedback:survey_step")

urlpatterns = [
    path("ajukan/<slug:service_slug>/", application, name="apply"),
    path("ajukan/<slug:service_slug>/<slug:step>/", application, name="apply_step"),
    path("aspirasi/", report, name="report"),
    path("aspirasi/<slug:step>/", report, name="report_step"),
    path("survei/", survey, name="survey"),
    path("survei/<slug:step>/", survey, name="survey_step"),
    path("terkirim/", views.confirmation, name="confirmation"),
    path("lacak/", views.track, name="track"),
    path("lacak/<str:code>/<str:secret>/", views.track_detail, name="track_detail"),
    path("akun/pengajuan/", views.my_submissions, name="my_submissions"),
    path("berkas/<int:pk>/", views.attachment_download, name="attachment"),
    path("ikm/", public_page(ikm_views.ikm_page), name="ikm"),
    path("kinerja/", public_page(performance_views.performance_page), name="performance"),
    path("kami-menjawab/", public_page(answers.answers_page), name="answers"),
    path("kami-menjawab/feed/", public_page(answers.AnswersFeed()), name="answers_feed"),
]
