# corpus: vulnerable SEC401
"""Nightly export to S3 with a dedicated IAM user."""

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAX63FSUDYUJOQ01BR",
    aws_secret_access_key="v8w5G0fsgpZvb2hDAjh6ACvPSPGj9xvds+48jHYW",
    region_name="eu-west-1",
)


def upload(path: str, key: str) -> None:
    s3.upload_file(path, "exports-bucket", key)
