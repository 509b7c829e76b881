package org.reassess.server.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@code form/caseForm.jte} shows: every section of the consultation with the values typed so
 * far and each issue next to its field. Built from form values (as posted, or restored from a
 * draft); a repeated group with no rows shows one blank row, and one more for each {@code _add}
 * value naming it (the "add another" button of a browser without scripts).
 *
 * @param sections the sections in consultation order
 * @param issues every issue, for the summary at the top
 */
public record FormView(List<SectionView> sections, List<FieldIssue> issues) {

  /** The name of the button value that asks for one more blank row of a group. */
  public static final String ADD_ROW = "_add";

  public FormView {
    sections = List.copyOf(sections);
    issues = List.copyOf(issues);
  }

  /** The form for a new case: nothing known but the day of the visit. */
  public static FormView blank(LocalDate today) {
    return of(CaseForm.blank(today), List.of());
  }

  /** The form showing {@code form} and {@code issues} (from {@link CaseForm#check}). */
  public static FormView of(Map<String, List<String>> form, List<FieldIssue> issues) {
    Map<String, FieldIssue> byField = new LinkedHashMap<>();
    issues.forEach(i -> byField.putIfAbsent(i.field(), i));
    Builder b = new Builder(form, byField, new HashSet<>(form.getOrDefault(ADD_ROW, List.of())));
    List<SectionView> sections = new ArrayList<>();
    for (Section s : FormCatalog.sections()) {
      List<Item> items = new ArrayList<>();
      s.entries().forEach(e -> items.add(b.item(e, "", "")));
      boolean open = !s.optional() || items.stream().anyMatch(Item::filledOrFlagged);
      sections.add(new SectionView(s.id(), s.legend(), s.optional(), open, items));
    }
    return new FormView(sections, issues);
  }

  /** One section of the form. */
  public record SectionView(
      String id, String legend, boolean optional, boolean open, List<Item> items) {
    public SectionView {
      items = List.copyOf(items);
    }
  }

  /** One thing shown in a section or a row. */
  public sealed interface Item permits ControlView, GroupView, RowView, BodyMapView, GridView {
    /** Whether it holds a value or an issue: a folded section holding one is shown open. */
    boolean filledOrFlagged();
  }

  /** An option group of a select ({@code label} empty: plain options). */
  public record OptionGroup(String label, List<Choice> choices) {}

  /** A hidden input that places a grid cell's row (its root and side). */
  public record Hidden(String name, String value) {}

  /**
   * One input (or radio/checkbox group).
   *
   * @param field what it asks
   * @param name its form name
   * @param label the label shown (the field's, or a grid cell's own)
   * @param values its current values
   * @param issue the issue shown next to it, if any
   * @param hidden whether it is an attribute the chosen finding type does not have (and is empty)
   */
  public record ControlView(
      Field field,
      String name,
      String label,
      List<String> values,
      @Nullable FieldIssue issue,
      boolean hidden)
      implements Item {

    public ControlView {
      values = List.copyOf(values);
    }

    public String id() {
      return FormNames.id(name);
    }

    public String kind() {
      return field.kind().name();
    }

    /** The first value, or {@code ""}. */
    public String value() {
      return values.isEmpty() ? "" : values.get(0);
    }

    public boolean has(String value) {
      return values.contains(value);
    }

    /** Whether the field is entered with a select: a choice, or a number from a fixed scale. */
    public boolean select() {
      return field.kind() == Kind.CHOICE
          || (!field.choices().isEmpty() && field.kind() != Kind.MULTI);
    }

    /** {@code date} for a date that is empty or well-formed; {@code text} keeps what was typed. */
    public String inputType() {
      return field.kind() == Kind.DATE
              && (value().isEmpty() || value().matches("\\d{4}-\\d{2}-\\d{2}"))
          ? "date"
          : "text";
    }

    /** The on-screen keyboard for a number: {@code decimal} / {@code numeric}, else empty. */
    public String inputMode() {
      return switch (field.kind()) {
        case NUMBER -> "decimal";
        case WHOLE -> "numeric";
        default -> "";
      };
    }

    /** A yes/no field's value that is neither (from an import), kept so saving does not lose it. */
    public String oddValue() {
      String v = value().strip();
      return unknown() || v.equals("true") || v.equals("false") ? "" : v;
    }

    /** Whether a yes/no field is unknown: nothing posted, or its "unknown" radio. */
    public boolean unknown() {
      return value().isBlank() || value().strip().equals(CaseForm.UNKNOWN);
    }

    /** Whether this is the type select of an imaging finding (form.js shows its attributes). */
    public boolean findingTypeSelect() {
      return field.path().equals("imaging[].findings[].type");
    }

    public String hint() {
      return field.hint();
    }

    public String hintId() {
      return id() + "-hint";
    }

    public String errorId() {
      return id() + "-error";
    }

    public boolean invalid() {
      return issue != null;
    }

    /** The ids {@code aria-describedby} names: the hint and the issue, or empty. */
    public String describedBy() {
      List<String> ids = new ArrayList<>();
      if (!hint().isEmpty()) {
        ids.add(hintId());
      }
      if (issue != null) {
        ids.add(errorId());
      }
      return String.join(" ", ids);
    }

    /** The finding types this attribute belongs to, space-separated ({@code ""}: every field). */
    public String findingTypes() {
      return String.join(" ", field.findingTypes());
    }

    public String optionId(String value) {
      return FormNames.optionId(name, value);
    }

    /**
     * The options, grouped; a current value the case format does not have (from an import) is kept
     * as an option of its own so that saving does not lose it silently.
     */
    public List<OptionGroup> optionGroups() {
      Map<String, List<Choice>> groups = new LinkedHashMap<>();
      for (Choice c : field.choices()) {
        groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
      }
      for (String v : values) {
        if (!v.isEmpty() && field.choices().stream().noneMatch(c -> c.value().equals(v))) {
          groups
              .computeIfAbsent("not in the case format", g -> new ArrayList<>())
              .add(new Choice(v, v, "not in the case format"));
        }
      }
      List<OptionGroup> out = new ArrayList<>();
      groups.forEach((label, choices) -> out.add(new OptionGroup(label, List.copyOf(choices))));
      return out;
    }

    /** Every option, groups flattened (checkbox and radio lists). */
    public List<Choice> options() {
      return optionGroups().stream().flatMap(g -> g.choices().stream()).toList();
    }

    @Override
    public boolean filledOrFlagged() {
      return values.stream().anyMatch(v -> !nothing(field, v)) || issue != null;
    }
  }

  /**
   * Whether a posted value says nothing: blank, or a yes/no question's "unknown" radio (which every
   * browser posts for a question left as it was).
   */
  static boolean nothing(Field field, String value) {
    return value.isBlank()
        || (field.kind() == Kind.YES_NO && value.strip().equals(CaseForm.UNKNOWN));
  }

  /**
   * A repeated group and its rows.
   *
   * @param nextIndex the index a new row gets (form.js numbers cloned rows from here)
   */
  public record GroupView(
      Group group, String name, List<RowView> rows, int nextIndex, @Nullable FieldIssue issue)
      implements Item {

    public GroupView {
      rows = List.copyOf(rows);
    }

    public String id() {
      return FormNames.id(name);
    }

    public String legend() {
      return group.legend();
    }

    public String addLabel() {
      return "Add another " + group.rowLegend().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean filledOrFlagged() {
      return issue != null || rows.stream().anyMatch(RowView::filledOrFlagged);
    }
  }

  /** One row of a repeated group. */
  public record RowView(String name, String legend, List<Item> items, @Nullable FieldIssue issue)
      implements Item {

    public RowView {
      items = List.copyOf(items);
    }

    public String id() {
      return FormNames.id(name);
    }

    @Override
    public boolean filledOrFlagged() {
      return issue != null || items.stream().anyMatch(Item::filledOrFlagged);
    }
  }

  /** The body/dermatome map: its checkboxes, and the SVG regions that toggle them. */
  public record BodyMapView(
      ControlView painLocations,
      ControlView dermatomes,
      List<BodyMap.Region> painRegions,
      List<BodyMap.Region> dermatomeRegions)
      implements Item {

    public BodyMapView {
      painRegions = List.copyOf(painRegions);
      dermatomeRegions = List.copyOf(dermatomeRegions);
    }

    /** Whether a region's checkbox is checked now (the region is drawn filled). */
    public boolean on(BodyMap.Region region) {
      ControlView c = region.field().equals(dermatomes.name()) ? dermatomes : painLocations;
      return c.has(region.value());
    }

    @Override
    public boolean filledOrFlagged() {
      return painLocations.filledOrFlagged() || dermatomes.filledOrFlagged();
    }
  }

  /**
   * The neurological examination grid: roots by side (motor grade, sensation) and reflexes by side;
   * rows of the case that are not a grid cell (another root, "bilateral") follow as rows.
   */
  public record GridView(
      List<GridLine> roots,
      List<GridLine> reflexes,
      List<RowView> otherRows,
      List<FieldIssue> groupIssues)
      implements Item {

    public GridView {
      roots = List.copyOf(roots);
      reflexes = List.copyOf(reflexes);
      otherRows = List.copyOf(otherRows);
      groupIssues = List.copyOf(groupIssues);
    }

    @Override
    public boolean filledOrFlagged() {
      return !groupIssues.isEmpty()
          || otherRows.stream().anyMatch(RowView::filledOrFlagged)
          || roots.stream().anyMatch(GridLine::filledOrFlagged)
          || reflexes.stream().anyMatch(GridLine::filledOrFlagged);
    }
  }

  /** One line of the grid: a root (or reflex) and its cells, in column order. */
  public record GridLine(String label, List<GridCell> cells) {
    public GridLine {
      cells = List.copyOf(cells);
    }

    boolean filledOrFlagged() {
      return cells.stream().anyMatch(c -> c.control().filledOrFlagged());
    }
  }

  /** One cell: the hidden inputs that place its row, and the grade or status select. */
  public record GridCell(List<Hidden> keys, ControlView control) {
    public GridCell {
      keys = List.copyOf(keys);
    }
  }

  // ------------------------------------------------------------------ building

  /** Builds the items of the view from the form values; holds nothing but its inputs. */
  private record Builder(
      Map<String, List<String>> form, Map<String, FieldIssue> issues, Set<String> addRows) {

    Item item(Entry e, String namePrefix, String findingType) {
      if (e instanceof Field f) {
        return control(f, namePrefix + relative(f.path()), f.label(), findingType);
      }
      if (e instanceof Group g) {
        return group(g, namePrefix);
      }
      if (e instanceof Entry.BodyMap m) {
        ControlView pains =
            control(m.painLocations(), m.painLocations().path(), m.painLocations().label(), "");
        ControlView derms =
            control(m.dermatomes(), m.dermatomes().path(), m.dermatomes().label(), "");
        return new BodyMapView(
            pains,
            derms,
            BodyMap.painRegions(pains.name()),
            BodyMap.dermatomeRegions(derms.name()));
      }
      return grid((Entry.NeuroGrid) e);
    }

    ControlView control(Field f, String name, String label, String findingType) {
      List<String> values = form.getOrDefault(name, List.of());
      boolean irrelevant =
          !findingType.isEmpty()
              && !f.findingTypes().isEmpty()
              && !f.findingTypes().contains(findingType);
      boolean empty = values.stream().allMatch(v -> nothing(f, v));
      return new ControlView(f, name, label, values, issues.get(name), irrelevant && empty);
    }

    GroupView group(Group g, String namePrefix) {
      String name = namePrefix + relative(g.path());
      List<Integer> indexes = new ArrayList<>(CaseForm.rowIndexes(form, name));
      int next = indexes.isEmpty() ? 0 : indexes.get(indexes.size() - 1) + 1;
      int blanks = (indexes.isEmpty() ? 1 : 0) + (addRows.contains(name) ? 1 : 0);
      for (int i = 0; i < blanks; i++) {
        indexes.add(next++);
      }
      List<RowView> rows = new ArrayList<>();
      int shown = 0;
      for (int index : indexes) {
        shown++;
        rows.add(row(g, name + "[" + index + "]", g.rowLegend() + " " + shown));
      }
      return new GroupView(g, name, rows, next, issues.get(name));
    }

    RowView row(Group g, String rowName, String legend) {
      String type =
          form.getOrDefault(rowName + ".type", List.of("")).stream().findFirst().orElse("");
      List<Item> items = new ArrayList<>();
      g.entries().forEach(e -> items.add(item(e, rowName + ".", type.strip())));
      return new RowView(rowName, legend, items, issues.get(rowName));
    }

    GridView grid(Entry.NeuroGrid n) {
      Cells motor = new Cells(n.motor(), "root");
      Cells sensory = new Cells(n.sensory(), "dermatome");
      Cells reflexes = new Cells(n.reflexes(), "reflex");
      List<GridLine> roots = new ArrayList<>();
      for (String root : FormCatalog.GRID_ROOTS) {
        List<GridCell> cells = new ArrayList<>();
        for (String side : FormCatalog.GRID_SIDES) {
          cells.add(motor.cell(root, side, root + " motor grade, " + side));
        }
        for (String side : FormCatalog.GRID_SIDES) {
          cells.add(sensory.cell(root, side, root + " sensation, " + side));
        }
        roots.add(new GridLine(root, cells));
      }
      List<GridLine> reflexLines = new ArrayList<>();
      for (String reflex : FormCatalog.GRID_REFLEXES) {
        String label = FormCatalog.readable(reflex) + " reflex";
        List<GridCell> cells = new ArrayList<>();
        for (String side : FormCatalog.GRID_SIDES) {
          cells.add(reflexes.cell(reflex, side, label + ", " + side));
        }
        reflexLines.add(new GridLine(label, cells));
      }
      List<RowView> others = new ArrayList<>();
      List<FieldIssue> groupIssues = new ArrayList<>();
      for (Cells c : List.of(motor, sensory, reflexes)) {
        c.unplaced()
            .forEach(i -> others.add(row(c.group, c.name + "[" + i + "]", c.group.rowLegend())));
        FieldIssue issue = issues.get(c.name);
        if (issue != null) {
          groupIssues.add(issue);
        }
      }
      return new GridView(roots, reflexLines, others, groupIssues);
    }

    /** The rows of one examination group, handed out to grid cells by what they describe. */
    private final class Cells {
      final Group group;
      final String name;
      final String keyField;
      final List<Integer> free;
      int next;

      Cells(Group group, String keyField) {
        this.group = group;
        this.name = group.path();
        this.keyField = keyField;
        List<Integer> indexes = CaseForm.rowIndexes(form, name);
        this.free = new ArrayList<>(indexes);
        this.next = indexes.isEmpty() ? 0 : indexes.get(indexes.size() - 1) + 1;
      }

      GridCell cell(String key, String side, String label) {
        Integer index = null;
        for (Integer i : free) {
          if (key.equals(first(name + "[" + i + "]." + keyField))
              && side.equals(first(name + "[" + i + "].side"))) {
            index = i;
            break;
          }
        }
        if (index == null) {
          index = next++;
        } else {
          free.remove(index);
        }
        String row = name + "[" + index + "].";
        Field measured = (Field) group.entries().get(2);
        return new GridCell(
            List.of(new Hidden(row + keyField, key), new Hidden(row + "side", side)),
            control(measured, row + measured.leaf(), label, ""));
      }

      List<Integer> unplaced() {
        return free;
      }

      private String first(String field) {
        return form.getOrDefault(field, List.of("")).stream().findFirst().orElse("").strip();
      }
    }
  }

  private static String relative(String openPath) {
    int bracket = openPath.lastIndexOf("[].");
    return bracket < 0 ? openPath : openPath.substring(bracket + 3);
  }
}
