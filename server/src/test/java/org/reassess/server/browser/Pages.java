package org.reassess.server.browser;

import org.reassess.server.testing.TestServer;

/** Addresses of the demo clinic's records, looked up by the names in {@code demo/patients.json}. */
final class Pages {

  /** The demo patient whose case is cauda equina syndrome (examples/cauda-equina-red-flag.json). */
  static final String CAUDA_EQUINA = "Ben Okafor (demo)";

  /** A demo patient without a red flag (examples/demo-recurrent-l5s1.json). */
  static final String NO_RED_FLAG = "Carla Ruiz (demo)";

  /** A demo patient with follow-up visits, so with outcome charts (Dev Patel: not improving). */
  static final String WITH_OUTCOMES = "Dev Patel (demo)";

  /** A demo patient with an assessment and no visit recorded yet. */
  static final String WITHOUT_VISITS = "Grace Kim (demo)";

  /** Another demo patient with an assessment and no visit recorded yet. */
  static final String ALSO_WITHOUT_VISITS = "Hugo Martin (demo)";

  private Pages() {}

  static long patientId(TestServer server, String name) {
    return server
        .server()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM patient WHERE display_name = :n")
                    .bind("n", name)
                    .mapTo(Long.class)
                    .one());
  }

  static String patient(TestServer server, String name) {
    return "/patients/" + patientId(server, name);
  }

  /** The patient's latest assessment page. */
  static String latestAssessment(TestServer server, String name) {
    long patient = patientId(server, name);
    long assessment =
        server
            .server()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT MAX(id) FROM assessment WHERE patient_id = :p")
                        .bind("p", patient)
                        .mapTo(Long.class)
                        .one());
    return "/patients/" + patient + "/assessments/" + assessment;
  }
}
