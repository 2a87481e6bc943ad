package com.tari.tps.server.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code {"success": bool, "message": string}}: the answer of the wallet and webhook routes. */
@JsonPropertyOrder({"success", "message"})
record JsonResponse(boolean success, String message) {}
