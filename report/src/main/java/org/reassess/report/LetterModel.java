package org.reassess.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.PlanOption;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.WorkupSuggestion;

/**
 * What the patient letter says, read off one assessment and put into everyday words ({@link
 * PlainWords}) ready for {@code letter.jte}.
 *
 * <p>Nothing clinical is decided here: the causes, tests, options, red flags and how soon to get
 * help are all the assessment's. Their order is the assessment's too.
 *
 * @param urgentSentence how soon to get help, for an emergency, urgent or soon tier; empty for
 *     routine care
 * @param redFlags what each raised red flag means, in plain words, without repeats
 * @param suggestedNow recommended options to start now
 * @param suggestedIfNoBetter recommended options for when the pain does not get better
 * @param suggestedLater recommended options for later
 * @param toTalkAbout options the assessment says to consider
 */
public record LetterModel(
    String caseId,
    String assessmentDate,
    String disclaimer,
    String knowledgeBaseId,
    String knowledgeBaseVersion,
    String engineVersion,
    String urgentSentence,
    List<String> redFlags,
    List<String> likelyCauses,
    List<String> possibleCauses,
    List<String> tests,
    List<Choice> suggestedNow,
    List<Choice> suggestedIfNoBetter,
    List<Choice> suggestedLater,
    List<Choice> toTalkAbout,
    List<Expect> expectations) {

  public LetterModel {
    redFlags = List.copyOf(redFlags);
    likelyCauses = List.copyOf(likelyCauses);
    possibleCauses = List.copyOf(possibleCauses);
    tests = List.copyOf(tests);
    suggestedNow = List.copyOf(suggestedNow);
    suggestedIfNoBetter = List.copyOf(suggestedIfNoBetter);
    suggestedLater = List.copyOf(suggestedLater);
    toTalkAbout = List.copyOf(toTalkAbout);
    expectations = List.copyOf(expectations);
  }

  /** A treatment in plain words, and whether the patient has said no to it. */
  public record Choice(String name, boolean declined) {}

  /** What to expect from a treatment: its plain name and the first sentence of the evidence. */
  public record Expect(String name, String text) {}

  /** The prominent box: a red flag is raised. */
  public boolean redFlagRaised() {
    return !redFlags.isEmpty();
  }

  public boolean anySuggestion() {
    return !(suggestedNow.isEmpty()
        && suggestedIfNoBetter.isEmpty()
        && suggestedLater.isEmpty()
        && toTalkAbout.isEmpty());
  }

  private static final String NO_CASE_ID = "(no case id)";

  /** A sentence ends at a full stop, question or exclamation mark followed by a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

  public static LetterModel of(Assessment a) {
    Set<String> flags = new LinkedHashSet<>();
    for (Triage.RaisedRedFlag f : a.triage().redFlags()) {
      flags.add(PlainWords.redFlag(f.id()).orElse(ReportModel.text(f.name()) + "."));
    }
    List<String> likely = new ArrayList<>();
    List<String> possible = new ArrayList<>();
    for (CauseResult c : a.differential()) {
      String name = PlainWords.cause(c.cause(), ReportModel.text(c.name()));
      if (c.likelihood().equals("likely")) {
        likely.add(name);
      } else if (c.likelihood().equals("possible")) {
        possible.add(name);
      }
    }
    Set<String> tests = new LinkedHashSet<>();
    for (WorkupSuggestion w : a.workup()) {
      tests.add(PlainWords.test(w.test(), ReportModel.text(w.name())));
    }
    Map<String, List<Choice>> recommended = new LinkedHashMap<>();
    List<Choice> consider = new ArrayList<>();
    Map<String, String> optionNames = new LinkedHashMap<>();
    for (PlanOption o : a.plan().options()) {
      String name = PlainWords.option(o.option(), ReportModel.text(o.name()));
      optionNames.put(o.option(), name);
      Choice choice = new Choice(name, Boolean.TRUE.equals(o.declinedByPatient()));
      if (o.recommendation().equals("recommended")) {
        String stage = o.stage() == null ? "now" : o.stage();
        recommended.computeIfAbsent(stage, k -> new ArrayList<>()).add(choice);
      } else if (o.recommendation().equals("consider")) {
        consider.add(choice);
      }
    }
    List<Expect> expectations = new ArrayList<>();
    for (Assessment.Expectation e : a.expectations()) {
      if (e.option() == null) {
        // statements about the plan as a whole are written for clinicians (MCIDs, effect sizes);
        // the letter keeps to what each suggested treatment may do
        continue;
      }
      expectations.add(
          new Expect(
              capitalised(optionNames.getOrDefault(e.option(), ReportModel.text(e.option()))),
              ReportModel.text(e.plain() != null ? e.plain() : firstSentence(e.text()))));
    }
    return new LetterModel(
        a.caseId() == null ? NO_CASE_ID : ReportModel.text(a.caseId()),
        ReportModel.text(a.assessmentDate()),
        ReportModel.text(a.disclaimer()),
        ReportModel.text(a.knowledgeBase().id()),
        ReportModel.text(a.knowledgeBase().version()),
        ReportModel.text(a.engineVersion()),
        PlainWords.tier(a.triage().tier()).orElse(""),
        List.copyOf(flags),
        capitalisedAll(likely),
        capitalisedAll(possible),
        capitalisedAll(List.copyOf(tests)),
        capitalisedChoices(recommended.getOrDefault("now", List.of())),
        capitalisedChoices(recommended.getOrDefault("if_no_improvement", List.of())),
        capitalisedChoices(recommended.getOrDefault("later", List.of())),
        capitalisedChoices(consider),
        expectations);
  }

  /** The first sentence of a text; the whole text when it is one sentence. */
  static String firstSentence(String text) {
    return SENTENCE_END.split(text.strip(), 2)[0];
  }

  private static List<String> capitalisedAll(List<String> names) {
    return names.stream().map(LetterModel::capitalised).toList();
  }

  private static List<Choice> capitalisedChoices(List<Choice> choices) {
    return choices.stream().map(c -> new Choice(capitalised(c.name()), c.declined())).toList();
  }

  /** List items start with a capital; the plain names are written to sit inside a sentence. */
  static String capitalised(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
