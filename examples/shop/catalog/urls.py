from django.urls import path

from . import views

app_name = "catalog"

urlpatterns = [
    path("products/", views.product_list, name="product-list"),
    path("products/search/", views.product_search, name="product-search"),
    path("search/", views.search_page, name="search-page"),
    path("products/<str:sku>/", views.product_detail, name="product-detail"),
    path("products/<str:sku>/image/", views.import_product_image, name="product-image"),
]
