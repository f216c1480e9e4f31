#!/usr/bin/env bash
# `npm audit --omit=dev` as a CI gate: any high or critical advisory in what production installs
# fails the run. When the registry's audit endpoint itself is unreachable or refuses (this
# workplace's mirror answers 405), there is nothing to judge: say so loudly and do not pretend.
set -uo pipefail
output=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
echo "$output"
if [ $status -ne 0 ] && grep -q "audit endpoint returned an error" <<<"$output"; then
  echo "::warning:: npm audit could not reach the advisory database; dependencies were NOT audited"
  exit 0
fi
exit $status
