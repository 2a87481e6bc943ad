#!/usr/bin/env bash
# Tari console wallet notifier for the Tari Payment Server.
#
# Install as $HOME/.taritools/tps_notify.sh (chmod +x) and register it in the console wallet's config:
#   [wallet]
#   notify_file = "/home/<you>/.taritools/tps_notify.sh"
# The wallet runs it on every transaction event. Received payments and confirmations are passed on to the payment
# server with `taritools wallet ...`, signed with the key of the profile "TPS Hot Wallet".
#
# Which taritools runs, first match wins:
#   1. $TARITOOLS_PATH/taritools, when TARITOOLS_PATH (the folder holding the launcher, e.g. /opt/tps/bin) is set;
#   2. `taritools` found on PATH;
#   3. bin/taritools of the checkout this script sits in ($(dirname "$0")/../bin/taritools).
#
# Files, in ${TARITOOLS_HOME:-$HOME/.taritools} (created owner-only):
#   tps_notify.log         every event's arguments, and what taritools printed;
#   tps_notify_replay.log  every taritools command that was run, one per line, as a bash command whose arguments are
#                          quoted with `printf %q`. Bash reads them back byte for byte (quotes, `$(...)`, backticks,
#                          newlines and non-ASCII memos included) and never expands them. To resend missed
#                          notifications, run the whole file or a copy with just the lines you want:
#                            bash ~/.taritools/tps_notify_replay.log
#                          or, the same thing: tps_notify.sh --replay ~/.taritools/tps_notify_replay.log
#
# Arguments from the wallet: $1 event, $2 amount ("12.500000 T"), $3 tx_id, $4 message (memo, chosen by the sender),
# $5 payment_id, $6 source address, $7 destination, $8 status, $9 excess, $10 public nonce, $11 signature,
# $12 confirmations, $13 direction. Every one of them is data: it is only ever passed on as a quoted argument.

if [ "${1:-}" = "--replay" ]; then
  if [ -z "${2:-}" ] || [ ! -f "$2" ]; then
    echo "usage: $0 --replay <replay log>" >&2
    exit 2
  fi
  exec bash -- "$2"
fi

umask 077
HOME_DIR="${TARITOOLS_HOME:-$HOME/.taritools}"
PROFILE="TPS Hot Wallet"
LOG="$HOME_DIR/tps_notify.log"
REPLAY="$HOME_DIR/tps_notify_replay.log"

if [ -n "${TARITOOLS_PATH:-}" ]; then
  BIN="$TARITOOLS_PATH/taritools"
elif command -v taritools > /dev/null 2>&1; then
  BIN="$(command -v taritools)"
else
  BIN="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bin/taritools"
fi

mkdir -p "$HOME_DIR"

{
  printf '%s notify:' "$(date -Is)"
  for arg in "$@"; do printf ' %q' "$arg"; done
  printf '\n'
} >> "$LOG"

if [ -z "${13:-}" ]; then
  printf 'Unhandled short event: %q\n' "${1:-}" >> "$LOG"
  exit 0
fi

# Records the command in the replay log (one line, every argument %q-quoted), then runs it.
run() {
  printf '%q ' "$BIN" "$@" >> "$REPLAY"
  printf '\n' >> "$REPLAY"
  "$BIN" "$@" >> "$LOG" 2>&1
}

received() {
  echo "# Payment received $(date -Is)" >> "$REPLAY"
  run wallet received --profile "$PROFILE" --amount "$2" --txid "$3" --memo "$4" --sender "$6" --payment_id "$5"
}

case "$1" in
  received)
    received "$@"
    ;;
  confirmation)
    # Sent again first: it is idempotent on the server and covers a missed first notification.
    received "$@"
    sleep 2
    echo "# Payment confirmed $(date -Is)" >> "$REPLAY"
    run wallet confirmed --profile "$PROFILE" --txid "$3"
    ;;
  *)
    printf 'Unhandled main event: %q\n' "$1" >> "$LOG"
    ;;
esac
