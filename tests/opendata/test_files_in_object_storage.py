"""Open data files kept in S3-compatible object storage (ARFER_STORAGE=s3): written once for
each state of the data into the bucket, served from there by Arfer's own view, and those of an
earlier state removed."""

from arfer.opendata import formats

from .test_opendata import downloaded, published  # noqa: F401 - the open data tests' fixture


def test_an_open_data_file_is_written_to_the_bucket_and_served_from_it(
    client,
    published,  # noqa: F811
    object_storage,
    monkeypatch,
):
    first = downloaded(client.get("/data/practices.csv"))
    assert b"shared-care" in first
    [key] = object_storage.keys()
    assert key.startswith(f"{object_storage.prefix}opendata/")
    assert key.endswith("/practices.en.csv")
    assert object_storage.read(key) == first

    # Served from the bucket, not written again.
    monkeypatch.setitem(formats.WRITERS, "csv", lambda dataset, path: 1 / 0)
    assert downloaded(client.get("/data/practices.csv")) == first


def test_files_of_an_earlier_state_of_the_data_leave_the_bucket(client, published, object_storage):  # noqa: F811
    downloaded(client.get("/data/practices.csv"))
    [earlier] = object_storage.keys()
    published.title_en = "Shared care, renamed"
    published.save()
    assert b"Shared care, renamed" in downloaded(client.get("/data/practices.csv"))
    [now] = object_storage.keys()
    assert now != earlier and now.endswith("/practices.en.csv")
