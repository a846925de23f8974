# corpus: safe DB102
from django.db import models
from django.db.models import Exists, OuterRef


class Course(models.Model):
    title = models.CharField(max_length=120)


class Enrollment(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE)
    student = models.ForeignKey("auth.User", on_delete=models.CASCADE)


def course_cards(user):
    courses = Course.objects.annotate(
        enrolled=Exists(Enrollment.objects.filter(course=OuterRef("pk"), student=user))
    ).order_by("title")
    return [{"title": c.title, "enrolled": c.enrolled} for c in courses]
