"""A practice's documents: the actions' rules (checked as evidence files are), who may add,
remove and download them, the pages in both languages, the API and the open data."""

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.actions import add_attachment, remove_attachment
from arfer.menu.attachment_models import PracticeAttachment
from tests.search_support import MAKING_SEARCH_DOCUMENTS

PASSWORD = "a-long-unusual-passphrase"
LEAD = "carmarthenshire-county-council"


@pytest.fixture(autouse=True)
def files_of_their_own(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


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
        "other_editor": person("other@example.org", "editor", "gwynedd-council"),
    }


def pdf(name="Business case.pdf", size=100):
    return SimpleUploadedFile(name, b"%PDF-1.7\n" + b"x" * size, content_type="application/pdf")


def attach(practice, people, **fields):
    values = {"title": "Business case", "kind": "business_case", "upload": pdf()} | fields
    return add_attachment(practice, actor=people["lead_editor"], **values)


def test_a_document_is_stored_under_our_own_name_and_audited(practice_factory, people):
    practice = practice_factory("shared-care", lead=LEAD)
    attachment = attach(practice, people, upload=pdf("../../Case 2024.pdf"))
    assert attachment.file_name == "Case 2024.pdf"
    assert attachment.file.name.startswith("practices/") and ".." not in attachment.file.name
    assert attachment.size == len(b"%PDF-1.7\n") + 100
    assert attachment.history.get().history_user == people["lead_editor"]
    remove_attachment(attachment, actor=people["lead_editor"])
    assert not PracticeAttachment.objects.exists()
    assert attachment.history.latest().history_type == "-"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"title": ""}, "title", "Enter a title for the document."),
        ({"title": "t" * 201}, "title", "200 characters or fewer"),
        ({"kind": "poem"}, "kind", "Choose what kind of document this is."),
        ({"upload": None}, "upload", "Choose the file to upload."),
        ({"upload": SimpleUploadedFile("run.exe", b"MZ\x90\x00")}, "upload", "must be a PDF"),
        ({"upload": SimpleUploadedFile("case.pdf", b"MZ\x90 not a pdf")}, "upload", "do not match"),
        ({"upload": SimpleUploadedFile("empty.pdf", b"")}, "upload", "empty"),
    ],
)
def test_a_document_is_checked_before_anything_is_kept(
    practice_factory, people, fields, field, message, tmp_path
):
    practice = practice_factory("shared-care", lead=LEAD)
    with pytest.raises(ValidationError) as refusal:
        attach(practice, people, **fields)
    assert message in " ".join(refusal.value.message_dict[field])
    assert not PracticeAttachment.objects.exists()
    assert not list(tmp_path.rglob("*.*"))


def test_a_document_too_large_is_refused(practice_factory, people, settings):
    settings.ARFER_EVIDENCE_MAX_MB = 1
    practice = practice_factory("shared-care", lead=LEAD)
    with pytest.raises(ValidationError, match="smaller than 1 MB"):
        attach(practice, people, upload=pdf(size=1024 * 1024))


@pytest.mark.parametrize("who", ["lead_viewer", "other_editor"])
def test_only_the_lead_body_changes_its_documents(practice_factory, people, who):
    practice = practice_factory("shared-care", lead=LEAD)
    with pytest.raises(PermissionDenied):
        add_attachment(practice, actor=people[who], title="Case", kind="other", upload=pdf())
    attachment = attach(practice, people)
    with pytest.raises(PermissionDenied):
        remove_attachment(attachment, actor=people[who])
    assert PracticeAttachment.objects.count() == 1


def test_a_published_practices_documents_are_anyones_to_download(practice_factory, people, client):
    practice = practice_factory("shared-care", lead=LEAD)
    attachment = attach(practice, people)
    response = client.get(f"/practices/shared-care/documents/{attachment.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="Business case.pdf"' in response["Content-Disposition"]
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    # Not under another practice's address.
    practice_factory("other", lead=LEAD)
    assert client.get(f"/practices/other/documents/{attachment.pk}/").status_code == 404


def test_a_drafts_documents_only_for_those_who_may_see_the_draft(practice_factory, people, client):
    draft = practice_factory("a-draft", lead=LEAD, publish=False)
    attachment = attach(draft, people)
    path = f"/practices/a-draft/documents/{attachment.pk}/"
    assert client.get(path).status_code == 404
    client.force_login(people["other_editor"])
    assert client.get(path).status_code == 404
    client.force_login(people["lead_viewer"])
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("language", ["", "/cy"])
def test_adding_and_removing_on_the_page(practice_factory, people, client, language):
    practice_factory("shared-care", lead=LEAD)
    path = f"{language}/practices/shared-care/documents/"
    client.force_login(people["lead_viewer"])
    assert client.get(path).status_code == 403
    client.force_login(people["lead_editor"])
    assert (
        'href="' + path + '"' in client.get(f"{language}/practices/shared-care/").content.decode()
    )
    refused = client.post(path, {"title": "Case", "kind": "contract"})
    assert refused.status_code == 400
    assert "govuk-error-summary" in refused.content.decode()
    added = client.post(path, {"title": "The contract", "kind": "contract", "upload": pdf()})
    assert added.status_code == 302
    attachment = PracticeAttachment.objects.get()
    page = client.get(f"{language}/practices/shared-care/").content.decode()
    assert "The contract" in page and f"documents/{attachment.pk}/" in page and "PDF" in page
    removed = client.post(f"{path}{attachment.pk}/remove/")
    assert removed.status_code == 302
    assert not PracticeAttachment.objects.exists()


@pytest.mark.parametrize("documents", [1, 5])
def test_the_practice_page_runs_a_fixed_number_of_queries_with_documents(
    practice_factory, people, client, documents
):
    practice = practice_factory("shared-care", lead=LEAD)
    for number in range(documents):
        attach(practice, people, title=f"Document {number}")
    with CaptureQueriesContext(connection) as captured:
        page = client.get("/practices/shared-care/").content.decode()
    assert page.count("/practices/shared-care/documents/") == documents
    # The practice was just written: its similar practices' search makes its document first.
    assert len(captured) == 13 + MAKING_SEARCH_DOCUMENTS


def test_the_api_and_open_data_list_a_published_practices_documents(
    practice_factory, people, client, settings
):
    practice = practice_factory("shared-care", lead=LEAD)
    attachment = attach(practice, people)
    address = f"{settings.ARFER_SITE_URL}/practices/shared-care/documents/{attachment.pk}/"
    (listed,) = client.get("/api/v1/practices/shared-care").json()["attachments"]
    assert listed["url"] == address
    assert (listed["title"], listed["kind"], listed["content_type"]) == (
        "Business case",
        "business_case",
        "application/pdf",
    )
    response = client.get("/data/practices.json")
    (row,) = json.loads(b"".join(response.streaming_content))["rows"]
    assert row["documents"] == address
