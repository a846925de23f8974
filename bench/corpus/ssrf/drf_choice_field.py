# corpus: safe SEC105
import requests
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

PROVIDERS = {
    "fedex": "https://api.fedex.example/track",
    "ups": "https://api.ups.example/track",
}


class TrackSerializer(serializers.Serializer):
    carrier = serializers.ChoiceField(choices=list(PROVIDERS))
    number = serializers.CharField(max_length=40)


class TrackView(APIView):
    def post(self, request):
        data = TrackSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        url = PROVIDERS[data.validated_data["carrier"]]
        return Response(requests.get(url, params={"n": data.validated_data["number"]}).json())
