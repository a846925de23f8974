# corpus: safe SEC307
import urllib3

# Silences the InsecurePlatformWarning on old hosts; verification stays on.
urllib3.disable_warnings(urllib3.exceptions.InsecurePlatformWarning)
http = urllib3.PoolManager()
