package org.reassess.server.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves htmx from our own origin (strict CSP: {@code script-src 'self'}), read once from its
 * webjar. A route rather than a static folder: a webjar's folders are not always entries of its
 * jar.
 */
public final class Htmx {

  /** The htmx release bundled as a webjar (kept in step with the POM's htmx.version). */
  static final String VERSION = "2.0.8";

  static final String PATH = "/static/htmx/htmx.min.js";

  private final byte[] script;

  public Htmx() {
    String resource = "META-INF/resources/webjars/htmx.org/" + VERSION + "/dist/htmx.min.js";
    try (InputStream in = Htmx.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("htmx " + VERSION + " is not on the classpath");
      }
      script = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void register(RoutesConfig routes) {
    routes.get(
        PATH,
        ctx -> {
          ctx.contentType("text/javascript; charset=utf-8");
          ctx.header("Cache-Control", "max-age=86400");
          ctx.result(script);
        });
  }
}
