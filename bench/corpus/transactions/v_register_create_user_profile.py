# corpus: vulnerable REL115
from accounts.models import Profile
from django.contrib.auth.models import User
from django.shortcuts import redirect


def register(request):
    user = User.objects.create_user(request.POST["username"], password=request.POST["password"])
    Profile.objects.create(user=user, plan="free")
    return redirect("home")
