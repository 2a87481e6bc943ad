/**
 * Tari console-wallet seed words to keys: {@link com.tari.tps.common.seed.SeedWords} (English mnemonic codec),
 * {@link com.tari.tps.common.seed.CipherSeed} (version 2 enciphered seed), {@link com.tari.tps.common.seed.KeyManager}
 * (branch + index key derivation) and {@link com.tari.tps.common.seed.WalletKeys} (spend/view keys and the dual
 * address). Ported from tari_common_types {@code seeds/} and the wallet's {@code SeedWordsWallet}.
 */
package com.tari.tps.common.seed;
