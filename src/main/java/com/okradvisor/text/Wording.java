package com.okradvisor.text;

import static com.okradvisor.text.Characters.isLetterOrNumber;
import static com.okradvisor.text.Characters.runEnd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the words of a title or summary give away: activity verbs, vague words, keeping a level, length,
 * content words.
 */
public final class Wording {

    /**
     * The activity verbs, in their base form: a key result that starts with one, in any form ("Refactoring",
     * "Overhauled", "Re-launch", "Rolled out"), names work to do rather than a change to cause. Verbs of two
     * words are a verb and its particle.
     */
    private static final List<String> ACTIVITY_VERBS = List.of(
            "launch", "implement", "build", "create", "write", "hold", "run", "organise", "organize", "develop",
            "design", "complete", "finish", "deliver", "migrate", "conduct", "attend", "prepare", "release", "start",
            "introduce", "ship", "deploy", "publish", "integrate", "refactor", "establish", "define", "document", "add",
            "replatform", "overhaul", "revamp", "upgrade", "install", "configure", "replace", "modernise", "modernize",
            "decommission", "retire", "sunset", "automate", "consolidate", "standardise", "standardize", "rework",
            "restructure", "architect", "containerise", "containerize", "host", "draft", "audit", "update", "train",
            "set up", "roll out", "kick off", "spin up", "stand up", "clean up", "go live");
    /** Past forms that add no "-ed": "built", "wrote", "held". */
    private static final Map<String, String> IRREGULAR = Map.of(
            "built", "build", "wrote", "write", "written", "write", "held", "hold", "ran", "run", "went", "go",
            "gone", "go", "stood", "stand", "spun", "spin");
    /** The one-word activity verbs, looked up by a word's base forms. */
    private static final Set<String> ONE_WORD_VERBS = ACTIVITY_VERBS.stream().filter(verb -> verb.indexOf(' ') < 0)
            .collect(Collectors.toUnmodifiableSet());
    /** The two-word activity verbs ("set up") by their words written together ("setup"). */
    private static final Map<String, String> PHRASAL_VERBS = ACTIVITY_VERBS.stream().filter(verb -> verb.indexOf(' ') > 0)
            .collect(Collectors.toUnmodifiableMap(verb -> verb.replace(" ", ""), verb -> verb));
    /** The prefix that makes a verb do again what it did: "re-launch", "rebuild", "rewrite". */
    private static final String AGAIN = "re";
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(improv(?:e|es|ed|ing|ement)|better|enhanc(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing)"
                    + "|maximi[sz](?:e|es|ed|ing)|significant(?:ly)?|as much as possible|various|some)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A summary that only keeps a level: it starts with one of these verbs, or says "hold X at/above/below". */
    private static final Pattern LEADING_LEVEL_VERB = Pattern.compile(
            "^\\W*(keep|maintain|sustain|stay|remain|preserve|continue)(?:s|ing)?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HOLD_LEVEL = Pattern.compile(
            "\\b(hold)(?:s|ing)?\\b[^.;:]{1,80}?\\b(at|above|below)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Every match of {@link #VAGUE} in plain-ASCII text contains one of these, lower-cased. */
    private static final List<String> VAGUE_STEMS = List.of(
            "improv", "better", "enhanc", "optimi", "maximi", "significant", "possible", "various", "some");
    /** Besides letters and numbers, what a word may hold after its first character: "don't", "3.5%", "e-mail". */
    private static final String INNER_WORD_CHARACTERS = "'’.%$€£-";
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "into", "and", "or", "our",
            "we", "us", "is", "are", "be", "all", "each", "per", "its", "it", "this", "that", "their", "new");

    private Wording() {
    }

    /**
     * The activity verb the text starts with after any list or key-result prefix ("O1-KR3:", "a)", "#2 -"),
     * as written but lower-case ("refactoring", "re-launch", "set up"), or empty. A verb is known in its base
     * form, with "-ed" or "-ing" (a final "e" dropped or a final consonant doubled), in its irregular past
     * and with "re"/"re-" in front; a hyphen inside it does not count ("re-platform", "set-up").
     */
    public static String activityVerb(String text) {
        String summary = ListPrefix.strip(text);
        int start = runEnd(summary, 0, codePoint -> !Character.isLetterOrDigit(codePoint));
        int end = runEnd(summary, start, Wording::isVerbCharacter);
        String first = summary.substring(start, end).toLowerCase(Locale.ROOT);
        String word = first.replace("-", "");
        int particleStart = runEnd(summary, end, codePoint -> Characters.isSpace((char) codePoint));
        String particle = particleStart > end
                ? summary.substring(particleStart, runEnd(summary, particleStart, Character::isLetter)).toLowerCase(Locale.ROOT)
                : "";
        Set<String> bases = bases(word);
        boolean oneWordVerb = bases.stream().anyMatch(ONE_WORD_VERBS::contains) || word.startsWith(AGAIN)
                && bases(word.substring(AGAIN.length())).stream().anyMatch(ONE_WORD_VERBS::contains);
        if (oneWordVerb || PHRASAL_VERBS.containsKey(word)) {
            return first;
        }
        if (!particle.isEmpty() && bases.stream().anyMatch(base -> (base + " " + particle).equals(PHRASAL_VERBS.get(base + particle)))) {
            return first + " " + particle;
        }
        return "";
    }

    /** The activity verbs in their base form, one- and two-word ("set up"), as {@link #activityVerb} knows them. */
    public static List<String> activityVerbs() {
        return ACTIVITY_VERBS;
    }

    /**
     * The base forms {@code word} may be: itself, the verb whose irregular past it is, and for an "-ed"
     * or "-ing" form its stem, the stem with an "e" ("closing": "close") and the stem undoubled
     * ("shipped": "ship"). Looking these up replaces comparing the word with every verb.
     */
    private static Set<String> bases(String word) {
        Set<String> bases = new HashSet<>(4);
        bases.add(word);
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            bases.add(irregular);
        }
        String stem = word.endsWith("ed") ? word.substring(0, word.length() - 2)
                : word.endsWith("ing") ? word.substring(0, word.length() - 3) : "";
        if (!stem.isEmpty()) {
            bases.add(stem);
            bases.add(stem + "e");
            if (stem.length() >= 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                bases.add(stem.substring(0, stem.length() - 1));
            }
        }
        return bases;
    }

    /** What a verb is written with: letters, and a hyphen between two ("re-platform", "set-up"). */
    private static boolean isVerbCharacter(int codePoint) {
        return Character.isLetter(codePoint) || codePoint == '-';
    }

    /**
     * The words that say the text only keeps a level, lower-cased: the verb it starts with ("keep",
     * "maintain", …) or "hold … at" ("above", "below"); empty when it says no such thing.
     */
    public static String levelKeeping(String text) {
        Matcher leading = LEADING_LEVEL_VERB.matcher(text);
        if (leading.lookingAt()) {
            return leading.group(1).toLowerCase(Locale.ROOT);
        }
        if (!text.toLowerCase(Locale.ROOT).contains("hold")) {
            return "";
        }
        Matcher hold = HOLD_LEVEL.matcher(text);
        return hold.find() ? "hold … " + hold.group(2).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The vague words the text uses, lower-cased, in order, each once. Most summaries have none, and a
     * plain-ASCII one without any stem of a vague word is answered without running the pattern.
     */
    public static List<String> vagueWords(String text) {
        if (isAscii(text) && !containsAnyStem(text.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = VAGUE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(found);
    }

    private static boolean containsAnyStem(String lowerCase) {
        for (String stem : VAGUE_STEMS) {
            if (lowerCase.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    public static int wordCount(String text) {
        return words(text).size();
    }

    /** The text's words, lower-cased, without stop words. */
    public static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>(words(text.toLowerCase(Locale.ROOT)));
        words.removeAll(STOP_WORDS);
        return words;
    }

    /**
     * The words of the text in order: a letter or number (Unicode categories L and N) followed by any
     * letters, numbers and {@link #INNER_WORD_CHARACTERS}. A scan by code point; the equivalent pattern
     * {@code [\p{L}\p{N}][\p{L}\p{N}'’.%$€£-]*} cost every key result of a portfolio a regex search.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int first = text.codePointAt(i);
            i += Character.charCount(first);
            if (isLetterOrNumber(first)) {
                i = runEnd(text, i, Wording::isInnerWordCharacter);
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    private static boolean isInnerWordCharacter(int codePoint) {
        return isLetterOrNumber(codePoint) || INNER_WORD_CHARACTERS.indexOf(codePoint) >= 0;
    }

    /** Jaccard similarity of two word sets: shared words over all words; 0 when both are empty. */
    public static double similarity(Set<String> first, Set<String> second) {
        if (first.isEmpty() && second.isEmpty()) {
            return 0.0;
        }
        int shared = 0;
        for (String word : first) {
            shared += second.contains(word) ? 1 : 0;
        }
        return (double) shared / (first.size() + second.size() - shared);
    }
}
