# corpus: vulnerable ASY102
import json

from channels.generic.websocket import AsyncWebsocketConsumer
from chat.models import Message


class ChatConsumer(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        payload = json.loads(text_data)
        Message.objects.create(room=self.scope["url_route"]["kwargs"]["room"], body=payload["body"])
        await self.send(text_data=json.dumps({"echo": payload["body"]}))
