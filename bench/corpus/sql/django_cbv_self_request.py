# corpus: vulnerable SEC101
from django.db import connection
from django.http import JsonResponse
from django.views import View


class TicketListView(View):
    def get(self, request, *args, **kwargs):
        status = self.request.GET.get("status", "open")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, subject FROM helpdesk_ticket WHERE status = '{status}'")
            tickets = cursor.fetchall()
        return JsonResponse({"tickets": tickets})
