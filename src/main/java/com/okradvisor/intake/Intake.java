package com.okradvisor.intake;

import com.okradvisor.model.Portfolio;
import java.util.List;

/**
 * What {@link PortfolioAssembler} made of the records.
 *
 * @param portfolio the objectives, key results and KPIs
 * @param problems what could not be taken as it came, in the order met
 */
public record Intake(Portfolio portfolio, List<IntakeProblem> problems) {

    public Intake {
        problems = List.copyOf(problems);
    }

    /** The problems of {@code kind}. */
    public List<IntakeProblem> problems(IntakeProblem.Kind kind) {
        return problems.stream().filter(problem -> problem.kind() == kind).toList();
    }
}
