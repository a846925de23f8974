def close_entries(queryset, when):
    return queryset.update(closed_at=when)
