# corpus: safe REL116
from django.core.mail import EmailMessage
from django.db import transaction


def invite(team, email):
    with transaction.atomic():
        invitation = team.invitations.create(email=email)

        def send():
            EmailMessage("Join us", "text", to=[email]).send()

        transaction.on_commit(send)
    return invitation
