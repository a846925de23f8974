# corpus: safe ASY102
import json

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from chat.models import Message


class ChatConsumer(AsyncWebsocketConsumer):
    async def receive(self, text_data=None, bytes_data=None):
        payload = json.loads(text_data)
        await self.store(payload["body"])
        await self.send(text_data=json.dumps({"echo": payload["body"]}))

    @database_sync_to_async
    def store(self, body):
        Message.objects.create(room=self.scope["url_route"]["kwargs"]["room"], body=body)
