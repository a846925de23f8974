# corpus: safe SEC106
from django.shortcuts import redirect


class Wizard:
    def __init__(self, label: str) -> None:
        self.label = label
        self.finish_url = "/wizard/done"

    def finish(self):
        return redirect(self.finish_url)


def wizard_done(request):
    return Wizard(request.GET.get("label", "")).finish()
