/** Tari crypto, addresses and amounts shared by the server and taritools. */
package com.tari.tps.common;
