package com.tari.tps.server.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code {"success": bool, "message": string}}: the answer of the wallet and webhook routes (data_objects.md §3.7). */
@JsonPropertyOrder({"success", "message"})
record JsonResponse(boolean success, String message) {}
