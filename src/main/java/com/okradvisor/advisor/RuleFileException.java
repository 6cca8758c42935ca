package com.okradvisor.advisor;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that do not compile, or whose rules lack catalogue metadata or clash with others. */
public final class RuleFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleFileException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
