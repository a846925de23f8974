import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

# `pytester` runs the runtime tests' projects (tests/projects/) with the plugin in a subprocess.
pytest_plugins = ("pytester",)
