# corpus: vulnerable SEC101
from catalog.models import Product
from rest_framework.response import Response
from rest_framework.views import APIView


class ProductSearch(APIView):
    def get(self, request):
        term = request.query_params.get("q", "")
        sql = "SELECT * FROM catalog_product WHERE name LIKE '%%" + term + "%%'"
        products = Product.objects.raw(sql)
        return Response([p.pk for p in products])
