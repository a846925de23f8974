def task_titles(project):
    return [t.title for t in project.tasks.all()]
