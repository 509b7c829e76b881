package org.reassess.engine.kb.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.FixedIds;
import org.reassess.engine.casefile.CaseDocument.BlockTarget;
import org.reassess.engine.casefile.CaseDocument.Reflex;
import org.reassess.engine.casefile.Level;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.WireEnum;
import org.reassess.engine.features.FeatureCatalog;
import org.reassess.engine.features.FeatureParameters;
import org.reassess.engine.features.FeatureType;
import org.reassess.engine.kb.Burden;
import org.reassess.engine.kb.Cause;
import org.reassess.engine.kb.Citation;
import org.reassess.engine.kb.Condition;
import org.reassess.engine.kb.Contributor;
import org.reassess.engine.kb.Escalation;
import org.reassess.engine.kb.Evidence;
import org.reassess.engine.kb.ExpectationStatement;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.LikelihoodBands;
import org.reassess.engine.kb.Mcid;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.kb.OutcomePolicy;
import org.reassess.engine.kb.PlanPolicy;
import org.reassess.engine.kb.RedFlag;
import org.reassess.engine.kb.Rule;
import org.reassess.engine.kb.Tier;
import org.reassess.engine.kb.TreatmentOption;
import org.reassess.engine.kb.WorkupPolicy;
import org.reassess.engine.kb.WorkupTest;
import org.reassess.engine.kb.WorseningPolicy;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a knowledge base into its immutable model: parses YAML keeping positions, compiles and
 * type-checks every expression, checks every reference and citation, and fails with every problem
 * found. Parsing, compiling and checking are one pass so an author sees all problems at once.
 */
public final class KbLoader {

  private static final Set<String> CITATION_KEYS = Set.of("source", "locator");

  private final KbSource source;
  private final Issues issues = new Issues();
  private final Map<String, String> fileTexts = new TreeMap<>();
  private Map<String, String> sources = Map.of();

  private KbLoader(KbSource source) {
    this.source = source;
  }

  public static KnowledgeBase load(KbSource source) throws KnowledgeBaseException {
    return new KbLoader(source).loadAll();
  }

  private KnowledgeBase loadAll() throws KnowledgeBaseException {
    Optional<YamlObject> sourcesFile = file("sources.yaml");
    sources = sourcesFile.map(this::readSources).orElse(Map.of());
    YamlObject kb = file("kb.yaml").orElseGet(() -> missing("kb.yaml"));
    kb.rejectUnknown(Set.of("id", "version", "date", "likelihood", "workup", "plan", "disclaimer"));
    String id = kb.string("id");
    String version = kb.string("version");
    if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
      // a missing version is already reported as a missing key; only a written one can be wrong
      kb.node("version").ifPresent(n -> kb.problem(n, "version must be MAJOR.MINOR.PATCH"));
    }
    kb.string("date");
    String disclaimer = kb.string("disclaimer");
    LikelihoodBands bands = readBands(kb.requiredObject("likelihood"));
    WorkupPolicy workupPolicy = readWorkupPolicy(kb.requiredObject("workup"));
    YamlObject planYaml = kb.requiredObject("plan");
    planYaml.rejectUnknown(Set.of("reviewAfter", "evidence", "citations"));
    PlanPolicy planPolicy =
        new PlanPolicy(planYaml.string("reviewAfter"), rule("kb.yaml#plan", planYaml));
    FeatureParameters parameters =
        file("parameters.yaml").map(this::readParameters).orElseGet(this::missingParameters);

    List<RedFlag> redFlags = entries("red-flags", FixedIds.RED_FLAGS, this::readRedFlag);
    List<Escalation> escalations = file("triage.yaml").map(this::readEscalations).orElse(List.of());
    List<Cause> causes = entries("causes", FixedIds.CAUSES, this::readCause);
    List<Contributor> contributors =
        entries("contributors", FixedIds.CONTRIBUTORS, this::readContributor);
    List<WorkupTest> tests = entries("tests", FixedIds.TESTS, this::readTest);
    List<TreatmentOption> options = entries("options", FixedIds.OPTIONS, this::readOption);
    List<ExpectationStatement> planExpectations =
        file("expectations.yaml").map(this::readPlanExpectations).orElse(List.of());
    // optional: a knowledge base without outcome measures still assesses cases
    Measures measures = file("measures.yaml").map(this::readMeasures).orElse(Measures.NONE);

    if (!issues.isEmpty()) {
      throw new KnowledgeBaseException(issues.sorted());
    }
    return new KnowledgeBase(
        id,
        version,
        contentHash(),
        disclaimer,
        bands,
        workupPolicy,
        planPolicy,
        parameters,
        sources,
        redFlags,
        escalations,
        causes,
        contributors,
        tests,
        options,
        planExpectations,
        measures.measures(),
        measures.policy());
  }

  // ------------------------------------------------------------------ files

  private Optional<YamlObject> file(String path) {
    Optional<String> text = source.read(path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    fileTexts.put(path, text.get());
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      root = new Yaml(options).compose(new java.io.StringReader(text.get()));
    } catch (MarkedYAMLException e) {
      issues.at(
          path,
          e.getProblemMark().getLine() + 1,
          e.getProblemMark().getColumn() + 1,
          "not valid YAML: " + e.getProblem());
      return Optional.empty();
    } catch (YAMLException e) {
      issues.at(path, 1, 1, "not valid YAML: " + e.getMessage());
      return Optional.empty();
    }
    if (root == null) {
      issues.at(path, 1, 1, "empty file");
      return Optional.empty();
    }
    return Optional.of(new YamlObject(path, text.get().lines().toList(), root, issues));
  }

  /**
   * A stand-in for a required file that is absent or unreadable, so the other files are still
   * checked; an unreadable one has already been reported with its own problem.
   */
  private YamlObject missing(String path) {
    if (source.read(path).isEmpty()) {
      issues.at(path, 1, 1, "required file is missing");
    }
    return new YamlObject(
        path, List.of(), YamlObject.emptyMapping(YamlObject.startOf(path)), new Issues());
  }

  /** Reads {@code folder/<id>.yaml} for every fixed id, and reports files that are no fixed id. */
  private <T> List<T> entries(
      String folder,
      List<String> fixedIds,
      java.util.function.BiFunction<String, YamlObject, T> read) {
    for (String listed : source.list(folder)) {
      String id = listed.substring(folder.length() + 1).replaceFirst("\\.ya?ml$", "");
      if (!fixedIds.contains(id)) {
        issues.at(listed, 1, 1, "\"" + id + "\" is not a fixed identifier of " + folder);
      }
    }
    List<T> out = new ArrayList<>();
    for (String id : fixedIds) {
      String path = folder + "/" + id + ".yaml";
      Optional<YamlObject> entry = file(path);
      if (entry.isEmpty()) {
        if (source.read(path).isEmpty()) {
          issues.at(path, 1, 1, "missing entry for fixed identifier \"" + id + "\"");
        }
        continue;
      }
      YamlObject yaml = entry.get();
      String declared = yaml.string("id");
      if (!declared.isEmpty() && !declared.equals(id)) {
        yaml.problem(
            yaml.node("id").orElseThrow(),
            "id \"" + declared + "\" must equal the file name \"" + id + "\"");
      }
      out.add(read.apply(path, yaml));
    }
    return out;
  }

  private String contentHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> e : fileTexts.entrySet()) {
        sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  // ------------------------------------------------------------------ shared pieces

  private Map<String, String> readSources(YamlObject file) {
    file.rejectUnknown(Set.of("sources"));
    Map<String, String> out = new LinkedHashMap<>();
    file.object("sources")
        .ifPresent(
            s ->
                s.entries()
                    .forEach(
                        (key, value) ->
                            out.put(key, value instanceof ScalarNode sn ? sn.getValue() : key)));
    return out;
  }

  private Rule rule(String ref, YamlObject yaml) {
    Evidence evidence = enumValue(yaml, "evidence", Evidence.class).orElse(Evidence.CONVENTION);
    List<Citation> citations = new ArrayList<>();
    for (YamlObject c : yaml.objects("citations")) {
      c.rejectUnknown(CITATION_KEYS);
      String key = c.string("source");
      String locator = c.string("locator");
      if (!key.isEmpty() && !sources.containsKey(key)) {
        c.problem(
            c.node("source").orElseThrow(), "unknown source \"" + key + "\" (not in sources.yaml)");
      }
      citations.add(new Citation(key, locator));
    }
    if (citations.isEmpty()) {
      yaml.problem("no citations: every statement needs at least one source");
    }
    return new Rule(ref, evidence, citations, yaml.location());
  }

  private <E extends Enum<E> & WireEnum> Optional<E> enumValue(
      YamlObject yaml, String key, Class<E> type) {
    Optional<String> raw = yaml.optionalString(key);
    if (raw.isEmpty()) {
      if (!yaml.has(key)) {
        yaml.problem("missing required key \"" + key + "\"");
      }
      return Optional.empty();
    }
    Optional<E> value = WireEnum.parse(type, raw.get());
    if (value.isEmpty()) {
      yaml.problem(
          yaml.node(key).orElseThrow(),
          "\"" + raw.get() + "\" is not one of " + WireEnum.spellings(type));
    }
    return value;
  }

  private @Nullable Condition condition(YamlObject yaml, String key) {
    ScalarNode node = yaml.scalar(key);
    return node == null ? null : Expressions.compile(yaml, node, issues);
  }

  private List<String> testIds(YamlObject yaml, String key) {
    List<String> out = new ArrayList<>();
    for (ScalarNode node : yaml.scalars(key)) {
      if (!FixedIds.TESTS.contains(node.getValue())) {
        yaml.problem(node, "\"" + node.getValue() + "\" is not a work-up test of the fixed list");
      }
      out.add(node.getValue());
    }
    return out;
  }

  private List<String> optionIds(YamlObject yaml, String key) {
    List<String> out = new ArrayList<>();
    for (ScalarNode node : yaml.scalars(key)) {
      if (!FixedIds.OPTIONS.contains(node.getValue())) {
        yaml.problem(
            node, "\"" + node.getValue() + "\" is not a treatment option of the fixed list");
      }
      out.add(node.getValue());
    }
    return out;
  }

  private static final Condition NEVER =
      new Condition() {
        @Override
        public String expression() {
          return "false";
        }

        @Override
        public org.reassess.engine.kb.SourceLocation location() {
          return new org.reassess.engine.kb.SourceLocation("(invalid)", 0, 0);
        }

        @Override
        public List<String> features() {
          return List.of();
        }

        @Override
        public org.reassess.engine.kb.Truth evaluate(org.reassess.engine.features.Features f) {
          return org.reassess.engine.kb.Truth.FALSE;
        }
      };

  /** A condition that failed to compile; the load fails anyway, this only keeps reading going. */
  private static Condition orNever(@Nullable Condition c) {
    return c == null ? NEVER : c;
  }

  // ------------------------------------------------------------------ kb.yaml, parameters

  private LikelihoodBands readBands(YamlObject yaml) {
    yaml.rejectUnknown(Set.of("likely", "possible", "evidence", "citations"));
    double likely = yaml.number("likely", 0.5, true);
    double possible = yaml.number("possible", 0.15, true);
    if (!(0 < possible && possible < likely && likely < 1)) {
      yaml.problem("bands must satisfy 0 < possible < likely < 1");
    }
    return new LikelihoodBands(likely, possible, rule("kb.yaml#likelihood", yaml));
  }

  private WorkupPolicy readWorkupPolicy(YamlObject yaml) {
    yaml.rejectUnknown(
        Set.of(
            "burdenDivisor",
            "minimumValue",
            "maximumSuggestions",
            "emergencyRedFlagTestsOnly",
            "evidence",
            "citations"));
    Map<Burden, Double> divisors = new EnumMap<>(Burden.class);
    YamlObject divisorYaml = yaml.requiredObject("burdenDivisor");
    divisorYaml.rejectUnknown(Set.copyOf(WireEnum.spellings(Burden.class)));
    for (Burden burden : Burden.values()) {
      double divisor = divisorYaml.number(burden.wire(), 1, true);
      if (!(divisor > 0)) {
        divisorYaml.problem("burden divisors must be positive");
      }
      divisors.put(burden, divisor);
    }
    double minimum = yaml.number("minimumValue", 0.15, true);
    int maximum = (int) yaml.number("maximumSuggestions", 8, true);
    if (maximum < 1) {
      yaml.problem("maximumSuggestions must be at least 1");
    }
    boolean emergencyOnly =
        yaml.optionalString("emergencyRedFlagTestsOnly").map(Boolean::parseBoolean).orElse(false);
    return new WorkupPolicy(
        divisors, minimum, maximum, emergencyOnly, rule("kb.yaml#workup", yaml));
  }

  private FeatureParameters missingParameters() {
    if (source.read("parameters.yaml").isEmpty()) {
      issues.at("parameters.yaml", 1, 1, "required file is missing");
    }
    return new FeatureParameters(6, 3, 3, 15, Map.of(), Map.of(), Map.of());
  }

  private FeatureParameters readParameters(YamlObject yaml) {
    yaml.rejectUnknown(
        Set.of(
            "recurrenceLandmarkMonths",
            "neuropathicMinDescriptors",
            "instabilityTranslationMm",
            "instabilityAngulationDeg",
            "blockThresholdPercent",
            "levelRoots",
            "reflexRoots"));
    double landmark = valueParameter(yaml, "recurrenceLandmarkMonths");
    double descriptors = valueParameter(yaml, "neuropathicMinDescriptors");
    double translation = valueParameter(yaml, "instabilityTranslationMm");
    double angulation = valueParameter(yaml, "instabilityAngulationDeg");

    Map<BlockTarget, Integer> blocks = new EnumMap<>(BlockTarget.class);
    YamlObject blockYaml = yaml.requiredObject("blockThresholdPercent");
    rule("parameters.yaml#blockThresholdPercent", blockYaml);
    for (BlockTarget target : BlockTarget.values()) {
      blockYaml
          .object(target.wire())
          .ifPresentOrElse(
              t -> {
                t.rejectUnknown(Set.of("value", "evidence", "citations"));
                blocks.put(target, (int) t.number("value", 50, true));
                rule("parameters.yaml#blockThresholdPercent." + target.wire(), t);
              },
              () -> blockYaml.problem("no threshold for block target " + target.wire()));
    }
    for (String key : blockYaml.entries().keySet()) {
      if (!Set.of("evidence", "citations").contains(key)
          && WireEnum.parse(BlockTarget.class, key).isEmpty()) {
        blockYaml.problem(blockYaml.entries().get(key), "unknown block target \"" + key + "\"");
      }
    }

    Map<Level, FeatureParameters.LevelRoots> levels = new EnumMap<>(Level.class);
    YamlObject levelYaml = yaml.requiredObject("levelRoots");
    rule("parameters.yaml#levelRoots", levelYaml);
    for (Level level : Level.values()) {
      levelYaml
          .object(level.wire())
          .ifPresentOrElse(
              l -> {
                l.rejectUnknown(Set.of("exiting", "traversing"));
                Optional<Root> exiting = enumValue(l, "exiting", Root.class);
                Optional<Root> traversing = enumValue(l, "traversing", Root.class);
                if (exiting.isPresent() && traversing.isPresent()) {
                  levels.put(
                      level, new FeatureParameters.LevelRoots(exiting.get(), traversing.get()));
                }
              },
              () -> levelYaml.problem("no roots for level " + level.wire()));
    }

    Map<Reflex, Root> reflexes = new EnumMap<>(Reflex.class);
    YamlObject reflexYaml = yaml.requiredObject("reflexRoots");
    rule("parameters.yaml#reflexRoots", reflexYaml);
    for (Reflex reflex : Reflex.values()) {
      reflexYaml
          .optionalString(reflex.wire())
          .ifPresentOrElse(
              raw ->
                  WireEnum.parse(Root.class, raw)
                      .ifPresentOrElse(
                          root -> reflexes.put(reflex, root),
                          () -> reflexYaml.problem("\"" + raw + "\" is not a root")),
              () -> reflexYaml.problem("no root for reflex " + reflex.wire()));
    }
    return new FeatureParameters(
        landmark, (int) descriptors, translation, angulation, blocks, levels, reflexes);
  }

  private double valueParameter(YamlObject yaml, String key) {
    YamlObject p = yaml.requiredObject(key);
    p.rejectUnknown(Set.of("value", "evidence", "citations"));
    rule("parameters.yaml#" + key, p);
    return p.number("value", 0, true);
  }

  // ------------------------------------------------------------------ entries

  private RedFlag readRedFlag(String path, YamlObject yaml) {
    yaml.rejectUnknown(
        Set.of("id", "name", "action", "evidence", "citations", "workup", "options", "triggers"));
    String id = yaml.string("id");
    List<RedFlag.Trigger> triggers = new ArrayList<>();
    for (YamlObject t : yaml.objects("triggers")) {
      t.rejectUnknown(Set.of("id", "when", "tier", "why", "evidence", "citations"));
      String triggerId = t.string("id");
      triggers.add(
          new RedFlag.Trigger(
              triggerId,
              orNever(condition(t, "when")),
              enumValue(t, "tier", Tier.class).orElse(Tier.ROUTINE),
              t.string("why"),
              rule(path + "#" + triggerId, t)));
    }
    if (triggers.isEmpty()) {
      yaml.problem("a red flag needs at least one trigger");
    }
    return new RedFlag(
        id,
        yaml.string("name"),
        yaml.string("action"),
        rule(path, yaml),
        testIds(yaml, "workup"),
        optionIds(yaml, "options"),
        triggers);
  }

  private List<Escalation> readEscalations(YamlObject yaml) {
    yaml.rejectUnknown(Set.of("escalations"));
    List<Escalation> out = new ArrayList<>();
    for (YamlObject e : yaml.objects("escalations")) {
      e.rejectUnknown(Set.of("id", "when", "tier", "why", "evidence", "citations"));
      String id = e.string("id");
      out.add(
          new Escalation(
              id,
              orNever(condition(e, "when")),
              enumValue(e, "tier", Tier.class).orElse(Tier.ROUTINE),
              e.string("why"),
              rule("triage.yaml#" + id, e)));
    }
    return out;
  }

  private Cause readCause(String path, YamlObject yaml) {
    yaml.rejectUnknown(Set.of("id", "name", "prior", "findings", "beforeActing"));
    YamlObject priorYaml = yaml.requiredObject("prior");
    priorYaml.rejectUnknown(Set.of("probability", "evidence", "citations", "adjustments"));
    double probability = priorYaml.number("probability", 0.05, true);
    if (!(probability > 0 && probability < 1)) {
      priorYaml.problem("prior probability must be between 0 and 1 (exclusive)");
    }
    List<Cause.Adjustment> adjustments = new ArrayList<>();
    int n = 0;
    for (YamlObject a : priorYaml.objects("adjustments")) {
      a.rejectUnknown(Set.of("when", "factor", "why", "evidence", "citations"));
      double factor = a.number("factor", 1, true);
      if (!(factor > 0)) {
        a.problem("factor must be positive");
      }
      adjustments.add(
          new Cause.Adjustment(
              orNever(condition(a, "when")),
              factor,
              a.string("why"),
              rule(path + "#prior.adjustments." + n++, a)));
    }
    Cause.Prior prior = new Cause.Prior(probability, rule(path + "#prior", priorYaml), adjustments);

    List<Cause.Finding> findings = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (YamlObject f : yaml.objects("findings")) {
      f.rejectUnknown(
          Set.of(
              "id", "label", "when", "lrPositive", "lrNegative", "tests", "evidence", "citations"));
      String findingId = f.string("id");
      if (!seen.add(findingId)) {
        f.problem("duplicate finding id \"" + findingId + "\"");
      }
      double lrPositive = f.number("lrPositive", 1, true);
      double lrNegative = f.number("lrNegative", 1, false);
      if (!(lrPositive > 0 && lrNegative > 0)) {
        f.problem("likelihood ratios must be positive");
      }
      findings.add(
          new Cause.Finding(
              findingId,
              f.string("label"),
              orNever(condition(f, "when")),
              lrPositive,
              lrNegative,
              testIds(f, "tests"),
              rule(path + "#" + findingId, f)));
    }
    if (findings.isEmpty()) {
      yaml.problem("a cause needs findings");
    }
    Optional<Cause.BeforeActing> beforeActing =
        yaml.object("beforeActing")
            .map(
                b -> {
                  b.rejectUnknown(Set.of("tests", "why", "evidence", "citations"));
                  List<String> tests = testIds(b, "tests");
                  if (tests.isEmpty()) {
                    b.problem("beforeActing needs at least one test");
                  }
                  return new Cause.BeforeActing(
                      tests, b.string("why"), rule(path + "#beforeActing", b));
                });
    return new Cause(yaml.string("id"), yaml.string("name"), prior, findings, beforeActing);
  }

  private Contributor readContributor(String path, YamlObject yaml) {
    yaml.rejectUnknown(Set.of("id", "name", "when", "why", "tests", "evidence", "citations"));
    return new Contributor(
        yaml.string("id"),
        yaml.string("name"),
        orNever(condition(yaml, "when")),
        yaml.string("why"),
        testIds(yaml, "tests"),
        rule(path, yaml));
  }

  private WorkupTest readTest(String path, YamlObject yaml) {
    yaml.rejectUnknown(
        Set.of("id", "name", "burden", "alreadyDone", "screen", "why", "evidence", "citations"));
    Optional<WorkupTest.Screen> screen =
        yaml.object("screen")
            .map(
                sc -> {
                  sc.rejectUnknown(Set.of("when", "why"));
                  return new WorkupTest.Screen(orNever(condition(sc, "when")), sc.string("why"));
                });
    return new WorkupTest(
        yaml.string("id"),
        yaml.string("name"),
        enumValue(yaml, "burden", Burden.class).orElse(Burden.MODERATE),
        orNever(condition(yaml, "alreadyDone")),
        screen,
        yaml.string("why"),
        rule(path, yaml));
  }

  private TreatmentOption readOption(String path, YamlObject yaml) {
    yaml.rejectUnknown(
        Set.of(
            "id",
            "name",
            "category",
            "invasiveness",
            "stage",
            "evidence",
            "citations",
            "indications",
            "prerequisites",
            "cautions",
            "contraindications",
            "outcome"));
    String id = yaml.string("id");
    String category = yaml.string("category");
    String fixed = FixedIds.OPTION_CATEGORIES.get(id);
    if (fixed != null && !fixed.equals(category)) {
      yaml.problem(
          yaml.node("category").orElseThrow(),
          "the category of " + id + " is \"" + fixed + "\" (assessment-format.md)");
    }
    int invasiveness = (int) yaml.number("invasiveness", 5, true);
    if (invasiveness < 1 || invasiveness > 9) {
      yaml.problem("invasiveness must be 1 to 9");
    }
    TreatmentOption.Stage stage =
        enumValue(yaml, "stage", TreatmentOption.Stage.class).orElse(TreatmentOption.Stage.NOW);

    List<TreatmentOption.Indication> indications = new ArrayList<>();
    int n = 0;
    for (YamlObject i : yaml.objects("indications")) {
      i.rejectUnknown(Set.of("cause", "likelihood", "when", "why", "evidence", "citations"));
      Optional<String> cause = i.optionalString("cause");
      cause.ifPresent(
          c -> {
            if (!FixedIds.CAUSES.contains(c)) {
              i.problem(
                  i.node("cause").orElseThrow(), "\"" + c + "\" is not a cause of the fixed list");
            }
          });
      String likelihood = i.optionalString("likelihood").orElse("likely");
      if (!likelihood.equals("likely") && !likelihood.equals("possible")) {
        i.problem("likelihood must be likely or possible");
      }
      Optional<Condition> when =
          i.has("when") ? Optional.of(orNever(condition(i, "when"))) : Optional.empty();
      if (cause.isPresent() == when.isPresent()) {
        i.problem("an indication names either a cause or a condition (when), not both or neither");
      }
      indications.add(
          new TreatmentOption.Indication(
              cause, likelihood, when, i.string("why"), rule(path + "#indications." + n++, i)));
    }
    if (indications.isEmpty()) {
      yaml.problem("an option needs at least one indication");
    }
    List<TreatmentOption.Prerequisite> prerequisites = new ArrayList<>();
    for (YamlObject p : yaml.objects("prerequisites")) {
      p.rejectUnknown(Set.of("id", "when", "missing", "tests", "evidence", "citations"));
      String pid = p.string("id");
      prerequisites.add(
          new TreatmentOption.Prerequisite(
              pid,
              orNever(condition(p, "when")),
              p.string("missing"),
              testIds(p, "tests"),
              rule(path + "#" + pid, p)));
    }
    List<TreatmentOption.Guard> cautions = guards(path, yaml, "cautions");
    List<TreatmentOption.Guard> contraindications = guards(path, yaml, "contraindications");
    Optional<TreatmentOption.Outcome> outcome =
        yaml.object("outcome")
            .map(
                o -> {
                  o.rejectUnknown(Set.of("text", "leg", "back", "plain", "evidence", "citations"));
                  return new TreatmentOption.Outcome(
                      o.string("text"),
                      o.optionalString("leg"),
                      o.optionalString("back"),
                      o.optionalString("plain"),
                      rule(path + "#outcome", o));
                });
    return new TreatmentOption(
        id,
        yaml.string("name"),
        category,
        invasiveness,
        stage,
        indications,
        prerequisites,
        cautions,
        contraindications,
        outcome,
        rule(path, yaml));
  }

  private List<TreatmentOption.Guard> guards(String path, YamlObject yaml, String key) {
    List<TreatmentOption.Guard> out = new ArrayList<>();
    for (YamlObject g : yaml.objects(key)) {
      g.rejectUnknown(Set.of("id", "when", "why", "evidence", "citations"));
      String gid = g.string("id");
      out.add(
          new TreatmentOption.Guard(
              gid, orNever(condition(g, "when")), g.string("why"), rule(path + "#" + gid, g)));
    }
    return out;
  }

  private List<ExpectationStatement> readPlanExpectations(YamlObject yaml) {
    yaml.rejectUnknown(Set.of("statements"));
    List<ExpectationStatement> out = new ArrayList<>();
    for (YamlObject e : yaml.objects("statements")) {
      e.rejectUnknown(Set.of("id", "when", "text", "leg", "back", "evidence", "citations"));
      String id = e.string("id");
      out.add(
          new ExpectationStatement(
              id,
              orNever(condition(e, "when")),
              e.string("text"),
              e.optionalString("leg"),
              e.optionalString("back"),
              rule("expectations.yaml#" + id, e)));
    }
    return out;
  }

  // ------------------------------------------------------------------ measures.yaml

  /** What {@code measures.yaml} holds; {@link #NONE} when the file is absent. */
  private record Measures(List<OutcomeMeasure> measures, Optional<OutcomePolicy> policy) {
    static final Measures NONE = new Measures(List.of(), Optional.empty());
  }

  private Measures readMeasures(YamlObject yaml) {
    yaml.rejectUnknown(Set.of("measures", "improvement", "worsening"));
    // read first: every MCID carries it
    WorseningPolicy worsening = readWorsening(yaml.requiredObject("worsening"));
    List<OutcomeMeasure> measures = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (YamlObject m : yaml.objects("measures")) {
      OutcomeMeasure measure = readMeasure(m, worsening);
      if (!measure.id().isEmpty() && !seen.add(measure.id())) {
        m.problem(m.node("id").orElseThrow(), "duplicate measure id \"" + measure.id() + "\"");
      }
      measures.add(measure);
    }
    if (measures.isEmpty()) {
      yaml.problem("measures.yaml needs at least one measure");
    }
    YamlObject policyYaml = yaml.requiredObject("improvement");
    policyYaml.rejectUnknown(Set.of("primary", "evidence", "citations"));
    List<String> primary = new ArrayList<>();
    for (ScalarNode node : policyYaml.scalars("primary")) {
      String id = node.getValue();
      Optional<OutcomeMeasure> measure =
          measures.stream().filter(x -> x.id().equals(id)).findFirst();
      if (measure.isEmpty()) {
        policyYaml.problem(node, "\"" + id + "\" is not a measure of measures.yaml");
      } else if (measure.get().mcid().isEmpty()) {
        policyYaml.problem(
            node, "primary measure \"" + id + "\" has no MCID: it could never decide improvement");
      }
      primary.add(id);
    }
    if (primary.isEmpty() && policyYaml.has("primary")) {
      policyYaml.problem("improvement needs at least one primary measure");
    } else if (!policyYaml.has("primary")) {
      policyYaml.problem("missing required key \"primary\"");
    }
    return new Measures(
        measures,
        Optional.of(
            new OutcomePolicy(primary, rule("measures.yaml#improvement", policyYaml), worsening)));
  }

  /**
   * How a worsening is judged. Required, so that the reading of an MCID in the unfavourable
   * direction is always a cited choice of the knowledge base, never a default of the code.
   */
  private WorseningPolicy readWorsening(YamlObject yaml) {
    yaml.rejectUnknown(Set.of("threshold", "evidence", "citations"));
    Optional<String> raw = yaml.optionalString("threshold");
    Optional<Mcid.Threshold> threshold = raw.flatMap(t -> WireEnum.parse(Mcid.Threshold.class, t));
    if (!yaml.has("threshold")) {
      yaml.problem(
          "missing required key \"threshold\" (smaller: either of the MCID's changes is enough;"
              + " larger: both must be reached; absolute: the absolute change alone)");
    } else if (raw.isPresent() && threshold.isEmpty()) {
      // (a threshold that is not a single value has been reported as such already)
      yaml.problem(
          yaml.node("threshold").orElseThrow(),
          "\""
              + raw.get()
              + "\" is not a worsening threshold: write smaller (either of the MCID's changes is"
              + " enough), larger (both must be reached) or absolute (the absolute change alone)");
    }
    // a missing or unknown threshold fails the load; the stand-in only lets reading go on
    return new WorseningPolicy(
        threshold.orElse(Mcid.Threshold.LARGER), rule("measures.yaml#worsening", yaml));
  }

  private OutcomeMeasure readMeasure(YamlObject m, WorseningPolicy worsening) {
    m.rejectUnknown(
        Set.of(
            "id",
            "label",
            "plainLabel",
            "unit",
            "min",
            "max",
            "betterWhen",
            "mcid",
            "note",
            "evidence",
            "citations"));
    String id = m.string("id");
    boolean numeric =
        FeatureCatalog.byName(id)
            .map(f -> f.type() == FeatureType.INT || f.type() == FeatureType.DOUBLE)
            .orElse(false);
    if (!id.isEmpty() && !numeric) {
      m.problem(
          m.node("id").orElseThrow(),
          "\"" + id + "\" is not a numeric field of the case (shared/spec/case-format.md)");
    }
    OptionalDouble min = nullableNumber(m, "min");
    OptionalDouble max = nullableNumber(m, "max");
    if (min.isPresent() && max.isPresent() && !(min.getAsDouble() < max.getAsDouble())) {
      m.problem("min must be below max");
    }
    OutcomeMeasure.BetterWhen betterWhen =
        enumValue(m, "betterWhen", OutcomeMeasure.BetterWhen.class)
            .orElse(OutcomeMeasure.BetterWhen.LOWER);
    String ref = "measures.yaml#" + id;
    return new OutcomeMeasure(
        id,
        m.string("label"),
        m.string("plainLabel"),
        m.string("unit"),
        min,
        max,
        betterWhen,
        readMcid(m, ref, worsening),
        m.optionalString("note"),
        rule(ref, m));
  }

  /**
   * The measure's MCID. The key is required, so that a forgotten MCID is not read as "the reference
   * gives none": {@code mcid: null} says that explicitly.
   */
  private Optional<Mcid> readMcid(YamlObject m, String ref, WorseningPolicy worsening) {
    Optional<Node> node = m.node("mcid");
    if (node.isEmpty()) {
      m.problem("missing required key \"mcid\" (write mcid: null when the reference gives none)");
      return Optional.empty();
    }
    if (isNull(node.get())) {
      return Optional.empty();
    }
    YamlObject yaml = m.requiredObject("mcid");
    yaml.rejectUnknown(Set.of("absolute", "percentOfBaseline", "evidence", "citations"));
    OptionalDouble absolute = positiveNumber(yaml, "absolute");
    OptionalDouble percent = positiveNumber(yaml, "percentOfBaseline");
    if (percent.isPresent() && percent.getAsDouble() > 100) {
      yaml.problem(
          yaml.node("percentOfBaseline").orElseThrow(), "percentOfBaseline is at most 100");
    }
    Rule rule = rule(ref + ".mcid", yaml);
    if (absolute.isEmpty() && percent.isEmpty()) {
      if (!yaml.has("absolute") && !yaml.has("percentOfBaseline")) {
        yaml.problem("an MCID needs absolute, percentOfBaseline or both");
      }
      return Optional.empty();
    }
    return Optional.of(new Mcid(absolute, percent, rule, worsening));
  }

  /** An optional positive number; a written one that is not positive is a problem. */
  private static OptionalDouble positiveNumber(YamlObject yaml, String key) {
    if (!yaml.has(key)) {
      return OptionalDouble.empty();
    }
    double value = yaml.number(key, Double.NaN, true);
    if (Double.isNaN(value)) {
      return OptionalDouble.empty(); // not a number: already reported
    }
    if (!(value > 0)) {
      yaml.problem(yaml.node(key).orElseThrow(), "\"" + key + "\" must be positive");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value);
  }

  /** A required number that may be written {@code null} (unbounded). */
  private static OptionalDouble nullableNumber(YamlObject yaml, String key) {
    Optional<Node> node = yaml.node(key);
    if (node.isEmpty()) {
      yaml.problem("missing required key \"" + key + "\" (write null when unbounded)");
      return OptionalDouble.empty();
    }
    if (isNull(node.get())) {
      return OptionalDouble.empty();
    }
    double value = yaml.number(key, Double.NaN, true);
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }
}
