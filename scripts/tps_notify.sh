#!/usr/bin/env bash
# Tari console wallet notifier for the Tari Payment Server.
#
# Install as $HOME/.taritools/tps_notify.sh (chmod +x) and register it in the console wallet's config:
#   [wallet]
#   notify_file = "/home/<you>/.taritools/tps_notify.sh"
# The wallet runs it on every transaction event. Received payments and confirmations are passed on to the payment
# server with `taritools wallet ...`, signed with the key of the profile "TPS Hot Wallet".
#
# TARITOOLS_PATH is the folder holding the taritools launcher (e.g. /opt/tps/bin).

BIN="${TARITOOLS_PATH:-$HOME/.cargo/bin}/taritools"
PROFILE="TPS Hot Wallet"
LOG="$HOME/.taritools/tps_notify.log"
REPLAY="$HOME/.taritools/tps_notify_replay.log"

mkdir -p "$HOME/.taritools"

{
  printf '%s' "$(date -Is) notify:"
  for arg in "$@"; do printf " '%s'" "$arg"; done
  printf '\n'
} >> "$LOG"

# $1 event, $2 amount ("12.500000 T"), $3 tx_id, $4 message, $5 payment_id, $6 source address, $7 destination,
# $8 status, $9 excess, $10 public nonce, $11 signature, $12 confirmations, $13 direction.
if [ -z "${13}" ]; then
  echo "Unhandled short event: $1" >> "$LOG"
  exit 0
fi

received() {
  echo "# Payment received $(date -Is)" >> "$REPLAY"
  echo "$BIN wallet received --profile \"$PROFILE\" --amount \"$2\" --txid $3 --memo \"$4\" --sender $6 --payment_id \"$5\"" >> "$REPLAY"
  "$BIN" wallet received --profile "$PROFILE" --amount "$2" --txid $3 --memo "$4" --sender $6 --payment_id "$5" >> "$LOG" 2>&1
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
    echo "$BIN wallet confirmed --profile \"$PROFILE\" --txid $3" >> "$REPLAY"
    "$BIN" wallet confirmed --profile "$PROFILE" --txid $3 >> "$LOG" 2>&1
    ;;
  *)
    echo "Unhandled main event: $1" >> "$LOG"
    ;;
esac
