# corpus: vulnerable ASY102
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.db import models


class ChatMessage(models.Model):
    room = models.CharField(max_length=60, db_index=True)
    text = models.TextField()


class ChatConsumer(AsyncJsonWebsocketConsumer):
    async def receive_json(self, content, **kwargs):
        room = self.scope["url_route"]["kwargs"]["room"]
        ChatMessage.objects.create(room=room, text=content["text"])
        await self.channel_layer.group_send(room, {"type": "chat.message", "text": content["text"]})
