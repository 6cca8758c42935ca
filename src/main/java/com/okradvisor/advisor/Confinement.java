package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.AlignmentFact;
import com.okradvisor.advisor.fact.AlignmentLoopFact;
import com.okradvisor.advisor.fact.AlikeKeyResultsFact;
import com.okradvisor.advisor.fact.KeyResultFact;
import com.okradvisor.advisor.fact.KpiFact;
import com.okradvisor.advisor.fact.ObjectiveFact;
import com.okradvisor.advisor.fact.OwnerCycleFact;
import com.okradvisor.advisor.fact.ProjectCycleFact;
import com.okradvisor.advisor.fact.Thresholds;
import com.okradvisor.text.Texts;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a custom rule may reach, checked on its text before it is compiled: an <em>allowlist</em>. A
 * custom file is read as tokens (comments, string and character literals skipped) and every name in
 * it must be one of: a DRL keyword of the rule language the advisor allows, a binding ({@code $kr}), a
 * local variable or parameter, a fact type or one of its accessors (unqualified in a pattern, too), a
 * {@code Thresholds} component, the
 * {@code findings} collector and its {@code report}, the {@code Texts} functions, a function the file
 * declares, or a few {@code String}, {@code Math}, date, number and collection methods. Imports name
 * only the facts and the {@code Texts} functions; globals only {@code findings} and {@code thresholds}.
 *
 * <p>So a rule cannot name {@code System}, {@code Runtime}, {@code ProcessBuilder}, a thread, a file,
 * the network or reflection ({@code getClass}, {@code Class.forName}), not even fully qualified
 * ({@code java} is no allowed name). Also refused, each for a reason given in its message: unicode
 * escapes anywhere (Java reads {@code \u000a} in a comment as a new line, so they could hide code from
 * this check), names outside ASCII (javac drops a zero-width space from a name), text blocks, loops ({@code while}, {@code for}, {@code do}: a loop inside one
 * consequence cannot be halted), {@code new}, lambdas and method references, regular expressions
 * ({@code matches}, which can backtrack for ever on one summary), a function calling the file's
 * functions (recursion), {@code drools} other than as the argument of {@code findings.report},
 * {@code kcontext}, making or removing facts ({@code insert}, {@code insertLogical}, {@code delete},
 * {@code retract}, {@code modify}: each custom rule judges the facts built for it, in a session of its
 * own), and rule attributes other than {@code salience}, {@code no-loop} and {@code lock-on-active}
 * (groups would tie rules that run in separate sessions; dates and timers would read the clock;
 * dialects would change the language checked here). {@code update} stays allowed: the firing limit
 * ({@link CustomRuleBounds}) ends the loop it can start.
 */
final class Confinement {

    /** The catalogue metadata a rule may carry; nothing else follows an {@code @}. */
    private static final Set<String> METADATA = Set.of("ruleKey", "severity", "title", "rationale", "remedy");
    /** The types a custom rule may match and read: every fact {@code FactBuilder} makes, and the thresholds. */
    static final List<Class<?>> FACT_TYPES = List.of(ObjectiveFact.class, KeyResultFact.class, KpiFact.class,
            AlignmentFact.class, AlignmentLoopFact.class, AlikeKeyResultsFact.class, OwnerCycleFact.class, ProjectCycleFact.class,
            Thresholds.class);
    private static final String FACT_PACKAGE = Thresholds.class.getPackageName();
    private static final String TEXTS = Texts.class.getName();
    private static final String FINDINGS_TYPE = FindingCollector.class.getName();
    /** The methods the {@code Texts} functions are: the functions a custom file may import. */
    private static final Set<String> TEXT_FUNCTIONS = Arrays.stream(Texts.class.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers()))
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());
    /** Every public accessor and method of the facts and of {@code Thresholds}, as properties and as calls. */
    private static final Set<String> FACT_MEMBERS = FACT_TYPES.stream()
            .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
            .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
            .map(Method::getName).filter(name -> !Set.of("hashCode", "toString").contains(name))
            .collect(Collectors.toUnmodifiableSet());
    /** Types a local variable, a parameter or a cast may name, besides the facts. */
    private static final Set<String> TYPES = Set.of("String", "int", "long", "double", "boolean", "char", "void",
            "Integer", "Long", "Double", "Boolean", "Number", "List", "Set", "Collection", "LocalDate");
    /** The rule language's words a custom rule may write, and the Java ones its consequences may. */
    private static final Set<String> KEYWORDS = Set.of("rule", "when", "then", "end", "function", "and", "or", "not",
            "exists", "forall", "from", "accumulate", "collect", "eval", "in", "contains", "excludes", "memberOf",
            "count", "sum", "min", "max", "average", "collectList", "collectSet", "this", "null", "true", "false",
            "if", "else", "return", "final", "instanceof", "update", "findings", "thresholds", "Math");
    /** Methods of strings, dates, numbers, collections and {@code Math}, and the collector's one. */
    private static final Set<String> METHODS = Set.of("length", "isEmpty", "isBlank", "contains", "startsWith",
            "endsWith", "indexOf", "lastIndexOf", "toLowerCase", "toUpperCase", "trim", "strip", "substring", "charAt",
            "equals", "equalsIgnoreCase", "compareTo", "concat", "replace", "valueOf", "isAfter", "isBefore", "isEqual",
            "plusDays", "minusDays", "getYear", "getMonthValue", "getDayOfMonth", "intValue", "longValue",
            "doubleValue", "size", "get", "abs", "min", "max", "round", "floor", "ceil", "report");
    /** Attributes a rule may carry before {@code when}, each written as hyphenated words. */
    private static final Set<List<String>> ATTRIBUTES = Set.of(List.of("salience"), List.of("no", "loop"),
            List.of("lock", "on", "active"));
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("while", "loops are refused: a loop inside one consequence cannot be halted"),
            Map.entry("for", "loops are refused: a loop inside one consequence cannot be halted"),
            Map.entry("do", "loops are refused: a loop inside one consequence cannot be halted"),
            Map.entry("insert", "a custom rule may not make facts: it judges the facts built for it"),
            Map.entry("insertLogical", "a custom rule may not make facts: it judges the facts built for it"),
            Map.entry("delete", "a custom rule may not remove facts: it judges the facts built for it"),
            Map.entry("retract", "a custom rule may not remove facts: it judges the facts built for it"),
            Map.entry("modify", "a custom rule may not change facts (they are immutable); update re-evaluates one"),
            Map.entry("matches", "regular expressions are refused (one can backtrack for ever on one summary):"
                    + " use contains, startsWith or endsWith"),
            Map.entry("new", "a custom rule may not create objects"),
            Map.entry("kcontext", "a custom rule may not reach the rule context"));

    private final String file;
    private final List<Token> tokens;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Set<String> functions = new HashSet<>();
    private int at;
    /** Where the token being read is: {@code rule "name"}, {@code function name}, or empty at the top. */
    private String where = "";
    private Set<String> locals = new HashSet<>();

    private Confinement(String file, List<Token> tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    /**
     * Why {@code drl} reaches further than a custom rule may, one problem per offending name, each naming
     * the file, the line and the rule or function it is in; empty when it reaches only what is allowed.
     */
    static List<RuleProblem> check(String file, String drl) {
        int escape = drl.indexOf("\\u");
        if (escape >= 0) {
            return List.of(new RuleProblem(file, Token.lineOf(drl, escape), "unicode escapes (\\u) are refused anywhere in"
                    + " a custom rule file, even in strings and comments, where Java would still read them as code:"
                    + " write the character itself"));
        }
        Confinement confinement = new Confinement(file, Token.read(drl));
        confinement.run();
        return List.copyOf(confinement.problems);
    }

    private void run() {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).is("function")) {
                int name = i + 1;
                while (name + 1 < tokens.size() && !tokens.get(name + 1).is("(")) {
                    name++;
                }
                functions.add(tokens.get(name).text());
            }
        }
        while (at < tokens.size()) {
            Token token = tokens.get(at);
            where = "";
            locals = new HashSet<>();
            switch (token.text()) {
                case "package" -> packageStatement();
                case "import" -> importStatement();
                case "global" -> globalStatement();
                case "function" -> function();
                case "rule" -> rule();
                default -> {
                    refuse(token, "only package, import, global, function and rule statements are allowed here, not '"
                            + token.text() + "'");
                    at++;
                }
            }
        }
    }

    private void packageStatement() {
        Token start = tokens.get(at++);
        String name = qualifiedName();
        if (!name.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*") || name.matches("(java|javax|jdk|sun)(\\..*)?")) {
            refuse(start, "package '" + name + "' is not allowed: name a package of your own, e.g. acme.rules");
        }
        semicolon();
    }

    private void importStatement() {
        Token start = tokens.get(at++);
        boolean function = next("function");
        String name = qualifiedName();
        boolean allowed = function
                ? name.startsWith(TEXTS + ".") && (name.endsWith(".*") || TEXT_FUNCTIONS.contains(name.substring(TEXTS.length() + 1)))
                : name.equals(FACT_PACKAGE + ".*") || FACT_TYPES.stream().anyMatch(type -> type.getName().equals(name));
        if (!allowed) {
            refuse(start, "import " + (function ? "function " : "") + name + " is not allowed: a custom rule imports only "
                    + FACT_PACKAGE + ".* (or one fact type) and the functions of " + TEXTS);
        }
        semicolon();
    }

    private void globalStatement() {
        Token start = tokens.get(at++);
        String type = qualifiedName();
        String name = at < tokens.size() ? tokens.get(at++).text() : "";
        boolean allowed = name.equals("findings") && type.equals(FINDINGS_TYPE)
                || name.equals("thresholds") && (type.equals(Thresholds.class.getName()) || type.equals("Thresholds"));
        if (!allowed) {
            refuse(start, "global " + type + " " + name + " is not allowed: a custom rule declares only " + FINDINGS_TYPE
                    + " findings and " + Thresholds.class.getName() + " thresholds");
        }
        semicolon();
    }

    /** {@code function Type name(Type a, Type b) { … }}: its parameters are locals, and it calls no function of the file. */
    private void function() {
        at++;
        int open = at;
        while (open < tokens.size() && !tokens.get(open).is("(")) {
            open++;
        }
        where = "function " + (open > at ? tokens.get(open - 1).text() : "");
        for (int type = at; type < open - 1; type++) {
            checkName(type);
        }
        at = open;
        int depth = 0;
        while (at < tokens.size()) {
            Token token = tokens.get(at);
            depth += token.is("{") ? 1 : token.is("}") ? -1 : 0;
            if (functions.contains(token.text()) && at + 1 < tokens.size() && tokens.get(at + 1).is("(")) {
                refuse(token, "a function may not call a function of the file (so that no recursion can run without end)");
            } else {
                checkName(at);
            }
            at++;
            if (depth == 0 && token.is("}")) {
                return;
            }
        }
    }

    /** {@code rule "name"}, its metadata and attributes, then its conditions and consequence up to {@code end}. */
    private void rule() {
        at++;
        Token name = at < tokens.size() ? tokens.get(at++) : new Token("", Token.Kind.PUNCT, 0);
        where = "rule \"" + name.text() + "\"";
        while (at < tokens.size() && !tokens.get(at).is("when")) {
            Token token = tokens.get(at);
            if (token.is("@")) {
                metadata();
            } else if (!attribute()) {
                refuse(token, "'" + token.text() + "' is not allowed before when: a custom rule carries its catalogue"
                        + " metadata and at most salience, no-loop and lock-on-active");
                at++;
            }
        }
        int depth = 0;
        while (at < tokens.size()) {
            Token token = tokens.get(at);
            if (depth == 0 && token.is("end")) {
                at++;
                return;
            }
            depth += token.is("{") ? 1 : token.is("}") ? -1 : 0;
            checkName(at++);
        }
    }

    private void metadata() {
        Token sign = tokens.get(at++);
        Token name = at < tokens.size() ? tokens.get(at) : sign;
        if (!METADATA.contains(name.text())) {
            refuse(sign, "metadata @" + name.text() + " is not allowed: a custom rule carries @ruleKey, @severity, @title,"
                    + " @rationale and @remedy");
        }
        at++;
        if (at < tokens.size() && tokens.get(at).is("(")) {
            int depth = 0;
            do {
                Token token = tokens.get(at);
                depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
                if (!token.is("(") && !token.is(")")) {
                    checkName(at);
                }
                at++;
            } while (depth > 0 && at < tokens.size());
        }
    }

    /** Reads an allowed attribute ({@code no-loop true}, {@code salience 10}) and says whether there was one. */
    private boolean attribute() {
        for (List<String> words : ATTRIBUTES) {
            int end = at + 2 * words.size() - 1;
            if (end > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < words.size() && matches; i++) {
                matches = tokens.get(at + 2 * i).is(words.get(i)) && (i == words.size() - 1 || tokens.get(at + 2 * i + 1).is("-"));
            }
            if (matches) {
                at = end;
                return true;
            }
        }
        Token token = tokens.get(at);
        if (token.kind() == Token.Kind.NUMBER || token.is("true") || token.is("false") || token.is("-")) {
            at++;
            return true;
        }
        return false;
    }

    /** Checks the token at {@code index}, within a rule or function, against the allowlist. */
    private void checkName(int index) {
        Token token = tokens.get(index);
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        Token following = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        switch (token.kind()) {
            case STRING, NUMBER -> {
                return;
            }
            case TEXT_BLOCK -> {
                refuse(token, "text blocks (\"\"\") are refused: write a string literal");
                return;
            }
            case PUNCT -> {
                if (token.is("->") || token.is("::")) {
                    refuse(token, "lambdas and method references are refused");
                } else if (token.is("@")) {
                    refuse(token, "annotations are allowed only as the rule's catalogue metadata");
                } else if (token.is("#")) {
                    refuse(token, "'#' is not allowed in a custom rule");
                }
                return;
            }
            case NAME -> {
                // checked below
            }
        }
        String name = token.text();
        if (!name.chars().allMatch(ch -> ch < 0x80)) {
            refuse(token, "names are written in ASCII: javac drops some characters (such as a zero-width space) from"
                    + " names, so another alphabet could spell a name this check does not see");
            return;
        }
        if (name.startsWith("$")) {
            return;
        }
        if (previous != null && previous.is(".")) {
            if (!METHODS.contains(name) && !FACT_MEMBERS.contains(name)) {
                refuse(token, "'." + name + "' is not allowed: a custom rule reads the facts' accessors, the thresholds"
                        + " and a few String, date, number, collection and Math methods");
            }
            return;
        }
        if (REFUSED.containsKey(name)) {
            refuse(token, "'" + name + "' is refused: " + REFUSED.get(name));
        } else if (name.equals("drools")) {
            if (following == null || !(following.is(",") || following.is(")"))) {
                refuse(token, "drools may be used only as the first argument of findings.report");
            }
        } else if (previous != null && declaresLocal(previous, following, name)) {
            locals.add(name);
        } else if (!KEYWORDS.contains(name) && !TYPES.contains(name) && !FACT_MEMBERS.contains(name) && !METHODS.contains(name)
                && !TEXT_FUNCTIONS.contains(name) && !functions.contains(name) && !locals.contains(name)
                && FACT_TYPES.stream().noneMatch(type -> type.getSimpleName().equals(name))) {
            refuse(token, "'" + name + "' is not allowed: a custom rule may reach only the facts, the findings collector,"
                    + " the thresholds, the Texts functions and the file's own functions");
        }
    }

    /** {@code String name =}, {@code KeyResultFact kr,}: a local variable or parameter of an allowed type. */
    private static boolean declaresLocal(Token type, Token following, String name) {
        boolean allowedType = TYPES.contains(type.text())
                || FACT_TYPES.stream().anyMatch(fact -> fact.getSimpleName().equals(type.text()));
        return allowedType && Character.isLowerCase(name.charAt(0)) && !KEYWORDS.contains(name)
                && !REFUSED.containsKey(name) && !name.equals("drools") && following != null
                && Stream.of("=", ";", ",", ")", ":").anyMatch(following::is);
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder();
        while (at < tokens.size() && (tokens.get(at).kind() == Token.Kind.NAME || tokens.get(at).is(".")
                || tokens.get(at).is("*"))) {
            name.append(tokens.get(at++).text());
            if (at < tokens.size() && tokens.get(at).kind() == Token.Kind.NAME && tokens.get(at - 1).kind() == Token.Kind.NAME) {
                break;
            }
        }
        return name.toString();
    }

    private boolean next(String word) {
        if (at < tokens.size() && tokens.get(at).is(word)) {
            at++;
            return true;
        }
        return false;
    }

    private void semicolon() {
        next(";");
    }

    private void refuse(Token token, String message) {
        problems.add(new RuleProblem(file, token.line(), where.isEmpty() ? message : where + ": " + message));
    }
}
