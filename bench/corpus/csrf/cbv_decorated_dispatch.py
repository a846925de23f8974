# corpus: vulnerable SEC212
from django.http import HttpResponse
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import View


class AddressView(View):
    @method_decorator(csrf_exempt)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def put(self, request, pk):
        return HttpResponse(status=204)

    def delete(self, request, pk):
        return HttpResponse(status=204)
