package org.reassess.server.records;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The patient search's index terms: every prefix of every word of the name and record number,
 * folded (lower case, accents removed). A search word then matches by equality, an index lookup on
 * both databases, instead of a {@code LIKE '%…%'} that reads every patient of the clinic (ADR
 * 0005). Pure and stateless.
 */
public final class SearchTerms {

  /** Longest term stored; a longer search word is matched on its first this many characters. */
  public static final int MAX_TERM = 32;

  /** Most words of one search that are used (the rest only narrow an already short list). */
  static final int MAX_SEARCH_WORDS = 6;

  // whitespace and the separators people type between family and given name
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,;]+");
  private static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}+");

  private SearchTerms() {}

  /** The terms a patient is found by. */
  public static Set<String> of(String displayName, @Nullable String mrn) {
    Set<String> terms = new LinkedHashSet<>();
    for (String word : words(displayName + " " + (mrn == null ? "" : mrn))) {
      for (int end = 1; end <= word.length(); end++) {
        if (end == word.length() || !Character.isLowSurrogate(word.charAt(end))) {
          terms.add(word.substring(0, end));
        }
      }
    }
    return terms;
  }

  /** The terms a typed search looks up; a patient matches when they have all of them. */
  public static List<String> ofSearch(String typed) {
    List<String> words = new ArrayList<>(new LinkedHashSet<>(words(typed)));
    return List.copyOf(words.subList(0, Math.min(words.size(), MAX_SEARCH_WORDS)));
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : WORD_BREAK.split(fold(text), -1)) {
      if (!word.isEmpty()) {
        words.add(word.length() > MAX_TERM ? truncate(word) : word);
      }
    }
    return words;
  }

  private static String truncate(String word) {
    // never between the two halves of a character outside the basic plane
    int end = Character.isLowSurrogate(word.charAt(MAX_TERM)) ? MAX_TERM - 1 : MAX_TERM;
    return word.substring(0, end);
  }

  /** Lower case without accents, so that "ekstrom" finds "Ekström". */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return COMBINING_MARK.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
