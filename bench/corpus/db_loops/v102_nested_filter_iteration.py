# corpus: vulnerable DB102
from catalog.models import Category, Product


def build_menu():
    menu = []
    for category in Category.objects.filter(visible=True):
        items = [p.name for p in Product.objects.filter(category=category, active=True)]
        menu.append({"title": category.title, "items": items})
    return menu
