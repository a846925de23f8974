# corpus: vulnerable DB102
from org.models import Department


def descendants(root_id):
    """Every department below `root_id`, walking the tree one node at a time."""
    found, queue = [], [root_id]
    while queue:
        department = Department.objects.get(pk=queue.pop())
        found.append(department)
        queue.extend(department.children.values_list("pk", flat=True))
    return found
