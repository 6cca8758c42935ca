package com.okradvisor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.okradvisor.text.MetricText.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The kinds of text teams write into key-result summaries that the readers must get right, each as a
 * property over generated variants rather than a list of examples: amounts in words, ratings and
 * ratios, list and key-result prefixes, years and versions that are names, activity verbs in any
 * form. Guards beside them keep what was right right: measurable summaries stay measurable, real
 * activities stay activities, outcomes never become activities.
 */
class SummaryKindsTest {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final Map<Integer, String> FRACTIONS = Map.of(
            2, "half", 3, "third", 4, "quarter", 5, "fifth", 6, "sixth", 8, "eighth", 10, "tenth");
    private static final Map<String, Kind> MEASURABLE = Map.ofEntries(
            Map.entry("Raise week-1 activation from 30% to 45%", Kind.RANGE),
            Map.entry("Grow MRR from $120k to $150k", Kind.RANGE),
            Map.entry("NPS 31 → 45", Kind.RANGE),
            Map.entry("Reach 1,200 paying teams", Kind.TARGET),
            Map.entry("Reduce voluntary churn to 2.5% a month", Kind.TARGET),
            Map.entry("Keep p95 latency below 2 s", Kind.BOUND),
            Map.entry("Uptime at least 99.9%", Kind.BOUND),
            Map.entry("Cut churn by 10%", Kind.CHANGE),
            Map.entry("Double weekly sign-ups", Kind.CHANGE),
            Map.entry("Open 3 new markets", Kind.COUNT),
            Map.entry("Hire twelve engineers", Kind.COUNT),
            Map.entry("Win 2000 new customers", Kind.COUNT),
            Map.entry("Raise CSAT to 4.5/5", Kind.TARGET),
            Map.entry("Get two thirds of accounts on annual billing", Kind.COUNT),
            Map.entry("Answer 90% of tickets within 4 hours", Kind.COUNT));
    private static final List<String> UNMEASURABLE = List.of(
            "Improve onboarding", "Customers love the new dashboard", "Become the go-to tool for finance teams",
            "Be the number one choice", "Integrate a third party payment provider", "Support 24/7 on-call",
            "Go live on 3/4", "Double-check every invoice", "Run a half-day workshop", "Close GRO-12 and GRO-13",
            "Ship release 1.2.3", "Make one of our values visible");
    private static final Map<String, String> ACTIVITIES = Map.of(
            "Launch the new onboarding flow", "launch", "Roll out guided tours", "roll out",
            "Set up weekly product demos", "set up", "Migrate the reporting service to Kubernetes", "migrate",
            "Implement SSO with Okta", "implement", "Build a self-serve billing page", "build",
            "Hold a customer advisory board", "hold", "Launch in 3 new markets", "launch");
    private static final List<String> OUTCOME_VERBS = List.of(
            "reduce", "increase", "grow", "raise", "cut", "lower", "lift", "keep", "win", "reach", "retain", "convert",
            "sign", "double", "halve", "boost", "shorten", "expand", "hire", "onboard", "get", "move", "earn", "save");
    private static final List<String> PRODUCTS = List.of(
            "Postgres", "iOS", "Java", "Python", "Node", "Windows", "Android", "Ubuntu", "Angular", "Kubernetes", "SOC");

    // Amounts, fractions and multiples written as words

    @Property
    void readsANumberWrittenInWords(@ForAll @IntRange(min = 2, max = 999_999_999) int number,
            @ForAll boolean hyphens, @ForAll boolean and) {
        String words = words(number, hyphens, and);

        assertThat(MetricParser.parse("Sign " + words + " new reseller partners"))
                .isEqualTo(count(number, ""));
        assertThat(MetricParser.parse("Grow the community to " + words + " members").target()).hasValue(number);
        assertThat(MetricParser.parse("Cut open bugs from " + words + " to " + words(number / 2, hyphens, and)))
                .isEqualTo(new MetricText(Kind.RANGE, OptionalDouble.of(number),
                        OptionalDouble.of(number / 2), ""));
        assertThat(MetricParser.parse("Answer " + words + " percent of chats on the first day").unit()).isEqualTo("%");
    }

    @Property
    void readsAFractionWrittenInWords(@ForAll("denominators") int parts, @ForAll @IntRange(min = 1, max = 9) int share) {
        int numerator = Math.min(share, parts - 1);
        String fraction = (numerator == 1 ? "a " : UNITS.get(numerator) + " ") + FRACTIONS.get(parts) + (numerator == 1 ? "" : "s");
        double percent = 100.0 * numerator / parts;

        MetricText of = MetricParser.parse("Move " + fraction + " of traffic to the new CDN");
        assertThat(of.kind()).as(fraction).isEqualTo(Kind.COUNT);
        assertThat(of.target().getAsDouble()).isCloseTo(percent, within(1e-9));
        assertThat(of.unit()).isEqualTo("%");
        assertThat(MetricParser.parse("Cut cloud costs by " + fraction).kind()).as(fraction).isEqualTo(Kind.CHANGE);
    }

    @Property
    void readsAMultipleAsAChange(@ForAll("multiples") String multiple) {
        assertThat(MetricParser.parse("Grow self-serve revenue " + multiple).kind()).as(multiple).isEqualTo(Kind.CHANGE);
        assertThat(MetricParser.parse(capitalised(multiple) + " the number of active integrations").kind())
                .as(multiple).isEqualTo(Kind.CHANGE);
    }

    // Ratings and ratios

    @Property
    void readsARatingOrRatioWithItsScale(@ForAll @IntRange(min = 2, max = 100) int scale,
            @ForAll @IntRange(min = 0, max = 100) int score, @ForAll("ratioJoins") String join, @ForAll boolean inWords) {
        int value = Math.min(score, scale);
        boolean spelt = inWords && !join.equals("/") && !join.equals(" of ");
        String numerator = spelt ? words(value, true, false) : Integer.toString(value);
        String denominator = spelt ? words(scale, true, false) : Integer.toString(scale);
        String rating = numerator + join + denominator;

        assertThat(MetricParser.parse("Raise CSAT to " + rating))
                .isEqualTo(new MetricText(Kind.TARGET, OptionalDouble.empty(), OptionalDouble.of(value),
                        "/" + scale));
        assertThat(MetricParser.parse(capitalised(rating) + " customers rate onboarding as easy"))
                .isEqualTo(count(value, "/" + scale));
    }

    // List and key-result prefixes

    @Property
    void judgesWhatFollowsAListOrKeyResultPrefix(@ForAll("prefixes") String prefix, @ForAll("summaries") String summary) {
        assertThat(MetricParser.parse(prefix + summary)).as(prefix + summary).isEqualTo(MetricParser.parse(summary));
        assertThat(Wording.activityVerb(prefix + summary)).as(prefix + summary).isEqualTo(Wording.activityVerb(summary));
    }

    // Years, quarters and versions that are names

    @Property
    void countsNoYearOrVersionNameAsATarget(@ForAll("names") String name, @ForAll("nameTemplates") String template) {
        String summary = template.replace("{}", name);

        assertThat(MetricParser.parse(summary)).as(summary).isEqualTo(MetricText.NONE);
        assertThat(MetricParser.parse(summary + " to cut crash rate to 0.5%"))
                .as(summary).isEqualTo(new MetricText(Kind.TARGET, OptionalDouble.empty(),
                        OptionalDouble.of(0.5), "%"));
    }

    @Property
    void aNameBesideAMeasurableSummaryLeavesItAsItWas(@ForAll("names") String name, @ForAll("measurable") String summary) {
        MetricText alone = MetricParser.parse(summary);

        assertThat(MetricParser.parse(summary + " for " + name)).as(summary + " for " + name).isEqualTo(alone);
        assertThat(MetricParser.parse(summary + " on " + name)).as(summary + " on " + name).isEqualTo(alone);
    }

    // Activity verbs in any form

    @Property
    void findsAnActivityVerbInAnyForm(@ForAll("activityVerbs") String verb, @ForAll("verbForms") int form,
            @ForAll boolean again, @ForAll boolean upper) {
        int space = verb.indexOf(' ');
        String head = space < 0 ? verb : verb.substring(0, space);
        String particle = space < 0 ? "" : verb.substring(space);
        String written = (again && space < 0 && !verb.startsWith("re") ? "re-" : "") + inflected(head, form) + particle;
        String summary = (upper ? written.toUpperCase(Locale.ROOT) : capitalised(written)) + " the billing module";

        assertThat(Wording.activityVerb(summary)).as(summary).isEqualTo(written);
    }

    @Property
    void neverTakesAnOutcomeVerbForAnActivity(@ForAll("outcomeVerbs") String verb, @ForAll("verbForms") int form,
            @ForAll("prefixes") String prefix) {
        String summary = prefix + capitalised(inflected(verb, form)) + " weekly active teams";

        assertThat(Wording.activityVerb(summary)).as(summary).isEmpty();
    }

    // Precision guards

    @Property
    void keepsWhatIsMeasurableMeasurableAndWhatIsNotNot(@ForAll("measurable") String measurable,
            @ForAll("unmeasurable") String unmeasurable) {
        assertThat(MetricParser.parse(measurable).kind()).as(measurable).isEqualTo(MEASURABLE.get(measurable));
        assertThat(MetricParser.parse(unmeasurable)).as(unmeasurable).isEqualTo(MetricText.NONE);
    }

    @Property
    void keepsRealActivitiesActivities(@ForAll("activities") String activity, @ForAll("prefixes") String prefix) {
        assertThat(Wording.activityVerb(prefix + activity)).isEqualTo(ACTIVITIES.get(activity));
    }

    @Provide
    Arbitrary<Integer> denominators() {
        return Arbitraries.of(FRACTIONS.keySet());
    }

    @Provide
    Arbitrary<String> multiples() {
        Arbitrary<String> inDigits = Combinators.combine(Arbitraries.integers().between(2, 100), Arbitraries.of("x", "×", "-fold"))
                .as((times, sign) -> times + sign);
        Arbitrary<String> inWords = Arbitraries.integers().between(2, 100).map(times -> words(times, false, false) + "fold")
                .filter(word -> !word.contains(" "));
        Arbitrary<String> verbs = Combinators.combine(Arbitraries.of("doubl", "tripl", "quadrupl", "halv"),
                Arbitraries.of("e", "es", "ed", "ing")).as(String::concat);
        return Arbitraries.oneOf(inDigits, inWords, verbs);
    }

    @Provide
    Arbitrary<String> ratioJoins() {
        return Arbitraries.of("/", " out of ", " in ", " of ");
    }

    @Provide
    Arbitrary<String> prefixes() {
        Arbitrary<Integer> small = Arbitraries.integers().between(1, 30);
        Arbitrary<Integer> digit = Arbitraries.integers().between(1, 9);
        Arbitrary<Character> letter = Arbitraries.chars().range('a', 'h');
        Arbitrary<Integer> year = Arbitraries.integers().between(2020, 2035);
        return Arbitraries.oneOf(
                Combinators.combine(digit, digit, Arbitraries.of(": ", " - ", " ")).as((o, k, end) -> "O" + o + "-KR" + k + end),
                Combinators.combine(digit, digit).as((o, k) -> "O" + o + "/KR" + k + " - "),
                Combinators.combine(digit, digit, Arbitraries.of(" ", ": ")).as((k, sub, end) -> "KR" + k + "." + sub + end),
                Combinators.combine(Arbitraries.of("KR ", "KR", "kr", "Goal ", "OKR-", "Objective "), small,
                        Arbitraries.of(": ", " ", " - ")).as((id, n, end) -> id + n + end),
                Combinators.combine(letter, Arbitraries.of(") ", ". ")).as((a, end) -> a + end),
                letter.map(a -> "(" + a + ") "),
                Arbitraries.of("i", "ii", "iii", "iv", "v").map(roman -> roman + ") "),
                Combinators.combine(small, Arbitraries.of(" - ", " ", ": ")).as((n, end) -> "#" + n + end),
                Combinators.combine(small, Arbitraries.of(". ", ") ", ": ", " - ")).as((n, end) -> n + end),
                Combinators.combine(small, digit).as((n, sub) -> n + "." + sub + ". "),
                Arbitraries.of("- ", "* ", "• ", "– ", "— ", "> ", "[KR] ", "[Growth] ", "[Q3] "),
                Combinators.combine(Arbitraries.of("FY", "FY ", "FY'"), year).as((fy, y) -> fy + (fy.endsWith("'") ? y % 100 : y) + ": "),
                Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.of(": ", " - ", " ")).as((q, end) -> "Q" + q + end),
                Combinators.combine(Arbitraries.integers().between(1, 2), year).as((h, y) -> "H" + h + " " + y + ": "),
                year.map(y -> y + ": "));
    }

    @Provide
    Arbitrary<String> summaries() {
        return Arbitraries.oneOf(measurable(), unmeasurable(), activities());
    }

    @Provide
    Arbitrary<String> measurable() {
        return Arbitraries.of(MEASURABLE.keySet());
    }

    @Provide
    Arbitrary<String> unmeasurable() {
        return Arbitraries.of(UNMEASURABLE);
    }

    @Provide
    Arbitrary<String> activities() {
        return Arbitraries.of(ACTIVITIES.keySet());
    }

    /** A year that is no round number, a fiscal year, a half or a quarter, or a product or stage with its version. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<Integer> year = Arbitraries.integers().between(1901, 2099).filter(y -> y % 50 != 0);
        Arbitrary<String> version = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 40).map(String::valueOf),
                Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(0, 20))
                        .as((major, minor) -> major + "." + minor),
                Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 9)).as((major, minor, patch) -> major + "." + minor + "." + patch));
        Arbitrary<String> invented = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9)
                .map(SummaryKindsTest::capitalised);
        return Arbitraries.oneOf(
                year.map(y -> "the " + y + " intake"),
                year.map(y -> "the " + y + " roadmap"),
                year.map(y -> "FY" + y),
                Combinators.combine(Arbitraries.of("H1", "H2", "Q1", "Q2", "Q3", "Q4"), year).as((period, y) -> period + " " + y),
                year.map(y -> "in " + y),
                year.map(y -> "v" + (y % 10)),
                Combinators.combine(Arbitraries.of(PRODUCTS), version).as((product, v) -> product + " " + v),
                Combinators.combine(invented, version).as((product, v) -> product + " " + v),
                Combinators.combine(Arbitraries.of("Phase", "phase", "Tier", "tier", "Sprint", "sprint", "Wave", "release"),
                        Arbitraries.integers().between(1, 40)).as((stage, n) -> stage + " " + n));
    }

    @Provide
    Arbitrary<String> nameTemplates() {
        return Arbitraries.of("Make {} feel at home", "Move every team onto {}", "Roll out {} to the admin app",
                "Ship the {} release", "All services on {}", "Prepare the {} budget");
    }

    @Provide
    Arbitrary<String> activityVerbs() {
        return Arbitraries.of(Wording.activityVerbs());
    }

    @Provide
    Arbitrary<String> outcomeVerbs() {
        return Arbitraries.of(OUTCOME_VERBS);
    }

    /** 0: base form, 1: "-ing", 2: past. */
    @Provide
    Arbitrary<Integer> verbForms() {
        return Arbitraries.integers().between(0, 2);
    }

    /** A verb's base form (0), its "-ing" form (1) or its past (2), spelt as English spells them. */
    private static String inflected(String verb, int form) {
        Map<String, String> irregular = Map.of("build", "built", "write", "wrote", "hold", "held", "run", "ran",
                "go", "went", "stand", "stood", "spin", "spun", "set", "set", "cut", "cut", "win", "won");
        if (form == 0 || form == 2 && irregular.containsKey(verb)) {
            return form == 0 ? verb : irregular.get(verb);
        }
        String ending = form == 1 ? "ing" : "ed";
        char last = verb.charAt(verb.length() - 1);
        if (last == 'e' && !verb.endsWith("ee")) {
            return verb.substring(0, verb.length() - 1) + ending;
        }
        boolean shortClosed = verb.length() <= 4 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) >= 0
                && (verb.length() < 3 || "aeiou".indexOf(verb.charAt(verb.length() - 3)) < 0) && "aeiouwxy".indexOf(last) < 0;
        return verb + (shortClosed ? String.valueOf(last) : "") + ending;
    }

    /** {@code number} in English words: hyphens or spaces inside tens ("twenty-five"), "and" after hundreds or not. */
    private static String words(int number, boolean hyphens, boolean and) {
        if (number == 0) {
            return UNITS.get(0);
        }
        StringBuilder out = new StringBuilder();
        int[] scales = {1_000_000, 1_000, 1};
        String[] names = {" million", " thousand", ""};
        for (int i = 0; i < scales.length; i++) {
            int group = number / scales[i] % 1000;
            if (group > 0) {
                out.append(out.isEmpty() ? "" : " ").append(belowThousand(group, hyphens, and)).append(names[i]);
            }
        }
        return out.toString();
    }

    private static String belowThousand(int number, boolean hyphens, boolean and) {
        int rest = number % 100;
        String tens = rest == 0 ? "" : rest < 20 ? UNITS.get(rest)
                : TENS.get(rest / 10) + (rest % 10 == 0 ? "" : (hyphens ? "-" : " ") + UNITS.get(rest % 10));
        if (number < 100) {
            return tens;
        }
        return UNITS.get(number / 100) + " hundred" + (rest == 0 ? "" : (and ? " and " : " ") + tens);
    }

    private static MetricText count(double value, String unit) {
        return new MetricText(Kind.COUNT, OptionalDouble.empty(), OptionalDouble.of(value), unit);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
