# corpus: vulnerable SEC212
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt


@method_decorator([login_required, csrf_exempt], name="dispatch")
class CommentApi(View):
    def get(self, request):
        return JsonResponse({"comments": []})

    def post(self, request):
        request.user.comments.create(body=request.POST["body"])
        return JsonResponse({"ok": True}, status=201)
