package org.reassess.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed sign-ins within {@link #WINDOW} for
 * one username, or from one address, further attempts are refused until the window has passed. Kept
 * in memory: a restart forgives, which is acceptable for a limit measured in minutes. Thread-safe.
 */
public final class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  // bounds memory under a spray of distinct usernames or addresses
  private static final int MAX_KEYS = 100_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether a sign-in for {@code username} from {@code address} may be attempted now. */
  public boolean allows(String username, String address) {
    Instant now = Instant.now(clock);
    return recent(userKey(username), now) < MAX_FAILURES
        && recent(addressKey(address), now) < MAX_FAILURES * 4;
  }

  /** Counts a failed attempt. */
  public void failed(String username, String address) {
    if (failures.size() > MAX_KEYS) {
      failures.clear();
    }
    Instant now = Instant.now(clock);
    for (String key : new String[] {userKey(username), addressKey(address)}) {
      Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (times) {
        times.addLast(now);
      }
    }
  }

  /** Forgets the username's failures after a successful sign-in. */
  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private int recent(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
        times.removeFirst();
      }
      return times.size();
    }
  }

  private static String userKey(String username) {
    return "u:" + Accounts.normalise(username);
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
