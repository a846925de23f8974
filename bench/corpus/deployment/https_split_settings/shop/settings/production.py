# corpus: safe SEC304
from split_settings.tools import include

include("../components/base.py", "../components/security.py")
