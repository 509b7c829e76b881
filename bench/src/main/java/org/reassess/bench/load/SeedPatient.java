package org.reassess.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reassess.engine.Engine;

/**
 * One invented patient of the seed: a name, a record number, and one or two evaluated case
 * revisions (every fourth patient has a follow-up, so the assessment page also shows what changed).
 */
record SeedPatient(int number, String name, String mrn, List<Evaluated> revisions) {

  private static final String[] GIVEN = {
    "Ada", "Ben", "Clara", "David", "Elif", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kaja",
    "Luis", "Maya", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Ugo", "Vera",
    "Wim", "Xenia", "Yusuf", "Zoe"
  };
  private static final String[] FAMILY = {
    "Adler", "Berg", "Costa", "Dahl", "Ekström", "Fischer", "García", "Hansen", "Ivanova",
    "Jensen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi",
    "Schmidt", "Tanaka", "Ulrich", "Vogel", "Weber", "Xu", "Yilmaz", "Zimmermann", "Brennan",
    "Castillo", "Doyle", "Ferreira", "Haddad", "Keller"
  };

  SeedPatient {
    revisions = List.copyOf(revisions);
  }

  static SeedPatient of(int n, Engine engine, SeedCases cases) {
    int count = n % 4 == 3 ? 2 : 1;
    List<Evaluated> revisions = new ArrayList<>(count);
    for (int r = 1; r <= count; r++) {
      revisions.add(Evaluated.of(engine, cases.caseOf(n, r)));
    }
    String name =
        GIVEN[n % GIVEN.length] + " " + FAMILY[(n / GIVEN.length) % FAMILY.length] + " " + n;
    return new SeedPatient(n, name, String.format(java.util.Locale.ROOT, "B%06d", n), revisions);
  }

  Evaluated latest() {
    return revisions.get(revisions.size() - 1);
  }

  /** Created some hours to two years before {@code now}, spread by the patient's number. */
  Instant createdAt(Instant now) {
    return now.minus(Duration.ofHours(2 + (number * 7919L) % (2 * 365 * 24)));
  }

  /** Revision {@code index} (0-based) was saved a few weeks after the previous one. */
  Instant revisionAt(Instant now, int index) {
    Instant at = createdAt(now).plus(Duration.ofDays(21L * index));
    return at.isAfter(now) ? now : at;
  }
}
