package org.reassess.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.server.auth.Accounts;
import org.reassess.server.auth.Principal;
import org.reassess.server.records.Outcomes;
import org.reassess.server.records.PatientRecords;

/**
 * The demo clinic: on a database with no patients, the example cases of {@code examples/} become
 * invented patients ({@code demo/patients.json}), each saved and evaluated through the same code as
 * a clinician's case, so a clinician can use the application at once. Not patient data.
 */
public final class DemoData {

  static final String CLINIC = "Demo clinic";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Jdbi jdbi;
  private final Accounts accounts;
  private final PatientRecords records;
  private final Outcomes outcomes;
  private final Clock clock;

  public DemoData(
      Jdbi jdbi, Accounts accounts, PatientRecords records, Outcomes outcomes, Clock clock) {
    this.jdbi = jdbi;
    this.accounts = accounts;
    this.records = records;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /** Adds the demo patients when there are no patients at all; returns how many were added. */
  public int addIfEmpty() {
    boolean empty =
        jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM patient").mapTo(Long.class).one())
            == 0;
    if (!empty) {
      return 0;
    }
    long clinicId =
        jdbi.inTransaction(
            h -> {
              Long first =
                  h.createQuery("SELECT MIN(id) FROM clinic")
                      .mapTo(Long.class)
                      .findOne()
                      .orElse(null);
              return first != null ? first : accounts.clinic(h, CLINIC);
            });
    String clinicName =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT name FROM clinic WHERE id = :id")
                    .bind("id", clinicId)
                    .mapTo(String.class)
                    .one());
    Principal system = Principal.system(clinicId, clinicName);
    JsonNode index = resource("demo/patients.json");
    int added = 0;
    for (JsonNode p : index.path("patients")) {
      long id = records.createPatient(system, p.path("name").asText(), p.path("mrn").asText());
      try {
        records.saveRevision(system, id, bytes("demo/cases/" + p.path("file").asText()), "demo");
      } catch (CaseValidationException e) {
        throw new IllegalStateException("demo case " + p.path("file").asText() + " is invalid", e);
      }
      for (JsonNode visit : p.path("visits")) {
        Map<String, String> values = new LinkedHashMap<>();
        visit
            .properties()
            .forEach(
                f -> {
                  if (!f.getKey().equals("daysAgo")) {
                    values.put(f.getKey(), f.getValue().asText());
                  }
                });
        String on = LocalDate.now(clock).minusDays(visit.path("daysAgo").asInt()).toString();
        outcomes.record(system, id, on, values);
      }
      added++;
    }
    return added;
  }

  private static JsonNode resource(String name) {
    try {
      return JSON.readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String name) {
    try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
