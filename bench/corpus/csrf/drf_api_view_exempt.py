# corpus: safe SEC212
from django.views.decorators.csrf import csrf_exempt
from rest_framework.decorators import api_view
from rest_framework.response import Response


@csrf_exempt
@api_view(["POST"])
def create_note(request):
    note = request.user.notes.create(text=request.data["text"])
    return Response({"id": note.pk}, status=201)
