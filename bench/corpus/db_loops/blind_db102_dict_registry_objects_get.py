# corpus: safe DB102
class PluginRegistry:
    """In-memory registry; `objects` is a plain dict."""

    def __init__(self):
        self.objects = {}

    def register(self, name, plugin):
        self.objects[name] = plugin


registry = PluginRegistry()


def enabled_plugins(names):
    return [registry.objects.get(name) for name in names if registry.objects.get(name)]
