# corpus: vulnerable REL116
import json

import boto3

sqs = boto3.client("sqs")
QUEUE = "https://sqs.eu-west-1.amazonaws.com/123/orders"


def create(session, order):
    with session.begin():
        session.add(order)
        sqs.send_message(QueueUrl=QUEUE, MessageBody=json.dumps({"id": order.id}))
