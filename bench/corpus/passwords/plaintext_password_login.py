# corpus: vulnerable SEC206
from django.http import HttpResponseForbidden, JsonResponse

from .models import Device


def device_login(request):
    device = Device.objects.get(serial=request.POST["serial"])
    if request.POST["passcode"] == device.passcode:
        return JsonResponse({"ok": True})
    return HttpResponseForbidden()
