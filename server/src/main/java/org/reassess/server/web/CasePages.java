package org.reassess.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reassess.engine.Engine;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.server.auth.Principal;
import org.reassess.server.form.CaseForm;
import org.reassess.server.form.FieldIssue;
import org.reassess.server.form.FormDraft;
import org.reassess.server.form.FormView;
import org.reassess.server.records.PatientRecords;
import org.reassess.server.records.PatientSummary;
import org.reassess.server.records.Revision;

/**
 * The guided re-assessment form: start from the draft, the latest revision or a blank case; check
 * it as it is typed (the same messages as {@code ./reassess validate}); keep a draft, valid or not;
 * save a valid case as a new revision and evaluate it.
 */
public final class CasePages {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PatientRecords records;
  private final Engine engine;
  private final Clock clock;

  public CasePages(PatientRecords records, Clock clock) {
    this.records = records;
    this.engine = records.engine();
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/patients/{pid}/case/edit", this::edit);
    routes.post("/patients/{pid}/case", this::save);
    routes.post("/patients/{pid}/case/draft", this::draft);
    routes.post("/patients/{pid}/case/validate", this::validate);
  }

  private void edit(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = Web.id(ctx, "pid");
    PatientSummary patient = records.patient(actor, pid);
    Optional<String> draft = records.draft(actor, pid);
    Map<String, List<String>> values;
    String origin;
    if (draft.isPresent()) {
      values = FormDraft.fromJson(draft.get()).values();
      origin = "your saved draft";
    } else {
      Optional<Revision> latest = records.latestRevision(actor, pid);
      values = latest.isPresent() ? fromRevision(latest.get(), today()) : CaseForm.blank(today());
      origin =
          latest.map(r -> "case revision " + r.revision() + ", dated today").orElse("a blank case");
    }
    // a draft may be invalid: show its problems at once, as it was left
    List<FieldIssue> issues =
        draft.isPresent() ? CaseForm.check(values, today()).issues() : List.of();
    render(ctx, patient, FormView.of(values, issues), origin, 200);
  }

  /** A stored revision as form values, re-dated to today: a re-assessment describes today. */
  private static Map<String, List<String>> fromRevision(Revision r, LocalDate today) {
    try {
      var json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(r.caseJson());
      json.put("assessmentDate", today.toString());
      return CaseForm.toForm(json).values();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a stored revision is always valid JSON", e);
    }
  }

  private void save(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = Web.id(ctx, "pid");
    PatientSummary patient = records.patient(actor, pid);
    Map<String, List<String>> form = ctx.formParamMap();
    if (form.containsKey(FormView.ADD_ROW)) {
      render(ctx, patient, FormView.of(form, List.of()), "the form", 200);
      return;
    }
    CaseForm.Checked checked = CaseForm.check(form, today());
    if (!checked.valid()) {
      // nothing typed is lost: an invalid case is kept as the draft
      records.saveDraft(actor, pid, new FormDraft(form).toJson());
      render(
          ctx,
          patient,
          FormView.of(form, checked.issues()),
          "the form (not saved as a case: correct the problems below; kept as a draft)",
          422);
      return;
    }
    try {
      PatientRecords.Saved saved =
          records.saveRevision(
              actor, pid, checked.json().toString().getBytes(StandardCharsets.UTF_8), "form");
      Web.redirectWithNotice(
          ctx,
          "/patients/" + pid + "/assessments/" + saved.assessmentId(),
          Notices.Key.REVISION_SAVED);
    } catch (CaseValidationException e) {
      throw new IllegalStateException("the form's check and the reader disagree", e);
    }
  }

  private void draft(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = Web.id(ctx, "pid");
    PatientSummary patient = records.patient(actor, pid);
    Map<String, List<String>> form = ctx.formParamMap();
    records.saveDraft(actor, pid, new FormDraft(form).toJson());
    if (form.containsKey(FormView.ADD_ROW)) {
      render(ctx, patient, FormView.of(form, List.of()), "your saved draft", 200);
      return;
    }
    Web.redirectWithNotice(ctx, "/patients/" + pid + "/case/edit", Notices.Key.DRAFT_SAVED);
  }

  private void validate(Context ctx) {
    Principal actor = Web.principal(ctx);
    records.patient(actor, Web.id(ctx, "pid"));
    CaseForm.Checked checked = CaseForm.check(ctx.formParamMap(), today());
    ctx.html(Templates.render("form/issues.jte", Map.of("issues", checked.issues())));
  }

  private void render(
      Context ctx, PatientSummary patient, FormView view, String origin, int status) {
    String base = "/patients/" + patient.id() + "/case";
    PageChrome page = Web.chrome(ctx, "Re-assessment — " + patient.displayName(), engine);
    ctx.status(status);
    Templates.page(
        ctx,
        "casePage.jte",
        Web.params(
            page,
            "patient",
            patient,
            "view",
            view,
            "origin",
            origin,
            "actionSave",
            base,
            "actionDraft",
            base + "/draft",
            "actionValidate",
            base + "/validate"));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
