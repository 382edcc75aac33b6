#!/bin/sh
# `npm run test:browsers`: the end-to-end suite (Chromium) and the cross-engine run (Firefox ESR,
# WebKitGTK) side by side. The engines' run spends most of its time waiting on its browsers, so it
# costs the suite little; its output is held and printed after the suite's, and whichever fails
# is named. Interrupted, it stops the engines' run and still prints what it had.
log=$(mktemp)
npm run test:engines >"$log" 2>&1 &
engines=$!
finish() {
  kill "$engines" 2>/dev/null
  cat "$log"
  rm -f "$log"
}
trap 'finish; exit 130' INT TERM
npm run test:e2e
e2e=$?
wait "$engines"
status=$?
trap - INT TERM
cat "$log"
rm -f "$log"
[ "$e2e" -eq 0 ] || echo "test:browsers: the end-to-end suite failed (exit $e2e)"
[ "$status" -eq 0 ] || echo "test:browsers: the cross-engine run failed (exit $status)"
[ "$e2e" -eq 0 ] && [ "$status" -eq 0 ]
