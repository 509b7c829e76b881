package org.reassess.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard a page is to read: the Flesch–Kincaid grade level of its visible text.
 *
 * <p>{@code 0.39 × words per sentence + 11.8 × syllables per word − 15.59}. A grade of 8 is about a
 * reading age of 13. The counts are simple on purpose: a sentence ends at {@code .}, {@code !} or
 * {@code ?}, and also at the end of a heading, list item, paragraph or table cell (a list item is
 * read as a line of its own); a syllable is a group of vowels, less a silent final {@code e}.
 */
public final class Readability {

  private Readability() {}

  /** The counts behind a grade. */
  public record Counts(int sentences, int words, int syllables) {
    public double grade() {
      if (words == 0 || sentences == 0) {
        return 0;
      }
      return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }
  }

  /** The Flesch–Kincaid grade of the visible text of an HTML page. */
  public static double gradeOfHtml(String html) {
    return countText(visibleText(html)).grade();
  }

  private static final Pattern INVISIBLE =
      Pattern.compile("(?is)<(head|style|script)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern BLOCK_END =
      Pattern.compile(
          "(?i)</(p|li|h[1-6]|td|th|div|section|header|footer|caption)\\s*>|<br\\s*/?>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  /**
   * The text a reader sees, one block (heading, item, paragraph) per line, with the escapes jte
   * writes turned back into characters.
   */
  static String visibleText(String html) {
    String text = INVISIBLE.matcher(html).replaceAll(" ");
    text = BLOCK_END.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll(" ");
    return text.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]+(?=\\s|$)|\\n");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  /** Sentences, words and syllables of plain text; a line is at least one sentence. */
  static Counts countText(String text) {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    for (String sentence : SENTENCE_BREAK.splitAsStream(text).toList()) {
      List<String> found = words(sentence);
      if (found.isEmpty()) {
        continue;
      }
      sentences++;
      words += found.size();
      for (String w : found) {
        syllables += syllables(w);
      }
    }
    return new Counts(sentences, words, syllables);
  }

  private static List<String> words(String sentence) {
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

  /**
   * Vowel groups, less a silent final {@code e} ("make", not "table"); at least one. A number or an
   * abbreviation without vowels counts as one.
   */
  static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    int groups = 0;
    Matcher m = VOWEL_GROUP.matcher(w);
    while (m.find()) {
      groups++;
    }
    if (groups > 1 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
      groups--;
    }
    return Math.max(1, groups);
  }
}
