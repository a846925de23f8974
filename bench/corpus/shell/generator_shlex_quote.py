# corpus: safe SEC102
import shlex
import subprocess

from django.http import JsonResponse


def build_image(request):
    tags = request.POST.getlist("tag")
    flags = " ".join(f"-t {shlex.quote('registry.local/app:' + tag)}" for tag in tags)
    subprocess.call("docker build " + flags + " /srv/app", shell=True)
    return JsonResponse({"queued": len(tags)})
