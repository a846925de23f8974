# corpus: vulnerable REL115
from accounts.models import Invitation, Membership
from django.utils import timezone


def accept_invitation(invitation: Invitation, user) -> Membership:
    membership = Membership(team=invitation.team, user=user, joined=timezone.now())
    membership.save()
    invitation.delete()
    return membership
