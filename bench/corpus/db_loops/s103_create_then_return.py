# corpus: safe DB103
from accounts.models import Invitation


def invite_first_free(emails, team):
    for email in emails:
        if not team.members.filter(email=email).exists():
            return Invitation.objects.create(team=team, email=email)
    return None
