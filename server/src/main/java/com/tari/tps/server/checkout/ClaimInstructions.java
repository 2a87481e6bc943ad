package com.tari.tps.server.checkout;

import java.util.List;

/** How a shopper pays and claims an order, in plain steps (JSON for payment links, HTML on the checkout page). */
public final class ClaimInstructions {
    private ClaimInstructions() {}

    public static List<String> of(OrderStatusView order) {
        String amount = com.tari.tps.common.amount.AmountFormat.tari(order.amountDue());
        if (order.payTo() == null) {
            return List.of("The shop has not configured its payment address yet, so this order cannot be paid. "
                    + "Please contact the shop.");
        }
        return List.of(
                "Send " + amount + " to " + order.payTo() + " from your Tari wallet (scanning the QR code fills in the "
                        + "address, the amount and the order reference " + order.orderName() + ").",
                "Claim the order as yours: sign a claim for order id " + order.orderId() + " with your wallet "
                        + "(for example: taritools memo -s <your secret key> -o " + order.orderId() + ") and put that "
                        + "JSON {\"address\",\"order_id\",\"signature\"} in the payment's message, or POST it to /order/claim.",
                "The order is paid as soon as the payment is confirmed; the checkout page shows Paid.");
    }
}
