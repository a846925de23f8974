from django.conf import settings
from django.db import models


class Author(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)


class Category(models.Model):
    title = models.CharField(max_length=80)
    parent = models.ForeignKey("self", null=True, on_delete=models.SET_NULL)


class Tag(models.Model):
    slug = models.SlugField(unique=True)


class Post(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="posts")
    category = models.ForeignKey(Category, on_delete=models.PROTECT)
    tags = models.ManyToManyField(Tag, blank=True)
    published = models.BooleanField(default=False, db_index=True)

    def __str__(self):
        return f"{self.title} ({self.author.display_name})"

    @property
    def byline(self):
        return f"by {self.author.display_name} in {self.category.title}"


class Comment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    body = models.TextField()
    approved = models.BooleanField(default=False)
