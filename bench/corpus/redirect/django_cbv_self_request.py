# corpus: vulnerable SEC106
from accounts.tokens import user_from_magic_link
from django.contrib.auth import login
from django.shortcuts import redirect
from django.views import View


class MagicLinkView(View):
    def get(self, request, *args, **kwargs):
        user = user_from_magic_link(self.request.GET["token"])
        login(self.request, user)
        return redirect(self.request.GET.get("to", "/"))
