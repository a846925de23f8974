from rest_framework import serializers

from .models import Project


class ProjectSerializer(serializers.ModelSerializer):
    latest_task = serializers.SerializerMethodField()

    class Meta:
        model = Project
        fields = ["id", "name", "latest_task"]

    def get_latest_task(self, obj):
        latest = obj.tasks.latest("created")
        return latest.title
