"""Asking a practice's lead body a question, and its answer: thin pages over the actions
(actions.ask_lead_body, actions.answer_question); the practice page shows the questions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from arfer.accounts.forms import posted
from arfer.core.forms import attempt
from arfer.directory.models import Body

from . import actions
from .forms import AnswerForm, AskForm
from .models import Practice
from .policy import bodies_asking_as, may_answer
from .question_models import PracticeQuestion


def bodies_asking(user, practice) -> list[Body]:
    condition = bodies_asking_as(user, practice)
    if condition is None:
        return []
    return list(Body.objects.filter(condition).distinct().order_by("name_en"))


def questions_on_the_page(user, practice: Practice) -> dict:
    """What the practice page shows of its questions (menu/_practice_questions.html), in a
    fixed number of queries: those the person may see, whether they may ask and answer."""
    return {
        "questions": list(
            PracticeQuestion.objects.visible_to(user).filter(practice=practice).for_practice_page()
        ),
        "can_ask": bool(bodies_asking(user, practice)),
        "can_answer": user.is_authenticated and may_answer(user, practice),
    }


@login_required
def ask(request, slug):
    practice = get_object_or_404(
        Practice.objects.visible_to(request.user).select_related("lead_body"), slug=slug
    )
    bodies = bodies_asking(request.user, practice)
    if not bodies:
        raise PermissionDenied(_("You cannot ask this practice's lead body a question."))
    form = AskForm(posted(request), bodies=bodies)
    if request.method == "POST":
        question, _stale = attempt(
            form,
            lambda data: actions.ask_lead_body(
                practice, actor=request.user, body=data["body"], text=data["question"]
            ),
        )
        if question is not None:
            messages.success(
                request,
                _("Your question has been sent to %(body)s.") % {"body": practice.lead_body.name},
            )
            return redirect(f"{practice.get_absolute_url()}#questions")
    return render(
        request,
        "menu/ask.html",
        {"practice": practice, "form": form, "bodies": bodies},
        status=400 if form.errors else 200,
    )


@login_required
def answer(request, slug, question_id):
    practice = get_object_or_404(
        Practice.objects.visible_to(request.user).select_related("lead_body"), slug=slug
    )
    question = get_object_or_404(
        PracticeQuestion.objects.visible_to(request.user)
        .filter(practice=practice)
        .select_related("asking_body", "asked_by", "answered_by"),
        pk=question_id,
    )
    if not may_answer(request.user, practice):
        raise PermissionDenied(_("Only the lead body can answer this question."))
    if question.is_answered:
        # Nothing left to do here: the page shows the answer.
        if request.method == "POST":
            messages.error(request, _("This question has been answered already."))
        return redirect(f"{practice.get_absolute_url()}#question-{question.pk}")
    form = AnswerForm(posted(request))
    if request.method == "POST":
        answered, _stale = attempt(
            form,
            lambda data: actions.answer_question(question, actor=request.user, text=data["answer"]),
        )
        if answered is not None:
            messages.success(request, _("Your answer has been sent."))
            return redirect(f"{practice.get_absolute_url()}#question-{question.pk}")
    return render(
        request,
        "menu/answer.html",
        {"practice": practice, "question": question, "form": form},
        status=400 if form.errors else 200,
    )
