# corpus: vulnerable SEC106
from django.shortcuts import redirect


class Wizard:
    def __init__(self, finish_url: str) -> None:
        self.finish_url = finish_url
        self.first_step = "/wizard/1"

    def finish(self):
        return redirect(self.finish_url)


def wizard_done(request):
    return Wizard(request.GET.get("finish", "/")).finish()
