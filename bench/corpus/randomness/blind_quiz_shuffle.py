# corpus: safe SEC210
"""Question order in a practice quiz: unpredictability is not a security property here."""

import random

from django.shortcuts import render

from .models import Question


def practice_quiz(request, topic_id):
    questions = list(Question.objects.filter(topic_id=topic_id))
    random.shuffle(questions)
    return render(request, "quiz/practice.html", {"questions": questions[:10]})
