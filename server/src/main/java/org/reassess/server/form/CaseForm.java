package org.reassess.server.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.ValidationIssue;

/**
 * The guided form's values ⇄ a {@code reassess-case/1} document. Pure and stateless: the only
 * "today" is the one passed in.
 *
 * <p>Form values are what an HTML form posts: field name → values, names being the case's path with
 * dots and indexes ({@code "symptoms.legPainNrs"}, {@code "imaging[1].findings[0].type"}). An empty
 * value, or the form's "unknown" choice (which posts {@code ""}), leaves the field out of the case:
 * unknown is not negative. Rows of a repeated group that carry nothing are dropped; the others keep
 * their order. Text that is not a number is never dropped silently: it stays in the form values and
 * becomes a {@link FieldIssue}.
 */
public final class CaseForm {

  /** The version tag every case the form writes carries. */
  public static final String FORMAT = "reassess-case/1";

  /**
   * What a yes/no field's "unknown / not assessed" radio posts. Choice fields post {@code ""} for
   * unknown ({@code "unknown"} is a real value of {@code patient.sex}); a yes/no field cannot be
   * {@code "unknown"}, and a value of its own keeps clients that post "on" for an empty radio value
   * from turning unknown into text.
   */
  public static final String UNKNOWN = "unknown";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A number as JSON writes it; anything else that {@link BigDecimal} reads is normalised. */
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

  private CaseForm() {}

  // ------------------------------------------------------------------ form → case

  /**
   * The case the form values describe, with the form's own issues (text in a number field, an
   * extensions box that is not JSON) and where each case row came from.
   *
   * @param form the posted values; names starting with {@code _} (CSRF token, buttons) are ignored
   * @param today the assessment date when the form gives none
   */
  public static Parsed toCase(Map<String, List<String>> form, LocalDate today) {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    List<FieldIssue> issues = new ArrayList<>();
    Map<String, String> rows = new LinkedHashMap<>();
    for (Section section : FormCatalog.sections()) {
      for (Entry entry : section.entries()) {
        fill(root, "", "", entry, form, issues, rows);
      }
    }
    if (!root.has("assessmentDate")) {
      root.put("assessmentDate", today.toString());
    }
    return new Parsed(root, List.copyOf(issues), new RowMap(rows));
  }

  /**
   * Validates the form as the case reader would validate the case it gives ({@code ./reassess
   * validate} messages), each issue placed on its field; the form's own issues come first, and a
   * field with one of those gets no second message from the reader.
   */
  public static Checked check(Map<String, List<String>> form, LocalDate today) {
    Parsed parsed = toCase(form, today);
    byte[] bytes = parsed.json().toString().getBytes(StandardCharsets.UTF_8);
    List<FieldIssue> all = new ArrayList<>(parsed.formIssues());
    Set<String> taken = new LinkedHashSet<>();
    parsed.formIssues().forEach(i -> taken.add(i.field()));
    for (ValidationIssue issue : CaseReader.strict().validate(bytes)) {
      FieldIssue placed = place(issue, parsed.rows());
      if (!taken.contains(placed.field()) || placed.field().isEmpty()) {
        all.add(placed);
      }
    }
    return new Checked(parsed.json(), List.copyOf(all));
  }

  /** A reader issue on the form: its pointer mapped to the field (see {@link #fieldFor}). */
  public static FieldIssue place(ValidationIssue issue, RowMap rows) {
    String field = fieldFor(issue.pointer(), rows);
    return new FieldIssue(field, labelOf(field), issue.message());
  }

  private static void fill(
      ObjectNode target,
      String namePrefix,
      String pointerPrefix,
      Entry entry,
      Map<String, List<String>> form,
      List<FieldIssue> issues,
      Map<String, String> rows) {
    if (entry instanceof Field f) {
      String name = namePrefix + relative(f.path());
      JsonNode value = parse(f, name, form.getOrDefault(name, List.of()), issues);
      if (value != null) {
        put(target, relative(f.path()), value);
      }
    } else if (entry instanceof Group g) {
      fillGroup(target, namePrefix, pointerPrefix, g, form, issues, rows);
    } else if (entry instanceof Entry.BodyMap b) {
      fill(target, namePrefix, pointerPrefix, b.dermatomes(), form, issues, rows);
      fill(target, namePrefix, pointerPrefix, b.painLocations(), form, issues, rows);
    } else if (entry instanceof Entry.NeuroGrid n) {
      for (Group g : List.of(n.motor(), n.sensory(), n.reflexes())) {
        fillGroup(target, namePrefix, pointerPrefix, g, form, issues, rows);
      }
    }
  }

  private static void fillGroup(
      ObjectNode target,
      String namePrefix,
      String pointerPrefix,
      Group g,
      Map<String, List<String>> form,
      List<FieldIssue> issues,
      Map<String, String> rows) {
    String relativePath = relative(g.path());
    String groupName = namePrefix + relativePath;
    String groupPointer = pointerPrefix + "/" + relativePath.replace('.', '/');
    ArrayNode array = NODES.arrayNode();
    for (int index : rowIndexes(form, groupName)) {
      String rowName = groupName + "[" + index + "]";
      String rowPointer = groupPointer + "/" + array.size();
      ObjectNode row = NODES.objectNode();
      Map<String, String> rowRows = new LinkedHashMap<>();
      for (Entry child : g.entries()) {
        fill(row, rowName + ".", rowPointer, child, form, issues, rowRows);
      }
      if (!isBlank(row, g)) {
        array.add(row);
        rows.put(rowPointer, rowName);
        rows.putAll(rowRows);
      }
    }
    if (array.size() > 0 || g.alwaysPresent()) {
      put(target, relativePath, array);
    }
  }

  /** A row is blank when it holds nothing but the keys that place it (and empty nested lists). */
  private static boolean isBlank(ObjectNode row, Group g) {
    for (Map.Entry<String, JsonNode> e : row.properties()) {
      boolean emptyList = e.getValue().isArray() && e.getValue().isEmpty();
      if (!g.keys().contains(e.getKey()) && !emptyList) {
        return false;
      }
    }
    return true;
  }

  /** The indexes of the rows of one group the form holds, in order. */
  static List<Integer> rowIndexes(Map<String, List<String>> form, String groupName) {
    TreeSet<Integer> out = new TreeSet<>();
    String start = groupName + "[";
    for (String name : form.keySet()) {
      if (name.startsWith(start)) {
        int close = name.indexOf(']', start.length());
        if (close > start.length()) {
          String digits = name.substring(start.length(), close);
          if (digits.length() < 6 && digits.chars().allMatch(Character::isDigit)) {
            out.add(Integer.parseInt(digits));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static @Nullable JsonNode parse(
      Field f, String name, List<String> values, List<FieldIssue> issues) {
    if (f.kind() == Kind.MULTI) {
      ArrayNode array = NODES.arrayNode();
      values.stream().filter(v -> !v.isBlank()).forEach(v -> array.add(v.strip()));
      return array.isEmpty() ? null : array;
    }
    String raw = values.stream().filter(v -> !v.isBlank()).findFirst().orElse("");
    if (raw.isBlank()) {
      return null;
    }
    return switch (f.kind()) {
      case TEXT -> NODES.textNode(raw);
      case WHOLE, NUMBER -> number(raw.strip(), name, f, issues);
      case YES_NO -> raw.strip().equals(UNKNOWN) ? null : yesNo(raw.strip());
      case JSON -> json(raw, name, f, issues);
      default -> NODES.textNode(raw.strip());
    };
  }

  /** {@code true} / {@code false}; anything else is kept for the case reader to name. */
  private static JsonNode yesNo(String v) {
    return v.equals("true") || v.equals("false")
        ? NODES.booleanNode(Boolean.parseBoolean(v))
        : NODES.textNode(v);
  }

  private static @Nullable JsonNode json(
      String raw, String name, Field f, List<FieldIssue> issues) {
    try {
      return JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      issues.add(
          new FieldIssue(
              name,
              f.label(),
              "this is not valid JSON (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")"));
      return null;
    }
  }

  /**
   * The number typed, exactly as the JSON parser would read it from a file (so a case read from a
   * file and one from the form are equal), or an issue in the clinician's words.
   */
  private static @Nullable JsonNode number(
      String text, String name, Field f, List<FieldIssue> issues) {
    String json = text;
    if (!JSON_NUMBER.matcher(text).matches()) {
      try {
        json = new BigDecimal(text.replace('−', '-')).toString(); // "+3", "07", ".5", "−0.2"
      } catch (NumberFormatException e) {
        String message =
            text.matches("-?\\d+,\\d+")
                ? "“"
                    + text
                    + "” is not a number: write decimals with a point ("
                    + text.replace(',', '.')
                    + ")"
                : "“" + text + "” is not a number";
        issues.add(new FieldIssue(name, f.label(), message));
        return null;
      }
    }
    try {
      JsonNode node = JSON.readTree(json);
      if (node.isDouble() && !Double.isFinite(node.doubleValue())) {
        issues.add(new FieldIssue(name, f.label(), "“" + text + "” is too large a number"));
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      issues.add(new FieldIssue(name, f.label(), "“" + text + "” is not a number"));
      return null;
    }
  }

  /**
   * The path of a field inside its innermost group: {@code "findings[].level"} → {@code "level"}.
   */
  private static String relative(String openPath) {
    int bracket = openPath.lastIndexOf("[].");
    return bracket < 0 ? openPath : openPath.substring(bracket + 3);
  }

  /** Puts {@code value} at a dotted path, creating the objects on the way. */
  private static void put(ObjectNode target, String dotted, JsonNode value) {
    String[] names = dotted.split("\\.", -1);
    ObjectNode at = target;
    for (int i = 0; i < names.length - 1; i++) {
      JsonNode next = at.get(names[i]);
      if (!(next instanceof ObjectNode)) {
        next = at.putObject(names[i]);
      }
      at = (ObjectNode) next;
    }
    at.set(names[names.length - 1], value);
  }

  // ------------------------------------------------------------------ case → form

  /**
   * The form values that show {@code json}, a case or a partial one (a saved draft's case, an
   * import that failed validation): every field the form has is filled in, and what it cannot show
   * (unknown fields, a number where an object belongs) is listed by pointer.
   */
  public static Imported toForm(JsonNode json) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Set<String> shown = new LinkedHashSet<>();
    if (json instanceof ObjectNode root) {
      if (FORMAT.equals(root.path("format").asText(null))) {
        shown.add("/format");
      }
      for (Section section : FormCatalog.sections()) {
        for (Entry entry : section.entries()) {
          read(root, "", "", entry, values, shown);
        }
      }
    }
    List<String> notShown = new ArrayList<>();
    unshown(json, "", shown, notShown);
    return new Imported(values, List.copyOf(notShown));
  }

  /** A new form: nothing known yet but the day of the visit. */
  public static Map<String, List<String>> blank(LocalDate today) {
    return Map.of("assessmentDate", List.of(today.toString()));
  }

  private static void read(
      JsonNode source,
      String namePrefix,
      String pointerPrefix,
      Entry entry,
      Map<String, List<String>> values,
      Set<String> shown) {
    if (entry instanceof Field f) {
      String rel = relative(f.path());
      JsonNode node = at(source, rel);
      String pointer = pointerPrefix + "/" + rel.replace('.', '/');
      List<String> text = node == null ? List.of() : show(f, node);
      if (!text.isEmpty()) {
        values.put(namePrefix + rel, text);
        shown.add(pointer);
      }
    } else if (entry instanceof Group g) {
      readGroup(source, namePrefix, pointerPrefix, g, values, shown);
    } else if (entry instanceof Entry.BodyMap b) {
      read(source, namePrefix, pointerPrefix, b.dermatomes(), values, shown);
      read(source, namePrefix, pointerPrefix, b.painLocations(), values, shown);
    } else if (entry instanceof Entry.NeuroGrid n) {
      for (Group g : List.of(n.motor(), n.sensory(), n.reflexes())) {
        readGroup(source, namePrefix, pointerPrefix, g, values, shown);
      }
    }
  }

  private static void readGroup(
      JsonNode source,
      String namePrefix,
      String pointerPrefix,
      Group g,
      Map<String, List<String>> values,
      Set<String> shown) {
    String rel = relative(g.path());
    JsonNode array = at(source, rel);
    String pointer = pointerPrefix + "/" + rel.replace('.', '/');
    if (array == null || !array.isArray()) {
      return;
    }
    if (array.isEmpty() && g.alwaysPresent()) {
      shown.add(pointer); // the form writes it back for every row
    }
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).isObject()) {
        for (Entry child : g.entries()) {
          read(
              array.get(i),
              namePrefix + rel + "[" + i + "].",
              pointer + "/" + i,
              child,
              values,
              shown);
        }
      }
    }
  }

  /** The text a field shows for a JSON value; empty when the form cannot show it. */
  private static List<String> show(Field f, JsonNode node) {
    if (f.kind() == Kind.JSON) {
      try {
        return List.of(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
      } catch (JsonProcessingException e) {
        return List.of(); // a tree read from JSON always writes back
      }
    }
    if (f.kind() == Kind.MULTI && node.isArray()) {
      List<String> out = new ArrayList<>();
      node.forEach(v -> out.add(scalarText(v)));
      return out.contains(null) || out.isEmpty() ? List.of() : out;
    }
    String text = scalarText(node);
    return text == null ? List.of() : List.of(text);
  }

  private static @Nullable String scalarText(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    return node.isNumber() || node.isBoolean() ? node.asText() : null;
  }

  private static @Nullable JsonNode at(JsonNode source, String dotted) {
    JsonNode at = source;
    for (String name : dotted.split("\\.", -1)) {
      at = at.get(name);
      if (at == null) {
        return null;
      }
    }
    return at;
  }

  /** Every value in {@code node} at or under no shown pointer. */
  private static void unshown(JsonNode node, String pointer, Set<String> shown, List<String> out) {
    if (shown.contains(pointer)) {
      return;
    }
    if (node.isObject() && !node.isEmpty()) {
      node.properties()
          .forEach(e -> unshown(e.getValue(), pointer + "/" + escape(e.getKey()), shown, out));
    } else if (node.isArray() && !node.isEmpty()) {
      for (int i = 0; i < node.size(); i++) {
        unshown(node.get(i), pointer + "/" + i, shown, out);
      }
    } else {
      out.add(pointer);
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  // ------------------------------------------------------------------ pointers → fields

  /**
   * The form name a case reader issue at {@code pointer} belongs to: the field itself ({@code
   * "/surgeries/0/date"} → {@code "surgeries[0].date"}, through {@code rows} when blank rows were
   * dropped), the list field for one of its values ({@code "/symptoms/dermatomes/1"} → {@code
   * "symptoms.dermatomes"}), else the nearest row or repeated group that encloses it, else {@code
   * ""}: the case as a whole, shown in the summary.
   */
  public static String fieldFor(String pointer, RowMap rows) {
    List<String> names = new ArrayList<>(); // form names of every prefix of the pointer
    String name = "";
    String jsonPrefix = "";
    for (String segment : segments(pointer)) {
      jsonPrefix = jsonPrefix + "/" + escape(segment);
      boolean index = !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
      if (index && isGroup(name)) {
        name = rows.formName(jsonPrefix, name + "[" + segment + "]");
      } else if (index) {
        name = name + "[" + segment + "]";
      } else {
        name = name.isEmpty() ? segment : name + "." + segment;
      }
      names.add(name);
    }
    for (int i = names.size() - 1; i >= 0; i--) {
      String candidate = names.get(i);
      String open = FormNames.open(candidate);
      if (FormCatalog.field(open) != null || isGroup(candidate) || isRow(candidate)) {
        return candidate;
      }
    }
    return "";
  }

  private static boolean isGroup(String name) {
    return FormCatalog.group(FormNames.open(name)) != null;
  }

  private static boolean isRow(String name) {
    String open = FormNames.open(name);
    return open.endsWith("[]") && FormCatalog.group(open.substring(0, open.length() - 2)) != null;
  }

  /** What the clinician calls the place a form name stands for. */
  public static String labelOf(String name) {
    if (name.isEmpty()) {
      return "Case";
    }
    String open = FormNames.open(name);
    Field f = FormCatalog.field(open);
    if (f != null) {
      int lastRow = name.lastIndexOf(']');
      return lastRow < 0 ? f.label() : labelOf(name.substring(0, lastRow + 1)) + ": " + f.label();
    }
    Group g = FormCatalog.group(open);
    if (g != null) {
      return g.legend();
    }
    Group rowOf = FormCatalog.group(open.substring(0, open.length() - 2));
    List<Integer> indexes = FormNames.indexes(name);
    return rowOf == null || indexes.isEmpty()
        ? name
        : rowOf.rowLegend() + " " + (indexes.get(indexes.size() - 1) + 1);
  }

  private static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  // ------------------------------------------------------------------ results

  /**
   * Where each row of the case came from in the form, by JSON pointer ({@code "/surgeries/0"} →
   * {@code "surgeries[1]"} when the first row of the form was blank and dropped).
   */
  public record RowMap(Map<String, String> rows) {

    /** For a case that did not come from the form: row {@code n} of the case is row {@code n}. */
    public static final RowMap IDENTITY = new RowMap(Map.of());

    public RowMap {
      rows = Map.copyOf(rows);
    }

    String formName(String pointer, String otherwise) {
      return rows.getOrDefault(pointer, otherwise);
    }
  }

  /**
   * The case the form gave.
   *
   * @param json the case, always with {@code format} and {@code assessmentDate}
   * @param formIssues what the form itself could not read (a number field holding text)
   * @param rows where each case row came from, to place the case reader's issues
   */
  public record Parsed(ObjectNode json, List<FieldIssue> formIssues, RowMap rows) {
    public Parsed {
      formIssues = List.copyOf(formIssues);
    }
  }

  /**
   * A checked form: the case and every issue, placed on the form.
   *
   * @param json the case as the form gives it
   * @param issues empty when the case is valid and the form had nothing it could not read
   */
  public record Checked(ObjectNode json, List<FieldIssue> issues) {
    public Checked {
      issues = List.copyOf(issues);
    }

    public boolean valid() {
      return issues.isEmpty();
    }
  }

  /**
   * A case shown on the form.
   *
   * @param values the form values
   * @param notShown pointers of the values the form has no field for (they would be lost on saving)
   */
  public record Imported(Map<String, List<String>> values, List<String> notShown) {
    public Imported {
      values = Map.copyOf(values);
      notShown = List.copyOf(notShown);
    }
  }
}
