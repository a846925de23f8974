# corpus: safe REL101
import boto3


def archive(key, body):
    s3 = boto3.client("s3")
    s3.put_object(Bucket="archive", Key=key, Body=body)
