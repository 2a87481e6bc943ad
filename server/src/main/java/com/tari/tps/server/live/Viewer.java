package com.tari.tps.server.live;

/**
 * Who is watching an SSE stream: a wallet address, and whether its token may read every account ({@code read_all},
 * or {@code super_admin}).
 */
public record Viewer(String address, boolean seesAll) {
    /** Everyone sees what is theirs; readers of all accounts see everything. */
    public boolean canSee(LiveEvent event) {
        return seesAll || event.audience().contains(address);
    }
}
