# corpus: safe ASY102
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.db import models


class ChatMessage(models.Model):
    room = models.CharField(max_length=60, db_index=True)
    text = models.TextField()


class ChatConsumer(AsyncJsonWebsocketConsumer):
    @database_sync_to_async
    def store(self, room, text):
        return ChatMessage.objects.create(room=room, text=text)

    async def receive_json(self, content, **kwargs):
        room = self.scope["url_route"]["kwargs"]["room"]
        await self.store(room, content["text"])
        await self.channel_layer.group_send(room, {"type": "chat.message", "text": content["text"]})
