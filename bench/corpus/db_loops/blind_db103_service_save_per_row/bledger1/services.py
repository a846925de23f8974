def close_entry(entry, when):
    entry.closed_at = when
    entry.save()
