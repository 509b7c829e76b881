package org.reassess.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reassess.server.db.Database;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestDatabases.Kind;

/** The sign-in throttle on both databases, across instances, restarts and its window. */
class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

  private static Clock at(Instant t) {
    return Clock.fixed(t, ZoneOffset.UTC);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void fiveFailuresForOneUsernameStopItEverywhereUntilTheWindowHasPassed(Kind kind) {
    TestDatabases.Target t = TestDatabases.fresh(kind);
    try (Database db = Database.open(t.url(), t.user(), t.password(), 2)) {
      LoginThrottle first = new LoginThrottle(db.jdbi(), at(T0));
      for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
        assertThat(first.allows("Dr.A", "10.0.0." + i)).isTrue();
        first.failed("Dr.A", "10.0.0." + i);
      }
      assertThat(first.allows("dr.a", "10.0.0.99")).as("usernames compare normalised").isFalse();
      assertThat(first.allows("dr.b", "10.0.0.1")).as("another username").isTrue();

      // another instance, or the same server after a restart, reads the same failures
      LoginThrottle second = new LoginThrottle(db.jdbi(), at(T0.plusSeconds(60)));
      assertThat(second.allows("dr.a", "10.0.0.1")).isFalse();

      LoginThrottle later =
          new LoginThrottle(db.jdbi(), at(T0.plus(LoginThrottle.WINDOW).plusSeconds(1)));
      assertThat(later.allows("dr.a", "10.0.0.1")).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void oneAddressTryingManyUsernamesIsStoppedAndASuccessForgivesOnlyItsUsername(Kind kind) {
    TestDatabases.Target t = TestDatabases.fresh(kind);
    try (Database db = Database.open(t.url(), t.user(), t.password(), 2)) {
      LoginThrottle throttle = new LoginThrottle(db.jdbi(), at(T0));
      for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
        assertThat(throttle.allows("user" + i, "192.0.2.7")).isTrue();
        throttle.failed("user" + i, "192.0.2.7");
      }
      assertThat(throttle.allows("someone-new", "192.0.2.7")).isFalse();
      assertThat(throttle.allows("someone-new", "192.0.2.8")).isTrue();

      for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
        throttle.failed("dr.c", "198.51.100." + i);
      }
      assertThat(throttle.allows("dr.c", "198.51.100.50")).isFalse();
      throttle.succeeded("dr.c");
      assertThat(throttle.allows("dr.c", "198.51.100.50")).isTrue();
      assertThat(throttle.allows("anyone", "192.0.2.7")).as("the address stays stopped").isFalse();

      Long stored =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT COUNT(*) FROM login_failure WHERE throttle_key LIKE '%dr.c%'"
                                  + " OR throttle_key LIKE '%192.0.2%'")
                          .mapTo(Long.class)
                          .one());
      assertThat(stored).as("only hashes are stored").isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void failuresOlderThanTheWindowAreDeleted(Kind kind) {
    TestDatabases.Target t = TestDatabases.fresh(kind);
    try (Database db = Database.open(t.url(), t.user(), t.password(), 2)) {
      new LoginThrottle(db.jdbi(), at(T0)).failed("dr.d", "203.0.113.1");
      new LoginThrottle(db.jdbi(), at(T0.plus(LoginThrottle.WINDOW).plusSeconds(5)))
          .failed("dr.e", "203.0.113.2");
      Long rows =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT COUNT(*) FROM login_failure").mapTo(Long.class).one());
      assertThat(rows).isEqualTo(2); // dr.e and its address; dr.d's two are gone
    }
  }
}
