from orders.views import order_list


def test_import():
    assert callable(order_list)
