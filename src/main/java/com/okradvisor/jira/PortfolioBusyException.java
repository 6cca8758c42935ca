package com.okradvisor.jira;

/**
 * This node is already judging as many portfolios as it may at once ({@link PortfolioCache}) and none
 * finished in time for this request: the caller should try again in {@link #RETRY_AFTER_SECONDS}.
 * Nothing was read for the request.
 */
public class PortfolioBusyException extends OkrReadException {

    private static final long serialVersionUID = 1L;

    /** How long a refused caller should wait before asking again: about one judgement of a large site. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** What the refusal says, whatever surface shows it. */
    public static final String MESSAGE = "This Jira node is judging other portfolios for the OKR Advisor; try again in "
            + RETRY_AFTER_SECONDS + " seconds.";

    PortfolioBusyException() {
        super(MESSAGE, null);
    }
}
