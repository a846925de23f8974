# corpus: vulnerable DB101
from functools import cached_property

from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=80)


class Player(models.Model):
    name = models.CharField(max_length=80)
    team = models.ForeignKey(Team, on_delete=models.CASCADE)

    @cached_property
    def team_label(self):
        # Cached per instance: each player still loads its own team once.
        return self.team.name.upper()


def roster_lines():
    return [f"{p.team_label}: {p.name}" for p in Player.objects.order_by("name")]
