"""S3-compatible object storage for tests: moto's standalone server on a free port of the loopback
address, one per test session, and a bucket of its own for each test. `object_storage` points
every file storage at that bucket with the settings module's own code (arfer/settings.py), as
ARFER_STORAGE=s3 does, and returns a client to look inside the bucket."""

import uuid
from dataclasses import dataclass

import boto3
import pytest

REGION = "eu-west-2"
CREDENTIALS = {"aws_access_key_id": "arfer-test", "aws_secret_access_key": "arfer-test-secret"}


@pytest.fixture(scope="session")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@dataclass
class Bucket:
    name: str
    prefix: str
    client: object

    def keys(self) -> list[str]:
        listing = self.client.list_objects_v2(Bucket=self.name)
        return sorted(item["Key"] for item in listing.get("Contents", []))

    def read(self, key: str) -> bytes:
        return self.client.get_object(Bucket=self.name, Key=key)["Body"].read()

    def acl_grants(self, key: str) -> list[dict]:
        return self.client.get_object_acl(Bucket=self.name, Key=key)["Grants"]


@pytest.fixture
def object_storage(s3_endpoint, settings, monkeypatch):
    from arfer import settings as arfer_settings

    name = f"arfer-test-{uuid.uuid4().hex[:12]}"
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION, **CREDENTIALS)
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    for variable, value in {
        "ARFER_STORAGE": "s3",
        "ARFER_S3_BUCKET": name,
        "ARFER_S3_ENDPOINT_URL": s3_endpoint,
        "ARFER_S3_REGION": REGION,
        "ARFER_S3_PREFIX": "/site-one/",
        "ARFER_S3_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
        "ARFER_S3_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
    }.items():
        monkeypatch.setenv(variable, value)
    settings.STORAGES = {**settings.STORAGES, **arfer_settings._s3_storages()}
    return Bucket(name=name, prefix="site-one/", client=client)
