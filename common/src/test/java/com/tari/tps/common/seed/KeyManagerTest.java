package com.tari.tps.common.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.hex.Hex;
import com.tari.tps.common.keys.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * tari-project/tari-wallet src/key_management/key_derivation.rs, tests test_key_derivation_test_vectors_{empty,
 * simple,realistic,unicode}_branch ("generated from the reference Tari KeyManager implementation").
 */
class KeyManagerTest {
    static final byte[] ENTROPY = Hex.decode("69ccc5d42c8f57b2cf2851e0a77d1ee7");

    @ParameterizedTest(name = "branch ''{0}'' index {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ''              | 0   | 2b0f7d935bcf9f4f9c6c4e550c44146a3502a521fbc6e9829bb5a2831e352000 | 48b0f9604c5a23ecc3189fcb3869732ae01d0d14ebb3099640e9a662c549b319
        ''              | 1   | 9b359f7f3b56564c03a45f5abe1c9d1bb72dab7a71e5b665ffd8fc66a325ed05 | 36ab505d558a7c03d233c7992f9266e39176631248235d3c83dd0540e2cc3871
        ''              | 2   | 1e3fbd7065248d2a7eb6a850c9019fd0f21642a7b5d82d88e6aefdc6c9990f04 | a62cc704b5c15cf18d50b34ee643662fd99ad2266267b445e54a400ba50b3902
        ''              | 10  | f57bda036fa15f685edf75ddc29cc76436d4e812d0bb09019df1ba61f2975b0b | 6a369d19c856c7d6c0e729127d9101159f0239f5f98d9f9fa130c999eeada04f
        ''              | 255 | a01ad09a2202093979b58ae3af4e07bcf6776ea29d258d01fe40c1f853263100 | 30027590292a5ca454fe4b71c22ad7449540feff3e8c159e2a71c207e8260b48
        test            | 0   | e3780919a5babfe9d47dd68c6bba8d086681a07eb49c334589f63ebc0d682909 | 8847109d2cd6fe7475a38eca3219198430424e9a78be17e7c6fe4a12dbff5251
        test            | 1   | 3c66cc2bb9a20527583085d57d464c21dbb0aff2e44300c67f62957001b63402 | 6e40e9825dc229b7329f5361650fba0ba104190766aa1539137202bf16177737
        test            | 2   | a589c38be9d22e7fd9097dff0dfd8f4164b098d1a5e7970e74441738b15a8f00 | f45c406d073cf482ddb6dad772d565194e45d776c6379c3b8c4e332b1416e365
        test            | 10  | 165840066b2781b5a632b2b9e3f4d41677634f0a33b33e59cd01013263854205 | aeef00f776db94b0cf6945c1b7c73f3e0f5f08897ba5503188486847d3238377
        test            | 255 | 32ce9bca020826b0bbf654b37605f7ccd50fb66f287e96af45bf4eb8486c580a | 3e74d63504175268bf561048fa8e5574a02b987922db9fa3e962d7d1cb577f33
        wallet_spending | 0   | 66f713c1859cceb855bb49b5d1bcdd3a32f6e2163bc4fc4d1baeea39aea70508 | 6e2480e880f9ac6da87f7a9ef3144c93cba5cde7f0af0c114a875868d25f4772
        wallet_spending | 1   | 57342dec2029bde37211fec09df09bdffd9c6ce6334f94aff87a492240881a05 | 0afd8f41017656376321025669800e654996d58c951eba5e647692c75493dc5d
        wallet_spending | 2   | b02247769bfddec3f477224639b47174ff5bb7648442440f279aa38a496dbe0f | 280520414f67908f71700f098bba6e2fa6a54759760bd52cbc7f171813581f75
        wallet_spending | 10  | a810ea9be4b3dd60a6cb48e7778f4baf0ea9d4cf55377e27ef79a78cf90a1a01 | dab48a5757bfd0c7b273f3fef38bfa46dc113589528d4473bafd9597e06d146e
        wallet_spending | 255 | 8e2dfecde51c6c0d04376407ff1c43f2a4e0e9743f3a56f6117cb36f40fa6e0f | 443ee88f8f12adb64fe4f46b266276a8b9e62d9ec3f6215561ad08833a227d75
        🚀              | 0   | 93b94c4d9ad253f9821d8c5ebe1ca14c56f4d39acfece3e4579892850d136609 | d64901b0d5ae500b62dbe9125e1721653587a50e96dc0d144f2261293b169631
        🚀              | 1   | eea864243f056b3ff8d85eb2d6706db1aca24c4ace955f633c29f5f5c6b8b504 | d6ab8cf3ec96ff4c75bcb0d2d3ad0cfa81c625b095d0e4b7f74ea22c8f84394b
        🚀              | 2   | fb028f6fd1693393ed2d0f97dbe5cda550b2bbef179f72429ef189bd9862bb05 | 0c1f1a1fc7ab66cf5987081257e28341df4a874b0c8ca7b4302fd071dba88339
        🚀              | 10  | 0f59822217529e909bc2359ff07fc8939943b87d6ed8c4ee5daa7e76ab52070a | 5c3a6d4254b5810ae4dcdf1655f0e6d024809abcd5dff51f7cea2a0ba7d36b59
        🚀              | 255 | f51b698e5f493ee47b9048e6c26f216cae191248a80b3b5b9ee5a2eaa51e2605 | 369ce97a1cd22e1aea8038bc05223511e00ba093c9ef2069321d979fd03f1c49
        """)
    void matchesTariWalletVectors(String branch, long index, String secretHex, String publicHex) {
        SecretKey key = KeyManager.deriveKey(ENTROPY, branch == null ? "" : branch, index);

        assertThat(key.toHex()).isEqualTo(secretHex);
        assertThat(key.publicKey().toHex()).isEqualTo(publicHex);
    }

    @Test
    void seedAndRawEntropyAgree() {
        CipherSeed seed = CipherSeed.of(0, ENTROPY, new byte[5]);
        assertThat(KeyManager.deriveKey(seed, "test", 2)).isEqualTo(KeyManager.deriveKey(ENTROPY, "test", 2));
    }

    @Test
    void rejectsWrongEntropyLength() {
        assertThatThrownBy(() -> KeyManager.deriveKey(new byte[32], "comms", 0))
                .isInstanceOfSatisfying(SeedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SeedException.Reason.LENGTH));
    }
}
