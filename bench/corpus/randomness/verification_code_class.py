# corpus: vulnerable SEC210
import random


class EmailVerifier:
    def __init__(self, mailer):
        self.mailer = mailer

    def start(self, user):
        user.email_verification_code = "%06d" % random.randrange(1_000_000)
        self.mailer.send(user.email, user.email_verification_code)
