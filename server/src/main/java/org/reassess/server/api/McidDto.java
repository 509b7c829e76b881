package org.reassess.server.api;

import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.kb.Mcid;

/** A measure's minimal clinically important difference, from the knowledge base. Immutable. */
@Doc(
    "The minimal clinically important difference (MCID): the least change from the first visit"
        + " (the baseline) that counts as an improvement or a worsening. Given as an absolute"
        + " change, a percent of the baseline, or both; an improvement that reaches either counts,"
        + " a worsening must reach what the knowledge base's worsening policy says (as shipped,"
        + " the absolute change). The measure's improvementAt and worseningAt give the resulting"
        + " values.")
public record McidDto(
    @Doc("The change in the measure's unit; null when only a percent is given.")
        @Nullable Double absolute,
    @Doc("The change as a percent of the baseline; null when only an absolute change is given.")
        @Nullable Double percentOfBaseline,
    @Doc(
            "How well the cited source supports this number: verified | partial | nv |"
                + " convention. nv means not verified: a change judged with it is a hint, not"
                + " evidence.")
        String evidence,
    @Doc("The sources of the number.") List<CitationDto> citations) {

  public McidDto {
    citations = List.copyOf(citations);
  }

  static McidDto of(Mcid mcid) {
    return new McidDto(
        orNull(mcid.absolute()),
        orNull(mcid.percentOfBaseline()),
        mcid.rule().evidence().wire(),
        mcid.rule().citations().stream().map(CitationDto::of).toList());
  }

  static @Nullable Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
