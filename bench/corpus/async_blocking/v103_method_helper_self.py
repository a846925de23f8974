# corpus: vulnerable ASY103
import json


class TemplateStore:
    def __init__(self, root):
        self.root = root

    def _load(self, name):
        with open(f"{self.root}/{name}.json", encoding="utf-8") as handle:
            return json.load(handle)

    async def render(self, name, **context):
        template = self._load(name)
        return template["body"].format(**context)
