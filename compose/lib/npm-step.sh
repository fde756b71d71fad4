# shellcheck shell=bash
# The parts of a host-side npm step shared by compose/frontend/build-bundle and postman/install-newman:
# errors that name the fix, one log per step, one run at a time, and `npm ci` only when the lock file (or
# the Node.js major) changed since the last install. Sourced, not run: the caller sets STEP to its name and
# runs under `set -Eeuo pipefail`.

die() {
  printf '%s: %s\n%s: what to do: %s\n' "$STEP" "$1" "$STEP" "$2" >&2
  exit 1
}

# step_log CACHE_DIR NAME_IN_CACHE LOG_WITHOUT_CACHE: sets CACHE_DIR (made absolute) and LOG, the step's log:
# in the cache directory when one is given (created if missing), else the given path.
step_log() {
  CACHE_DIR=$1
  if [ -n "$CACHE_DIR" ]; then
    mkdir -p "$CACHE_DIR" || die "cannot create the cache directory $CACHE_DIR" "pass a writable directory"
    CACHE_DIR=$(cd "$CACHE_DIR" && pwd)
    LOG=$CACHE_DIR/$2
  else
    LOG=$3
  fi
}

# One run at a time (bootstrap and a developer may run the step together). The caller checks again after
# this returns: another run may have done the work while this one waited.
step_lock() {
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$LOG.lock"
    flock 9
  fi
}

# Starts a fresh, plain-text log.
step_start() {
  : >"$LOG"
  export NO_COLOR=1 FORCE_COLOR=0
}

# failed WHAT FIX: the last lines of the log, then the error with its fix.
failed() {
  {
    printf '%s: %s failed; last lines of %s:\n' "$STEP" "$1" "$LOG"
    tail -25 "$LOG" | sed 's/^/  | /'
  } >&2
  die "$1 failed" "$2 (full log: $LOG)"
}

# npm_lock_hash NODE_MAJOR: what ./node_modules must have been installed from to be reused.
npm_lock_hash() {
  { cat package-lock.json; printf '%s' "$1"; } | sha256sum | cut -c1-64
}

# npm_ci NODE_MAJOR: `npm ci` into ./node_modules (npm's output appended to LOG), then stamps it with what it was
# installed from.
npm_ci() {
  local npm_args=(ci --no-audit --no-fund --no-update-notifier --prefer-offline)
  [ -n "${CACHE_DIR:-}" ] && npm_args+=(--cache "$CACHE_DIR/npm")
  { echo "\$ npm ${npm_args[*]}"; npm "${npm_args[@]}"; } >>"$LOG" 2>&1 \
    || failed "npm ci" "check the npm registry is reachable from this host (proxy/CA: npm uses NODE_EXTRA_CA_CERTS or its 'cafile' setting)"
  npm_lock_hash "$1" > node_modules/.lock-hash
}

# npm_ci_when_changed NODE_MAJOR: npm_ci unless the stamp names this lock file and Node.js major; prints
# "installed" or "reused".
npm_ci_when_changed() {
  if [ "$(cat node_modules/.lock-hash 2>/dev/null)" = "$(npm_lock_hash "$1")" ]; then
    echo reused
  else
    npm_ci "$1"
    echo installed
  fi
}
