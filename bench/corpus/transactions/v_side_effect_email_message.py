# corpus: vulnerable REL116
from django.core.mail import EmailMultiAlternatives
from django.db.transaction import atomic


def invite(team, email):
    with atomic():
        invitation = team.invitations.create(email=email)
        message = EmailMultiAlternatives("Join us", "text", to=[email])
        message.attach_alternative("<p>html</p>", "text/html")
        message.send()
    return invitation
