package com.okradvisor.cli.report;

import com.okradvisor.advisor.Advisor;
import com.okradvisor.advisor.AdvisorSettings;
import com.okradvisor.model.Portfolio;
import com.okradvisor.testing.Okr;
import com.okradvisor.view.PortfolioView;

/** Builds report views of small portfolios, judged by the shipped rules as of {@link Okr#AS_OF}. */
final class Reports {

    private static final Advisor ADVISOR = Advisor.load(Reports.class.getClassLoader());

    private Reports() {
    }

    static PortfolioView viewOf(Portfolio portfolio) {
        return PortfolioView.of(portfolio, ADVISOR.assess(portfolio, AdvisorSettings.DEFAULTS, Okr.AS_OF),
                ADVISOR.catalogue(), Okr.AS_OF);
    }

    /** A portfolio whose objective GRO-1 has an unmeasurable key result GRO-103 titled {@code keyResultTitle}. */
    static Portfolio givenUnmeasurableKeyResult(String objectiveTitle, String keyResultTitle) {
        return Okr.portfolio(Okr.healthyObjective("GRO-1").summary(objectiveTitle)
                .keyResults(Okr.keyResult("GRO-103").summary(keyResultTitle)));
    }
}
