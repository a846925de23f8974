# corpus: safe DB102
from accounts.models import Profile


def profile_for_any(handles):
    """The profile of the first handle that looks like ours."""
    for handle in handles:
        if handle.startswith("@team-"):
            return Profile.objects.filter(handle=handle[1:]).first()
    return None
