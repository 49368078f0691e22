#!/usr/bin/env python3
"""Sums cargo's `test result:` lines from a log into one closing line: `tests: N passed, M failed`."""

import re
import sys

passed = failed = 0
with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
    for line in log:
        m = re.search(r"test result: \w+\. (\d+) passed; (\d+) failed", line)
        if m:
            passed += int(m.group(1))
            failed += int(m.group(2))
print(f"tests: {passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
