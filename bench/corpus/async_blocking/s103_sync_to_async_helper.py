# corpus: safe ASY103
import json

from asgiref.sync import sync_to_async


@sync_to_async
def load_template(root, name):
    with open(f"{root}/{name}.json", encoding="utf-8") as handle:
        return json.load(handle)


class TemplateStore:
    def __init__(self, root):
        self.root = root

    async def render(self, name, **context):
        template = await load_template(self.root, name)
        return template["body"].format(**context)
