package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;
import static org.reassess.engine.features.TestCases.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reassess.engine.casefile.CaseDocument.Acceptance;
import org.reassess.engine.casefile.CaseDocument.Function;
import org.reassess.engine.casefile.CaseDocument.Goal;
import org.reassess.engine.casefile.CaseDocument.Preferences;
import org.reassess.engine.casefile.CaseDocument.Psychosocial;
import org.reassess.engine.casefile.CaseDocument.RiskLevel;
import org.reassess.engine.casefile.CaseDocument.Work;

class PsychosocialFeaturesTest {

  @Test
  void scoresAndFlagsAreCopied() {
    Psychosocial psychosocial =
        record(
            Psychosocial.class,
            "phq9",
            14,
            "phq9Item9",
            0,
            "startBack",
            RiskLevel.HIGH,
            "litigation",
            false,
            "secondaryGain",
            true);

    assertThat(derive(aCase("psychosocial", psychosocial)).values())
        .containsEntry("phq9", 14L)
        .containsEntry("phq9Item9", 0L)
        .containsEntry("startBack", "high")
        .containsEntry("litigation", false)
        .containsEntry("secondaryGain", true)
        .doesNotContainKeys("gad7", "tsk", "workersCompensation", "painCatastrophizing");
  }

  @Test
  void functionIsCopied() {
    Function function =
        record(Function.class, "odi", 46, "walkingToleranceMinutes", 10.0, "work", Work.OFF_WORK);

    assertThat(derive(aCase("function", function)).values())
        .containsEntry("odi", 46L)
        .containsEntry("walkingToleranceMinutes", 10.0)
        .containsEntry("work", "off_work")
        .doesNotContainKeys("sleepDisturbed", "eq5dIndex", "sittingToleranceMinutes");
  }

  @Test
  void preferencesAreCopiedWithGoalsInDeclarationOrder() {
    Preferences preferences =
        record(
            Preferences.class,
            "surgeryAcceptable",
            Acceptance.UNDECIDED,
            "goals",
            List.of(Goal.SPORT, Goal.WALK_FARTHER, Goal.SPORT));

    assertThat(derive(aCase("preferences", preferences)).values())
        .containsEntry("surgeryAcceptable", "undecided")
        .containsEntry("goals", List.of("walk_farther", "sport"))
        .doesNotContainKey("implantAcceptable");
  }

  @Test
  void nothingKnownWithoutTheSections() {
    assertThat(derive(aCase()).values())
        .doesNotContainKeys("phq9", "odi", "work", "surgeryAcceptable", "goals");
  }
}
