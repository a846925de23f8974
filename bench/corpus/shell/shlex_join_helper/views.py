# corpus: safe SEC102
import subprocess

from django.http import HttpResponse

from shlex_join_helper.cmdline import command_line


def grep_logs(request):
    pattern = request.GET.get("pattern", "ERROR")
    line = command_line("grep", "-F", "--", pattern, "/var/log/app/app.log")
    result = subprocess.run(line + " | tail -n 100", shell=True, capture_output=True, text=True)
    return HttpResponse(result.stdout, content_type="text/plain")
