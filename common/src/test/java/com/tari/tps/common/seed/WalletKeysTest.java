package com.tari.tps.common.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import org.junit.jupiter.api.Test;

class WalletKeysTest {

    /**
     * tari-project/tari-wallet src/key_management/key_derivation.rs test_tari_test_vector_validation: seed words
     * to view/spend keys, and the expected addresses it stores. That address has features 0x01 (one-sided only,
     * what newer wallets print); taritools uses the default 0x03, checked separately.
     */
    @Test
    void matchesTariWalletSeedVector() {
        WalletKeys keys = WalletKeys.fromSeedWords(CipherSeedTest.TARI_WALLET_WORDS);

        assertThat(keys.viewKey().toHex()).isEqualTo("7755e59ca4a10d19d14f56a014826d005d029ff9a5053c850d63f9322005080a");
        assertThat(keys.spendKey().toHex()).isEqualTo("ef5d6881f2b1ff65dd6d62a77f73be2179cad40c6d587d5ff9f4ed49b5378b05");
        assertThat(keys.viewPublicKey().toHex()).isEqualTo("c64341cddadc29e1e31ce1f568d3bbd0262ef2f9bfdbf2405d85735d45f1bb02");
        assertThat(keys.spendPublicKey().toHex()).isEqualTo("5285073b72f698132432e1be6b76e170d437e4ba11bfaf5f7539d5c998523226");

        TariAddress oneSided = keys.address(Network.MAINNET, 0x01);
        assertThat(oneSided.toBase58()).isEqualTo(
                "12JVm6ARPDg2GvBEpaKxADBW4SkacGRWZYhowEzoUvHrz9kFWCVv4QSYUE6JWiLFYcjEeZv43YJw8W7E8ynrMUWsDm5");
        assertThat(oneSided.toEmoji()).isEqualTo("🐢📟📈🎉🤖⏰🔪🔬🍟😂😈🍋😂🚜🏦🔑💦🔋🍗🍪🚓🚨💯🔫🚓🎃🎼🐯🐔🎼🎓🚒💦🌈🎮🐯🤔🍺🐑🚢💅🍀🍔🍯😂➕🐀🐘😂🦁🔔🍶🤑💤🌻💯💊🎾🐗🍸🔥📎💅🎮🍯🍗💄");
    }

    /** Test resource vectors/crypto_vectors.md §I: keys and the taritools dual address (mainnet, features 3). */
    @Test
    void matchesSpecVector() {
        WalletKeys keys = WalletKeys.fromSeedWords(CipherSeedTest.SPEC_WORDS);

        assertThat(keys.spendKey().toHex()).isEqualTo("23c3e762cc98fe4c208d2961fc5dceaadd6b12fd131b42a86b4bf4bf2973100d");
        assertThat(keys.spendPublicKey().toHex()).isEqualTo("f888220b123e51a7481db103380ee2c6e03d7c97598dd68c08df44075f6ce575");
        assertThat(keys.viewKey().toHex()).isEqualTo("5418b97e95e17b7b3da8bed38f682632998c38d310c075ae78468d265ef81d05");
        assertThat(keys.viewPublicKey().toHex()).isEqualTo("90f9e4b6396c6c3cda3e3e04c5ffea05d4ba8cdbdcfe374544320b1ee67b2720");

        TariAddress address = keys.address(Network.MAINNET);
        assertThat(address.isDual()).isTrue();
        assertThat(address.features()).isEqualTo(TariAddress.FEATURES_DEFAULT);
        assertThat(address.toBase58()).isEqualTo(
                "14Do2V8XgiphRqp4461rUuuEDLetmW6aYuRsofejJF3ynJW9oCngb6RPE6q6iKyCjittwtfEi8SRT9JvJCBrmTTUXm8");
        assertThat(address.spendKey()).isEqualTo(keys.spendPublicKey());
        assertThat(address.viewKey()).contains(keys.viewPublicKey());
    }

    @Test
    void branchesAreTheWalletOnes() {
        CipherSeed seed = CipherSeed.fromMnemonic(CipherSeedTest.SPEC_WORDS);
        WalletKeys keys = WalletKeys.fromSeed(seed);

        assertThat(keys.spendKey()).isEqualTo(KeyManager.deriveKey(seed, "comms", 0));
        assertThat(keys.viewKey()).isEqualTo(KeyManager.deriveKey(seed, "data encryption", 0));
        assertThat(keys.address(Network.ESMERALDA).network()).isEqualTo(Network.ESMERALDA);
    }

    @Test
    void neverPrintsSecrets() {
        WalletKeys keys = WalletKeys.fromSeedWords(CipherSeedTest.SPEC_WORDS);
        assertThat(keys.toString()).doesNotContain(keys.spendKey().toHex()).doesNotContain(keys.viewKey().toHex());
    }

    @Test
    void badWordsSurfaceAsSeedException() {
        assertThatThrownBy(() -> WalletKeys.fromSeedWords("abandon ability"))
                .isInstanceOfSatisfying(SeedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SeedException.Reason.WORD_COUNT));
    }
}
