package com.okradvisor.testing;

import static com.okradvisor.testing.Okr.keyResult;

import com.okradvisor.model.Portfolio;
import java.util.List;

/** An admin's custom rule file, a broken copy of it, and a portfolio it fires on. */
public final class CustomRules {

    public static final String FILE = "acme.drl";
    public static final String KEY = "acme-no-vendor-names";
    /** The line of {@link #BROKEN} the compiler blames. */
    public static final int BROKEN_LINE = 12;

    /** The one condition of {@link #VENDOR_RULE}, for tests that write a variant of it. */
    public static final String CONDITION = "$kr : KeyResultFact( summary.contains(\"Salesforce\") )";

    public static final String VENDOR_RULE = """
            package acme.rules;
            import com.okradvisor.advisor.fact.*;
            global com.okradvisor.advisor.FindingCollector findings;

            rule "Key result mentions a vendor"
                @ruleKey("acme-no-vendor-names")
                @severity("INFO")
                @title("Vendor named in a key result")
                @rationale("Key results should measure outcomes, not tools.")
                @remedy("Name the outcome instead of the vendor.")
            when
                $kr : KeyResultFact( summary.contains("Salesforce") )
            then
                findings.report(drools, $kr.key(), "KR " + $kr.key() + " names a vendor");
            end
            """;

    /** {@link #VENDOR_RULE} reading a field key results do not have, on line {@link #BROKEN_LINE}. */
    public static final String BROKEN = VENDOR_RULE.replace(CONDITION,
            "$kr : KeyResultFact( nosuchfield > 3 )");

    /** The key of {@link #throwingOn}'s rule. */
    public static final String THROWING_KEY = "acme-throws";

    private CustomRules() {
    }

    /**
     * A file whose rule passes the dry run (it matches only {@code issueKey}) but throws in its consequence
     * on that issue: a custom rule that breaks on real data.
     */
    public static String throwingOn(String issueKey) {
        return VENDOR_RULE.replace(KEY, THROWING_KEY).replace("Key result mentions a vendor", "Throws on " + issueKey)
                .replace(CONDITION, "$kr : KeyResultFact( key == \"" + issueKey + "\" )")
                .replace("\"KR \" + $kr.key() + \" names a vendor\"", "$kr.summary().substring(500)");
    }

    /** A healthy objective whose key result GRO-103 names a vendor, with a KPI so no alignment rule fires. */
    public static Portfolio withVendorKeyResult() {
        return Okr.portfolio(List.of(Okr.healthyObjective("GRO-1")
                        .keyResults(keyResult("GRO-103").summary("Sync 95% of leads to Salesforce within 1 hour"))),
                List.of(Okr.kpi("GRO-90").supports("GRO-1")));
    }
}
