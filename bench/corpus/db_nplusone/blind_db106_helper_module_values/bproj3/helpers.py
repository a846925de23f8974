def task_titles(project):
    return list(project.tasks.values_list("title", flat=True))
