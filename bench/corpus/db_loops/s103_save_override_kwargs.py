# corpus: safe DB103
def restore_restrictions(restrictions, user):
    for restriction in restrictions:
        restriction.active = True
        restriction.save(user=user)  # the model's save() logs who changed it
