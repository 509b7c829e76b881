package org.reassess.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The precompiled jte templates of {@code src/main/jte} (compiled at build time; no template is
 * parsed while serving). Thread-safe.
 */
public final class Templates {

  /** The package the jte Maven plugin compiles the templates into (server/pom.xml). */
  static final String TEMPLATE_PACKAGE = "org.reassess.server.jte";

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), TEMPLATE_PACKAGE);

  private Templates() {}

  /** Renders {@code template} with named parameters. */
  public static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, params, out);
    return out.toString();
  }

  /** Renders into the response as HTML. */
  public static void page(Context ctx, String template, Map<String, Object> params) {
    ctx.html(render(template, params));
  }
}
