"""Asking a practice's lead body a question: the actions' rules, who sees questions and
answers, the pages in both languages and the e-mails."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.actions import answer_question, ask_lead_body
from arfer.menu.question_models import PracticeQuestion
from tests.accounts.helpers import sign_in_with_two_factor

PASSWORD = "a-long-unusual-passphrase"
LEAD = "carmarthenshire-county-council"
ASKING = "gwynedd-council"


@pytest.fixture
def people(directory):
    def person(email, role, body=None):
        return create_account(
            email,
            role=role,
            body=Body.objects.get(slug=body) if body else None,
            password=PASSWORD,
            actor=SYSTEM,
        )[0]

    return {
        "lead_editor": person("lead-editor@example.org", "editor", LEAD),
        "lead_viewer": person("lead-viewer@example.org", "viewer", LEAD),
        "asker": person("asker@example.org", "editor", ASKING),
        "asker_colleague": person("colleague@example.org", "viewer", ASKING),
        "third": person("third@example.org", "editor", "cardiff-council"),
        "moderator": person("moderator@example.org", "moderator"),
        "board": person("board@example.org", "board"),
    }


@pytest.fixture
def practice(practice_factory):
    return practice_factory("shared-care", title_en="Shared care", lead=LEAD)


def ask(practice, people, text="How many staff did it take?"):
    return ask_lead_body(
        practice, actor=people["asker"], body=Body.objects.get(slug=ASKING), text=text
    )


def test_a_question_is_kept_and_the_lead_body_told(
    practice, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        question = ask(practice, people)
    assert (question.asking_body.slug, question.asked_by, question.is_answered) == (
        ASKING,
        people["asker"],
        False,
    )
    assert question.history.get().history_user == people["asker"]
    told = sorted(address for message in mail.outbox for address in message.to)
    assert told == ["lead-editor@example.org"]
    assert "How many staff did it take?" in mail.outbox[0].body
    assert f"/practices/shared-care/questions/{question.pk}/answer/" in mail.outbox[0].body


def test_the_answer_is_recorded_once_and_the_asker_told_in_their_language(
    practice, people, django_capture_on_commit_callbacks
):
    people["asker"].email_language = "cy"
    people["asker"].save()
    question = ask(practice, people)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answered = answer_question(question, actor=people["lead_editor"], text="Two nurses.")
    assert (answered.answer, answered.answered_by) == ("Two nurses.", people["lead_editor"])
    assert answered.answered_at is not None
    assert answered.history.latest().history_user == people["lead_editor"]
    (message,) = mail.outbox
    assert message.to == ["asker@example.org"]
    # Welsh only: one part, linking to the Welsh page.
    assert "/cy/practices/shared-care/" in message.body and "\n---\n" not in message.body
    with pytest.raises(ValidationError, match="answered already"):
        answer_question(question, actor=people["lead_editor"], text="Three.")
    assert PracticeQuestion.objects.get().answer == "Two nurses."


@pytest.mark.parametrize("who", ["lead_editor", "lead_viewer", "board", "anonymous"])
def test_only_members_of_another_body_ask(practice, people, who):
    from django.contrib.auth.models import AnonymousUser

    actor = AnonymousUser() if who == "anonymous" else people[who]
    with pytest.raises(PermissionDenied):
        ask_lead_body(practice, actor=actor, body=Body.objects.get(slug=LEAD), text="Why?")
    with pytest.raises(PermissionDenied):
        # Nor for a body they are not a member of.
        ask_lead_body(practice, actor=actor, body=Body.objects.get(slug=ASKING), text="Why?")
    assert not PracticeQuestion.objects.exists()


def test_drafts_take_no_questions(practice_factory, people):
    draft = practice_factory("a-draft", lead=LEAD, publish=False)
    with pytest.raises(PermissionDenied):
        ask(draft, people)


@pytest.mark.parametrize("who", ["asker", "asker_colleague", "lead_viewer", "third", "board"])
def test_only_the_lead_body_answers(practice, people, who):
    question = ask(practice, people)
    with pytest.raises(PermissionDenied):
        answer_question(question, actor=people[who], text="An answer.")
    assert not PracticeQuestion.objects.get().is_answered


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter your question."),
        ("   \n ", "Enter your question."),
        ("x" * 2001, "Your question must be 2,000 characters or fewer."),
        ("bad \x00 text", "control characters"),
    ],
)
def test_a_question_must_be_said_and_not_too_long(practice, people, text, message):
    with pytest.raises(ValidationError, match=message):
        ask(practice, people, text=text)
    assert not PracticeQuestion.objects.exists()


def test_an_answer_must_be_said_and_not_too_long(practice, people):
    question = ask(practice, people)
    for text, message in [("", "Enter your answer."), ("y" * 5001, "5,000 characters")]:
        with pytest.raises(ValidationError, match=message):
            answer_question(question, actor=people["lead_editor"], text=text)
    assert not PracticeQuestion.objects.get().is_answered


def test_who_sees_the_questions(practice, people, client):
    ask(practice, people, text="Who pays for the kit?")
    seen = {
        who: PracticeQuestion.objects.visible_to(people[who]).exists()
        for who in ["lead_editor", "lead_viewer", "asker", "asker_colleague", "third", "board"]
    }
    seen["moderator"] = PracticeQuestion.objects.visible_to(people["moderator"]).exists()
    assert seen == {
        "lead_editor": True,
        "lead_viewer": True,
        "asker": True,
        "asker_colleague": True,
        "third": False,
        "board": False,
        "moderator": True,
    }
    assert "Who pays for the kit?" not in client.get("/practices/shared-care/").content.decode()
    client.force_login(people["third"])
    assert "Who pays for the kit?" not in client.get("/practices/shared-care/").content.decode()
    client.force_login(people["asker_colleague"])
    assert "Who pays for the kit?" in client.get("/practices/shared-care/").content.decode()


@pytest.mark.parametrize("language", ["", "/cy"])
def test_asking_and_answering_on_the_pages(practice, people, client, language):
    client.force_login(people["asker"])
    page = client.get(f"{language}/practices/shared-care/").content.decode()
    assert f"{language}/practices/shared-care/ask/" in page
    refused = client.post(f"{language}/practices/shared-care/ask/", {"question": ""})
    assert refused.status_code == 400
    assert "govuk-error-summary" in refused.content.decode()
    assert not PracticeQuestion.objects.exists()
    sent = client.post(
        f"{language}/practices/shared-care/ask/", {"question": "Did it need new posts?"}
    )
    assert sent.status_code == 302
    question = PracticeQuestion.objects.get()
    assert question.asking_body.slug == ASKING

    client.force_login(people["lead_editor"])
    page = client.get(f"{language}/practices/shared-care/").content.decode()
    answer_page = f"{language}/practices/shared-care/questions/{question.pk}/answer/"
    assert "Did it need new posts?" in page and answer_page in page
    assert client.get(answer_page).status_code == 200
    refused = client.post(answer_page, {"answer": "z" * 5001})
    assert refused.status_code == 400 and "govuk-error-message" in refused.content.decode()
    assert client.post(answer_page, {"answer": "One new post."}).status_code == 302

    client.force_login(people["asker"])
    page = client.get(f"{language}/practices/shared-care/").content.decode()
    assert "One new post." in page


def test_the_answer_page_is_hidden_from_those_who_may_not_see_the_question(
    practice, people, client
):
    question = ask(practice, people)
    path = f"/practices/shared-care/questions/{question.pk}/answer/"
    client.force_login(people["third"])
    assert client.get(path).status_code == 404
    client.force_login(people["asker"])
    assert client.get(path).status_code == 403
    sign_in_with_two_factor(client, people["moderator"])
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("questions", [1, 6])
def test_the_practice_page_runs_a_fixed_number_of_queries_with_questions(
    practice, people, client, questions
):
    for number in range(questions):
        question = ask(practice, people, text=f"Question {number}")
        answer_question(question, actor=people["lead_editor"], text=f"Answer {number}")
    client.force_login(people["asker"])
    client.get("/practices/shared-care/")  # the session's first reads are not the page's
    with CaptureQueriesContext(connection) as captured:
        page = client.get("/practices/shared-care/")
    assert page.content.decode().count('id="question-') == questions
    assert len(captured) == 23  # with where the reader's body stands, and following
