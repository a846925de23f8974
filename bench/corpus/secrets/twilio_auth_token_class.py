# corpus: vulnerable SEC401
from twilio.rest import Client


class SmsGateway:
    account_sid = "AC1542b33f92fb23580a30c0bc8a2a4bcc"
    auth_token = "bf8f2e880abfe6f7a64bc3042ef86f66"

    def __init__(self):
        self.client = Client(self.account_sid, self.auth_token)
