package com.tari.tps.server.checkout;

import com.tari.tps.server.http.Json;
import com.tari.tps.server.orders.OrderStatus;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosted checkout page of one order: amount, deadline, QR code (inline SVG drawn by the server), claim steps, and
 * a status that follows the order live over the WebSocket {@code /ws} (reconnecting with back-off). One self-contained
 * HTML document, inline CSS and JS, every value HTML-escaped.
 */
public final class CheckoutPage {
    private CheckoutPage() {}

    public static String render(OrderStatusView order) {
        StringBuilder steps = new StringBuilder();
        for (String step : ClaimInstructions.of(order)) {
            steps.append("<li>").append(Html.escape(step)).append("</li>");
        }
        String qr = order.qrPayload() == null ? "<p>No payment address configured.</p>" : QrCodes.svg(order.qrPayload());
        String deadline = order.expiresAt() == null ? "" : Json.time(order.expiresAt());
        Map<String, String> values = new HashMap<>();
        values.put("order_id", Html.escape(order.orderId()));
        values.put("status", Html.escape(order.status().name()));
        values.put("status_label", Html.escape(label(order.status())));
        values.put("status_class", Html.escape(order.status().name().toLowerCase(Locale.ROOT)));
        values.put("total", Html.escape(Amounts.tari(order.totalPrice())));
        values.put("total_micro", Long.toString(order.totalPrice().value()));
        values.put("pay_hidden", order.status().isOpen() ? "" : " hidden");
        values.put("amount_due", Html.escape(Amounts.tari(order.amountDue())));
        values.put("amount_due_micro", Long.toString(order.amountDue().value()));
        values.put("deadline", Html.escape(deadline));
        values.put("deadline_hidden", deadline.isEmpty() ? " hidden" : "");
        values.put("pay_to", Html.escape(order.payTo() == null ? "not configured" : order.payTo()));
        values.put("qr_payload", Html.escape(order.qrPayload() == null ? "" : order.qrPayload()));
        values.put("steps", steps.toString());
        values.put("qr", qr);
        // One pass over the template, so a value that looks like a placeholder is never expanded.
        Matcher m = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder html = new StringBuilder(TEMPLATE.length() + 8192);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for placeholder " + m.group(1));
            }
            m.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        m.appendTail(html);
        return html.toString();
    }

    static String label(OrderStatus status) {
        return switch (status) {
            case Unclaimed, New -> "Awaiting payment";
            case Paid -> "Paid";
            case Expired -> "Expired";
            case Cancelled -> "Cancelled";
        };
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Pay order {{order_id}} with Tari</title>
            <style>
              body { font-family: system-ui, -apple-system, Segoe UI, sans-serif; margin: 0; background: #f4f4f7; color: #1b1b29; }
              main { max-width: 32rem; margin: 2rem auto; background: #fff; border-radius: 12px; padding: 1.5rem 2rem;
                     box-shadow: 0 2px 12px rgba(0,0,0,.08); }
              h1 { font-size: 1.3rem; margin: 0 0 .5rem; }
              .amount { font-size: 2rem; font-weight: 700; margin: .5rem 0; }
              .amount small { font-size: .9rem; font-weight: 400; color: #666; }
              #status { display: inline-block; padding: .2rem .7rem; border-radius: 999px; background: #fff3cd; }
              body.status-paid #status { background: #d1f2d9; color: #0b5d1e; }
              body.status-expired #status, body.status-cancelled #status { background: #f8d7da; color: #842029; }
              #qr svg { width: 14rem; height: 14rem; display: block; margin: 1rem auto; }
              code { word-break: break-all; background: #f1f1f5; padding: .1rem .3rem; border-radius: 4px; }
              ol { padding-left: 1.2rem; } li { margin: .4rem 0; }
              #live { color: #666; font-size: .85rem; }
            </style>
            </head>
            <body class="status-{{status_class}}">
            <main data-order-id="{{order_id}}">
              <h1>Pay order <code id="order-id">{{order_id}}</code></h1>
              <p class="amount"><span id="total">{{total}}</span> XTR <small>(<span id="total-micro">{{total_micro}}</span> µT)</small></p>
              <p>Status: <strong id="status" data-status="{{status}}">{{status_label}}</strong></p>
              <section id="pay"{{pay_hidden}}>
                <p>Still to pay: <strong><span id="due">{{amount_due}}</span> XTR</strong> (<span id="due-micro">{{amount_due_micro}}</span> µT)</p>
                <p id="deadline-line"{{deadline_hidden}}>Pay before <time id="deadline" datetime="{{deadline}}">{{deadline}}</time></p>
                <div id="qr" data-payload="{{qr_payload}}">{{qr}}</div>
                <p>Send to <code id="pay-to">{{pay_to}}</code></p>
                <h2>How to pay</h2>
                <ol id="steps">{{steps}}</ol>
              </section>
              <p id="live" aria-live="polite">Connecting for live updates…</p>
            </main>
            <script>
            (function () {
              var main = document.querySelector('main');
              var orderId = main.dataset.orderId;
              var statusEl = document.getElementById('status');
              var liveEl = document.getElementById('live');
              var labels = { Unclaimed: 'Awaiting payment', New: 'Awaiting payment', Paid: 'Paid', Expired: 'Expired', Cancelled: 'Cancelled' };
              var finalStates = { Paid: true, Expired: true, Cancelled: true };
              var delay = 1000, maxDelay = 30000, socket = null;
              var finished = !!finalStates[statusEl.dataset.status];
              function tari(micro) {
                var s = String(micro);
                while (s.length < 7) { s = '0' + s; }
                return s.slice(0, -6) + '.' + s.slice(-6);
              }
              var deadline = document.getElementById('deadline');
              if (deadline.getAttribute('datetime')) {
                var when = new Date(deadline.getAttribute('datetime'));
                if (!isNaN(when.getTime())) { deadline.textContent = when.toLocaleString(); }
              }
              function show(view) {
                if (!view.status) { return; }
                statusEl.dataset.status = view.status;
                statusEl.textContent = labels[view.status] || view.status;
                document.body.className = 'status-' + view.status.toLowerCase();
                if (typeof view.amount_due === 'number') {
                  document.getElementById('due').textContent = tari(view.amount_due);
                  document.getElementById('due-micro').textContent = String(view.amount_due);
                }
                if (finalStates[view.status]) {
                  finished = true;
                  document.getElementById('pay').hidden = true;
                  liveEl.textContent = view.status === 'Paid' ? 'Thank you, this order is paid.' : 'This order can no longer be paid.';
                  if (socket) { socket.close(); }
                }
              }
              function connect() {
                if (finished) { return; }
                var scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
                socket = new WebSocket(scheme + '//' + location.host + '/ws');
                socket.onopen = function () {
                  delay = 1000;
                  liveEl.textContent = 'Live: this page updates by itself.';
                  socket.send(JSON.stringify({ type: 'identify', order_id: orderId }));
                };
                socket.onmessage = function (e) {
                  var m;
                  try { m = JSON.parse(e.data); } catch (err) { return; }
                  if (m.type === 'ping') { socket.send('{"type":"pong"}'); }
                  else if (m.type === 'identified' || m.type === 'status') { show(m); }
                  else if (m.type === 'payment' && !finished) {
                    liveEl.textContent = m.status === 'confirmed' ? 'Payment confirmed.' : 'Payment seen, waiting for confirmation…';
                  }
                };
                socket.onclose = function () {
                  socket = null;
                  if (finished) { return; }
                  liveEl.textContent = 'Connection lost, reconnecting…';
                  setTimeout(connect, delay + Math.floor(Math.random() * delay / 2));
                  delay = Math.min(delay * 2, maxDelay);
                };
              }
              connect();
            })();
            </script>
            </body>
            </html>
            """;
}
