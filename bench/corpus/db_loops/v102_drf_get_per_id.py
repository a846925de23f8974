# corpus: vulnerable DB102
from catalog.models import Product
from rest_framework.response import Response
from rest_framework.views import APIView


class CartPreview(APIView):
    def post(self, request):
        lines = []
        for item in request.data.get("items", []):
            product = Product.objects.get(pk=item["product_id"])
            lines.append({"name": product.name, "total": product.price * item["qty"]})
        return Response({"lines": lines})
