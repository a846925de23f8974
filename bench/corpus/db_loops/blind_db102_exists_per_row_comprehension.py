# corpus: vulnerable DB102
from django.db import models


class Course(models.Model):
    title = models.CharField(max_length=120)


class Enrollment(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE)
    student = models.ForeignKey("auth.User", on_delete=models.CASCADE)


def course_cards(user):
    return [
        {
            "title": course.title,
            "enrolled": Enrollment.objects.filter(course=course, student=user).exists(),
        }
        for course in Course.objects.order_by("title")
    ]
