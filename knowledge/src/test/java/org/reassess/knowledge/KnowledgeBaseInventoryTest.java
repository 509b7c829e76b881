package org.reassess.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reassess.engine.FixedIds;
import org.reassess.engine.kb.Citation;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.RedFlag;
import org.reassess.engine.kb.Rule;

/**
 * Every fixed identifier has its entry, and every citation resolves to a source of the clinical
 * reference, so each statement of an assessment can be traced to published evidence.
 */
class KnowledgeBaseInventoryTest {

  @Test
  void everyFixedIdentifierHasExactlyOneEntry() throws Exception {
    KnowledgeBase kb = KbFiles.knowledgeBase();
    assertThat(kb.redFlags()).extracting(RedFlag::id).containsExactlyElementsOf(FixedIds.RED_FLAGS);
    assertThat(kb.causes()).extracting(c -> c.id()).containsExactlyElementsOf(FixedIds.CAUSES);
    assertThat(kb.contributors())
        .extracting(c -> c.id())
        .containsExactlyElementsOf(FixedIds.CONTRIBUTORS);
    assertThat(kb.tests()).extracting(t -> t.id()).containsExactlyElementsOf(FixedIds.TESTS);
    assertThat(kb.options()).extracting(o -> o.id()).containsExactlyElementsOf(FixedIds.OPTIONS);
    assertThat(kb.options())
        .allSatisfy(
            o -> assertThat(o.category()).isEqualTo(FixedIds.OPTION_CATEGORIES.get(o.id())));
  }

  @Test
  void everyCitedSourceExistsInTheClinicalReference() throws Exception {
    String reference = Files.readString(KbFiles.reference());
    Set<String> referenceKeys = new java.util.HashSet<>();
    Matcher m =
        Pattern.compile("^- \\*\\*(R\\d+[a-z]?)\\*\\*", Pattern.MULTILINE).matcher(reference);
    while (m.find()) {
      referenceKeys.add(m.group(1));
    }
    assertThat(referenceKeys)
        .as("source keys parsed from reference.md §10")
        .hasSizeGreaterThan(100);

    KnowledgeBase kb = KbFiles.knowledgeBase();
    assertThat(referenceKeys).containsAll(kb.sources().keySet());
    Set<String> cited =
        allRules(kb).stream()
            .flatMap(r -> r.citations().stream())
            .map(Citation::source)
            .collect(Collectors.toSet());
    assertThat(referenceKeys).containsAll(cited);
  }

  @Test
  void everyRuleHasAtLeastOneCitationWithALocator() throws Exception {
    for (Rule rule : allRules(KbFiles.knowledgeBase())) {
      assertThat(rule.citations()).as(rule.ref()).isNotEmpty();
      assertThat(rule.citations())
          .as(rule.ref())
          .allSatisfy(c -> assertThat(c.locator()).isNotBlank());
    }
  }

  static List<Rule> allRules(KnowledgeBase kb) {
    List<Rule> rules = new ArrayList<>();
    rules.add(kb.bands().rule());
    for (RedFlag flag : kb.redFlags()) {
      rules.add(flag.rule());
      flag.triggers().forEach(t -> rules.add(t.rule()));
    }
    kb.escalations().forEach(e -> rules.add(e.rule()));
    kb.causes()
        .forEach(
            c -> {
              rules.add(c.prior().rule());
              c.prior().adjustments().forEach(a -> rules.add(a.rule()));
              c.findings().forEach(f -> rules.add(f.rule()));
            });
    kb.contributors().forEach(c -> rules.add(c.rule()));
    kb.tests().forEach(t -> rules.add(t.rule()));
    kb.options()
        .forEach(
            o -> {
              rules.add(o.rule());
              o.indications().forEach(i -> rules.add(i.rule()));
              o.prerequisites().forEach(p -> rules.add(p.rule()));
              o.cautions().forEach(g -> rules.add(g.rule()));
              o.contraindications().forEach(g -> rules.add(g.rule()));
              o.outcome().ifPresent(out -> rules.add(out.rule()));
            });
    kb.planExpectations().forEach(e -> rules.add(e.rule()));
    kb.measures()
        .forEach(
            m -> {
              rules.add(m.rule());
              m.mcid().ifPresent(mcid -> rules.add(mcid.rule()));
            });
    kb.outcomePolicy()
        .ifPresent(
            p -> {
              rules.add(p.rule());
              rules.add(p.worsening().rule());
            });
    return rules;
  }
}
