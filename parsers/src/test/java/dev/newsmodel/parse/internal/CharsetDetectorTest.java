package dev.newsmodel.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void acceptsWellFormedTextInEveryLength() {
    byte[] text = "a é € 𝄞 日本".getBytes(StandardCharsets.UTF_8);
    assertTrue(CharsetDetector.isValidUtf8(text, 0, text.length));
  }

  @Test
  void rejectsWhatTheStrictDecoderRejects() {
    int[][] bad = {
        {0xC0, 0xAF}, {0xC1, 0xBF}, // overlong two-byte
        {0xE0, 0x80, 0xAF}, // overlong three-byte
        {0xED, 0xA0, 0x80}, // surrogate
        {0xF0, 0x80, 0x80, 0xAF}, // overlong four-byte
        {0xF4, 0x90, 0x80, 0x80}, // above U+10FFFF
        {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0x80}, // never lead bytes
        {0x61, 0xE2, 0x82}, // cut off at the end
        {0xE2, 0x41, 0xAC}, // continuation missing
    };
    for (int[] b : bad) {
      byte[] input = bytes(b);
      assertFalse(jdkAccepts(input), Arrays.toString(b));
      assertFalse(CharsetDetector.isValidUtf8(input, 0, input.length), Arrays.toString(b));
    }
  }

  @Test
  void agreesWithTheJdkDecoderOnRandomBytes() {
    Random random = new Random(8);
    int valid = 0;
    for (int n = 0; n < 20_000; n++) {
      byte[] input;
      if (n % 2 == 0) {
        // Mostly real characters with a byte sometimes changed: near-valid input.
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
          sb.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x10FF7F));
        }
        input = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextBoolean() && input.length > 0) {
          input[random.nextInt(input.length)] = (byte) random.nextInt(256);
        }
      } else {
        input = new byte[random.nextInt(6)];
        for (int i = 0; i < input.length; i++) {
          input[i] = (byte) (0x80 + random.nextInt(0x80));
        }
      }
      boolean expected = jdkAccepts(input);
      valid += expected ? 1 : 0;
      assertEquals(expected, CharsetDetector.isValidUtf8(input, 0, input.length), () -> Arrays.toString(input));
    }
    assertTrue(valid > 1000 && valid < 19_000, "both outcomes are exercised: " + valid);
  }
}
