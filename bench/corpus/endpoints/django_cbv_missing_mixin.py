# corpus: vulnerable SEC214
from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import CreateView, DeleteView, ListView, UpdateView
from projects.models import Project


class ProjectList(LoginRequiredMixin, ListView):
    model = Project


class ProjectCreate(LoginRequiredMixin, CreateView):
    model = Project
    fields = ["name"]


class ProjectUpdate(LoginRequiredMixin, UpdateView):
    model = Project
    fields = ["name"]


class ProjectDelete(DeleteView):
    model = Project
    success_url = "/projects/"
