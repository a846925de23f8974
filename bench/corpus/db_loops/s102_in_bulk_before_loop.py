# corpus: safe DB102
from catalog.models import Product
from rest_framework.response import Response
from rest_framework.views import APIView


class CartPreview(APIView):
    def post(self, request):
        items = request.data.get("items", [])
        products = Product.objects.in_bulk([item["product_id"] for item in items])
        lines = []
        for item in items:
            product = products[item["product_id"]]
            lines.append({"name": product.name, "total": product.price * item["qty"]})
        return Response({"lines": lines})
