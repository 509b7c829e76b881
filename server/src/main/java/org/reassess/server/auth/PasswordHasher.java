package org.reassess.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashing (BouncyCastle), stored in the PHC string format {@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash} so that the parameters can be raised later without
 * invalidating old hashes. The default cost is OWASP's minimum recommendation for Argon2id (19 MiB,
 * 2 iterations, 1 lane). Thread-safe.
 */
public final class PasswordHasher {

  /** Shortest password accepted (NIST SP 800-63B asks for at least 8; clinics share screens). */
  public static final int MINIMUM_LENGTH = 12;

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int memoryKib;
  private final int iterations;

  public PasswordHasher(int memoryKib, int iterations) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
  }

  /** The production cost. */
  public static PasswordHasher standard() {
    return new PasswordHasher(19_456, 2);
  }

  /** A new salted hash of {@code password}. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = argon2(password, salt, memoryKib, iterations, HASH_BYTES);
    return "$argon2id$v=19$m="
        + memoryKib
        + ",t="
        + iterations
        + ",p=1$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /** Whether {@code password} matches {@code stored}; false for a malformed stored value. */
  public boolean verify(String password, String stored) {
    String[] parts = stored.split("\\$", -1);
    // ["", "argon2id", "v=19", "m=…,t=…,p=1", salt, hash]
    if (parts.length != 6 || !parts[1].equals("argon2id")) {
      return false;
    }
    try {
      int memory = Integer.parseInt(parameter(parts[3], "m"));
      int time = Integer.parseInt(parameter(parts[3], "t"));
      byte[] salt = B64D.decode(parts[4]);
      byte[] expected = B64D.decode(parts[5]);
      byte[] actual = argon2(password, salt, memory, time, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String parameter(String parameters, String name) {
    for (String pair : parameters.split(",", -1)) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new IllegalArgumentException("missing " + name);
  }

  private static byte[] argon2(String password, byte[] salt, int memory, int time, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memory)
            .withIterations(time)
            .withParallelism(1)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
