package com.okradvisor.advisor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words of a title or summary give away: activity verbs, vague words, length, content words. */
final class Wording {

    private static final List<String> ACTIVITY_VERBS = List.of(
            "set up", "roll out", "launch", "implement", "build", "create", "write", "hold", "run", "organise",
            "organize", "develop", "design", "complete", "finish", "deliver", "migrate", "conduct", "attend",
            "prepare", "release", "start", "introduce", "ship", "deploy", "publish", "integrate", "refactor",
            "establish", "define", "document", "add", "setup");
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^\\W*(" + String.join("|", ACTIVITY_VERBS).replace(" ", "\\s+") + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(improv(?:e|es|ed|ing|ement)|better|enhanc(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing)"
                    + "|maximi[sz](?:e|es|ed|ing)|significant(?:ly)?|as much as possible|various|some)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Every match of {@link #VAGUE} in plain-ASCII text contains one of these, lower-cased. */
    private static final List<String> VAGUE_STEMS = List.of(
            "improv", "better", "enhanc", "optimi", "maximi", "significant", "possible", "various", "some");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.%$€£-]*");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "into", "and", "or", "our",
            "we", "us", "is", "are", "be", "all", "each", "per", "its", "it", "this", "that", "their", "new");

    private Wording() {
    }

    /** The activity verb the text starts with, lower-cased, or empty. */
    static String activityVerb(String text) {
        Matcher matcher = LEADING_VERB.matcher(text);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
    }

    /**
     * The vague words the text uses, lower-cased, in order, each once. Most summaries have none, and a
     * plain-ASCII one without any stem of a vague word is answered without running the pattern.
     */
    static List<String> vagueWords(String text) {
        if (isAscii(text) && VAGUE_STEMS.stream().noneMatch(text.toLowerCase(Locale.ROOT)::contains)) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = VAGUE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(found);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    static int wordCount(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The text's words, lower-cased, without stop words. */
    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (!STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Jaccard similarity of two word sets: shared words over all words; 0 when both are empty. */
    static double similarity(Set<String> first, Set<String> second) {
        if (first.isEmpty() && second.isEmpty()) {
            return 0.0;
        }
        List<String> shared = new ArrayList<>(first);
        shared.retainAll(second);
        int union = first.size() + second.size() - shared.size();
        return (double) shared.size() / union;
    }
}
