# corpus: vulnerable REL119
import requests as http


def notify(teams):
    for team in teams:
        for member in team.members:
            http.post(team.webhook, json={"text": f"hi {member.name}"}, timeout=5)
