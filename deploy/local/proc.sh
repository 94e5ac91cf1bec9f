# Source me. Process checks for the deploy/local scripts.
#
# `kill -0` answers yes for a zombie (a killed process nobody reaped, e.g. where PID 1 does not
# reap orphans) and for an unrelated process that took a stale pid. `alive PID [PATTERN]` says
# yes only for a process that is running or sleeping (not a zombie, not dead) and, when PATTERN
# is given, whose command line contains it.

alive() {
  local pid=$1 pattern=${2:-} stat state
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
  state=${stat##*) }  # the state letter follows the command name in parentheses
  state=${state%% *}
  [[ $state != Z && $state != X && $state != x ]] || return 1
  [[ -z $pattern ]] || tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pattern"
}
