"""ARFER_STORAGE and the S3 settings: a wrong or missing value stops the site at start with a
message saying what to set; the default keeps every file in the data folder."""

import pytest

from .test_settings import run_check


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"ARFER_STORAGE": "s4"}, "ARFER_STORAGE must be 'local' or 's3', not 's4'."),
        ({"ARFER_STORAGE": "s3"}, "ARFER_S3_BUCKET must be set when ARFER_STORAGE=s3."),
        (
            {"ARFER_STORAGE": "s3", "ARFER_S3_BUCKET": "arfer", "ARFER_S3_ACCESS_KEY_ID": "key"},
            "Set both ARFER_S3_ACCESS_KEY_ID and ARFER_S3_SECRET_ACCESS_KEY, or neither",
        ),
        (
            {
                "ARFER_STORAGE": "s3",
                "ARFER_S3_BUCKET": "arfer",
                "ARFER_S3_ENDPOINT_URL": "minio:9000",
            },
            "ARFER_S3_ENDPOINT_URL must be an address such as https://s3.example.org, not "
            "'minio:9000'.",
        ),
    ],
)
def test_a_wrong_storage_setting_stops_the_site_with_a_clear_message(
    tmp_path, environment, message
):
    result = run_check({**environment, "ARFER_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert message in result.stderr


def test_object_storage_settings_pass_the_checks(tmp_path):
    result = run_check(
        {
            "ARFER_STORAGE": "s3",
            "ARFER_S3_BUCKET": "arfer",
            "ARFER_S3_REGION": "eu-west-2",
            "ARFER_DATA_DIR": str(tmp_path),
        }
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_by_default_every_file_is_kept_in_the_data_folder():
    from arfer import settings  # as configured, before any test changed it

    folders = {
        purpose: settings.STORAGES[purpose]["OPTIONS"]["location"]
        for purpose in ("default", "imports", "opendata")
    }
    assert settings.ARFER_STORAGE == "local"
    assert folders == {
        "default": str(settings.DATA_DIR / "uploads"),
        "imports": str(settings.DATA_DIR / "imports"),
        "opendata": str(settings.DATA_DIR / "opendata"),
    }
