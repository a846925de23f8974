# corpus: vulnerable SEC211
from django.contrib.auth.views import LoginView

from .tokens import remember_token_for


class RememberingLogin(LoginView):
    def form_valid(self, form):
        response = super().form_valid(form)
        if form.cleaned_data.get("remember"):
            response.set_cookie("remember_token", remember_token_for(form.get_user()))
        return response
