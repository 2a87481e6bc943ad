package com.tari.tps.common.seed;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import java.util.Objects;

/**
 * The two keys a seed-words wallet uses (tari_transaction_components {@code SeedWordsWallet::construct_new}): the
 * spend key, which is also the comms (node identity) key, and the view key that decrypts output data.
 */
public record WalletKeys(SecretKey spendKey, SecretKey viewKey) {
    /** {@code WALLET_COMMS_AND_SPEND_KEY_BRANCH}. */
    public static final String SPEND_KEY_BRANCH = "comms";
    /** {@code TransactionKeyManagerBranch::DataEncryption}, which the wallet uses as its view key. */
    public static final String VIEW_KEY_BRANCH = "data encryption";

    public WalletKeys {
        Objects.requireNonNull(spendKey, "spendKey");
        Objects.requireNonNull(viewKey, "viewKey");
    }

    /** Both keys at index 0, as the console wallet derives them. */
    public static WalletKeys fromSeed(CipherSeed seed) {
        return new WalletKeys(KeyManager.deriveKey(seed, SPEND_KEY_BRANCH, 0), KeyManager.deriveKey(seed, VIEW_KEY_BRANCH, 0));
    }

    /** A console wallet's seed words without a passphrase. @throws SeedException as {@link CipherSeed#fromMnemonic} */
    public static WalletKeys fromSeedWords(String phrase) {
        return fromSeed(CipherSeed.fromMnemonic(phrase));
    }

    public PublicKey spendPublicKey() {
        return spendKey.publicKey();
    }

    public PublicKey viewPublicKey() {
        return viewKey.publicKey();
    }

    /** The wallet's dual address with the default features (interactive + one-sided). */
    public TariAddress address(Network network) {
        return address(network, TariAddress.FEATURES_DEFAULT);
    }

    public TariAddress address(Network network, int features) {
        return TariAddress.dual(network, features, viewPublicKey(), spendPublicKey());
    }
}
