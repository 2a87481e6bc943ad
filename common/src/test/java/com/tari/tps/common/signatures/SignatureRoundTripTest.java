package com.tari.tps.common.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.keys.SecretKey;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Memo and wallet signatures made with random keys verify, and every kind of tampering is caught. */
class SignatureRoundTripTest {

    @RepeatedTest(10)
    void memoSignatureRoundTripAndTampering() {
        SecretKey key = SecretKey.random();
        TariAddress address = TariAddress.single(Network.MAINNET, 3, key.publicKey());
        MemoSignature memo = MemoSignature.create(address, "order-77", key);
        MemoSignature parsed = MemoSignature.parse(memo.toJson()).orElseThrow();
        assertThat(parsed.isValid()).isTrue();
        // written with the hex or emoji address, it still signs the base58 form
        String hexForm = memo.toJson().replace(address.toBase58(), address.toHex());
        assertThat(MemoSignature.parse(hexForm).orElseThrow().isValid()).isTrue();

        assertThat(new MemoSignature(address, "order-78", memo.signature()).isValid()).as("other order").isFalse();
        TariAddress other = TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey());
        assertThat(new MemoSignature(other, "order-77", memo.signature()).isValid()).as("other key").isFalse();
        TariAddress otherNetwork = TariAddress.single(Network.NEXTNET, 3, key.publicKey());
        assertThat(new MemoSignature(otherNetwork, "order-77", memo.signature()).isValid()).as("address text differs").isFalse();
        byte[] message = MemoSignature.message(address, "order-77");
        assertThat(com.tari.tps.common.schnorr.Schnorr.verify(com.tari.tps.common.schnorr.SignatureDomain.WALLET,
                key.publicKey(), memo.signature(), message)).as("other domain").isFalse();
    }

    @RepeatedTest(10)
    void walletSignatureRoundTripAndTampering() {
        SecretKey key = SecretKey.random();
        TariAddress wallet = TariAddress.single(Network.MAINNET, 3, key.publicKey());
        TariAddress sender = TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey());
        NewPayment payment = new NewPayment(sender, MicroTari.of(2_500_000), "tx-1", "memo \"q\"", null);
        WalletSignature auth = WalletSignature.create(wallet, 1_725_000_000_000L, payment, key);
        assertThat(auth.isValid(payment)).isTrue();
        assertThat(auth.isValid(new NewPayment(sender, MicroTari.of(2_500_001), "tx-1", "memo \"q\"", null))).as("amount").isFalse();
        assertThat(auth.isValid(new NewPayment(sender, MicroTari.of(2_500_000), "tx-1", "memo \"q\"", "o1"))).as("order").isFalse();
        assertThat(new WalletSignature(wallet, auth.nonce() + 1, auth.signature()).isValid(payment)).as("nonce").isFalse();
        assertThat(auth.isValid(new TransactionConfirmation("tx-1"))).as("payload kind").isFalse();
    }

    @Test
    void signingForSomeoneElsesAddressIsRefused() {
        TariAddress address = TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey());
        assertThatThrownBy(() -> MemoSignature.create(address, "o", SecretKey.random()))
                .hasMessageContaining("does not belong");
    }

    @Test
    void malformedMemoJsonParsesToNothing() {
        assertThat(MemoSignature.parse("order #12345")).isEmpty();
        assertThat(MemoSignature.parse("{\"address\":\"nope\",\"order_id\":\"1\",\"signature\":\"00\"}")).isEmpty();
        assertThat(MemoSignature.parse("{\"order_id\":\"1\"}")).isEmpty();
        assertThat(MemoSignature.parse(null)).isEmpty();
    }
}
