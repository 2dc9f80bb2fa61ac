"""``sportello metrics``: response rate, response time and the badge, as Meta computes them."""
from __future__ import annotations

import json
import sys
import time


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "metrics", parents=parents,
        help="print the response rate, response time and the very-responsive badge",
        description="Compute the Page's responsiveness from the database given by --db, "
                    "with the rules in db/metrics.py.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--as-of", metavar="TIME",
                        help="compute as of this moment (ISO 8601, e.g. 2026-05-01T12:00:00Z); "
                             "later messages do not exist for the computation")
    parser.set_defaults(run=run)


def run(args) -> int:
    from db import clock, metrics
    from desktop.commands import open_given

    if args.as_of:
        try:
            as_of = clock.parse_iso(args.as_of)
        except ValueError:
            print(f"sportello metrics: --as-of {args.as_of!r} is not an ISO 8601 time "
                  "such as 2026-05-01T12:00:00Z", file=sys.stderr)
            return 2
    else:
        as_of = int(time.time())
    if failed := open_given(args, "metrics"):
        return failed
    state = metrics.responsiveness(as_of)
    if args.json:
        print(json.dumps(state.as_dict()))
        return 0
    rate = "—" if state.response_rate is None else f"{state.response_rate:.0%}"
    minutes = "—" if state.response_time_seconds is None else f"{state.response_time_seconds / 60:.1f} min"
    print(f"Requests in window: {state.requests} ({state.answered} answered)")
    print(f"Response rate:      {rate}   (target 90%)")
    print(f"Response time:      {minutes}   (target 15 min)")
    print(f"Very responsive:    {'yes' if state.very_responsive else 'no'}")
    if state.window_start is not None:
        print(f"Window:             {clock.iso(state.window_start)} – {clock.iso(state.window_end)}")
    return 0
