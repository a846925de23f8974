"""Injection rules: request data reaching a dangerous sink, found by the taint engine.

Every module here is pure data plus documentation: a `Rule` whose `TaintSpec` names the sink kind
it reports. The sources, sinks, sanitizers and propagators live in `scrutiny.frameworks`, and the
flows are computed once per run by `scrutiny.taint`; adding a sink never touches these modules.
"""
