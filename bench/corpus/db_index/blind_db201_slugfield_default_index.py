# corpus: safe DB201
from django.db import models
from django.shortcuts import get_object_or_404, render


class Recipe(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)  # SlugField sets db_index=True


def recipe_detail(request, slug):
    recipe = get_object_or_404(Recipe, slug=slug)
    return render(request, "recipes/detail.html", {"recipe": recipe})
