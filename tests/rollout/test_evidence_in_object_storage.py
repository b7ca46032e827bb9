"""Evidence files kept in S3-compatible object storage (ARFER_STORAGE=s3): uploaded through the
ledger entry's page into the private bucket, and handed out only by the permission-checked view,
which streams the object (no address of the bucket reaches the browser)."""

from django.core.files.uploadedfile import SimpleUploadedFile

from arfer.rollout.models import LedgerEntry

from .test_pages import adoption, saving_form, sign_in  # noqa: F401 - the page tests' fixture

PDF = b"%PDF-1.7\n" + b"evidence " * 100


def test_evidence_goes_to_the_bucket_and_comes_back_only_to_those_who_see_the_saving(
    client,
    rollout_world,
    adoption,  # noqa: F811
    object_storage,
):
    sign_in(client, rollout_world["editor"])
    response = client.post(
        f"/rollout/adoptions/{adoption.pk}/savings/new/",
        saving_form(
            attachment=SimpleUploadedFile("Report 2024.pdf", PDF, content_type="application/pdf")
        ),
    )
    assert response.status_code == 302
    entry = LedgerEntry.objects.get()
    key = f"{object_storage.prefix}uploads/{entry.attachment.name}"
    assert object_storage.keys() == [key]
    assert object_storage.read(key) == PDF
    # Private: only the bucket owner's own grant, nothing for everyone.
    assert all("URI" not in grant["Grantee"] for grant in object_storage.acl_grants(key))

    url = f"/rollout/savings/{entry.pk}/evidence/"
    for who in ("editor", "viewer", "moderator"):
        sign_in(client, rollout_world[who])
        response = client.get(url)
        assert response.status_code == 200, who
        assert response["Content-Disposition"] == 'attachment; filename="Report 2024.pdf"'
        assert b"".join(response.streaming_content) == PDF
    sign_in(client, rollout_world["outsider"])
    assert client.get(url).status_code == 404


def test_evidence_missing_from_the_bucket_answers_404_not_an_error(
    client,
    rollout_world,
    adoption,  # noqa: F811
    object_storage,
):
    sign_in(client, rollout_world["editor"])
    client.post(
        f"/rollout/adoptions/{adoption.pk}/savings/new/",
        saving_form(
            attachment=SimpleUploadedFile("Report 2024.pdf", PDF, content_type="application/pdf")
        ),
    )
    entry = LedgerEntry.objects.get()
    object_storage.client.delete_object(
        Bucket=object_storage.name, Key=f"{object_storage.prefix}uploads/{entry.attachment.name}"
    )
    assert client.get(f"/rollout/savings/{entry.pk}/evidence/").status_code == 404
