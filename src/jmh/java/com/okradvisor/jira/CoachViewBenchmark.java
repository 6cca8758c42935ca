package com.okradvisor.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.okradvisor.model.Mapping;
import com.okradvisor.model.Portfolio;
import com.okradvisor.plugin.PanelRenderer;
import com.okradvisor.testing.PortfolioGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The coach view over 10,000 objectives, 49,203 key results and 2,000 KPIs (docs/design.md, "Performance
 * targets": the first page under 2 s, the next page or a filter change under 200 ms), as a user's browser
 * asks {@link OkrCoachServlet} for it: the servlet reads the portfolio through {@link SimulatedJira}, whose
 * every call costs what {@link JiraCosts} says Jira's does ({@code -p costs=dataCenter}; {@code free} times
 * the app's own work alone), judges it with the shipped rules, indexes the findings, and Velocity renders
 * {@code templates/coach/coach.vm} as the panel benchmarks render panels. Judged as of
 * {@link PortfolioGenerator#AS_OF} by a fixed clock.
 *
 * <ul>
 *   <li>{@link #firstPage}: nothing reused (a fresh judgement cache for each call: a node after a
 *       restart, or after the reuse window, with no one else viewing), one call per measurement, the JVM
 *       warm;</li>
 *   <li>{@link #firstPageSiteReady}: a viewer's first page on a node whose read of the whole site is
 *       fresh (another viewer made it within the reuse window): the viewer's portfolio taken out of it
 *       by permission checks, judged, indexed and rendered;</li>
 *   <li>{@link #nextPage} and {@link #filterChange}: the same user within the reuse window, so the
 *       judgement is reused and only the page is selected and rendered.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class CoachViewBenchmark {

    private static final int OBJECTIVES = 10_000;
    private static final Clock CLOCK = Clock.fixed(PortfolioGenerator.AS_OF.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** What Jira's calls cost: {@code dataCenter} (docs/performance.md) or {@code free}. */
    @Param({"dataCenter", "free"})
    public String costs;

    /**
     * Links of <i>Relates</i> between the site's other issues, beside the portfolio's: 30000 makes the type
     * link more issues than one read takes whole, so the read goes issue by issue (docs/performance.md).
     */
    @Param({"0"})
    public int otherRelatesLinks;

    private SimulatedJira jira;
    private InMemoryPluginSettings pluginSettings;
    private OkrSettingsStore store;
    private AdvisorInForce rules;
    private TemplateRenderer renderer;
    private OkrCoachServlet warm;
    private String project;
    private SiteRead siteRead;

    @Setup
    public void setUp() throws IOException {
        Portfolio portfolio = PortfolioGenerator.portfolio(PortfolioGenerator.SEED, OBJECTIVES);
        project = portfolio.objectives().get(0).issue().projectKey();
        jira = new SimulatedJira(portfolio, JiraCosts.paid(JiraCosts.model(costs))).otherLinks("Relates", otherRelatesLinks);
        pluginSettings = new InMemoryPluginSettings();
        store = new OkrSettingsStore(pluginSettings, new InMemoryClusterLocks());
        rules = new AdvisorInForce(store);
        PanelRenderer velocity = new PanelRenderer();
        renderer = (template, context, writer) -> writer.write(velocity.render(template, context));
        warm = servlet(new PortfolioCache(pluginSettings, CLOCK));
        view(warm, Map.of());
        siteRead = jira.portfolioReader().readSite(jira.admin, Mapping.DEFAULTS);
    }

    /**
     * A servlet with a judgement cache of its own, as a node has after a restart; no coach group is set, so
     * every logged-in user may open it and no membership is asked.
     */
    private OkrCoachServlet servlet(PortfolioCache cache) {
        JiraAuthenticationContext authentication = () -> jira.user;
        OkrAssessments assessments = new OkrAssessments(jira.reader(), jira.portfolioReader(), store, rules, cache);
        CoachAccess everyone = new CoachAccess((user, group) -> false, (permission, user) -> false);
        return new OkrCoachServlet(authentication, renderer, new PanelRenderer.Texts(), assessments, everyone, CLOCK);
    }

    /** Each first page meets an empty judgement cache. */
    @State(Scope.Thread)
    public static class Cold {
        OkrCoachServlet servlet;

        @Setup(Level.Invocation)
        public void emptyCache(CoachViewBenchmark benchmark) {
            servlet = benchmark.servlet(new PortfolioCache(benchmark.pluginSettings, CLOCK));
        }
    }

    /** Each first page meets a cache holding a fresh read of the whole site and no judgement. */
    @State(Scope.Thread)
    public static class SiteReady {
        OkrCoachServlet servlet;

        @Setup(Level.Invocation)
        public void siteReadOnly(CoachViewBenchmark benchmark) {
            PortfolioCache cache = new PortfolioCache(benchmark.pluginSettings, CLOCK);
            cache.site(Mapping.DEFAULTS, () -> benchmark.siteRead);
            servlet = benchmark.servlet(cache);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    public String firstPage(Cold cold) throws IOException {
        return view(cold.servlet, Map.of());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    public String firstPageSiteReady(SiteReady ready) throws IOException {
        return view(ready.servlet, Map.of());
    }

    @Benchmark
    public String nextPage() throws IOException {
        return view(warm, Map.of("page", "2"));
    }

    /** Only the major findings of one project, grouped by rule. */
    @Benchmark
    public String filterChange() throws IOException {
        return view(warm, Map.of("severity", "MAJOR", "project", project, "group", "rule"));
    }

    /** Prints what the site charged for Jira's calls in the iteration just measured: Jira's share of it. */
    @TearDown(Level.Iteration)
    public void jiraShare() {
        System.out.printf(Locale.ROOT, "%nJira's calls charged %,.1f ms (%,d calls)%n", jira.costs().chargedNanos() / 1e6, jira.costs().calls());
        jira.costs().forget();
    }

    /** The page the servlet answers to a GET with {@code query}; fails unless it answers 200. */
    private static String view(OkrCoachServlet servlet, Map<String, String> query) throws IOException {
        StringWriter body = new StringWriter();
        int[] status = {0};
        Map<String, String[]> parameters = new LinkedHashMap<>();
        query.forEach((name, value) -> parameters.put(name, new String[] {value}));
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(CoachViewBenchmark.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getParameterMap" -> parameters;
                    case "getParameter" -> parameters.containsKey((String) arguments[0]) ? parameters.get((String) arguments[0])[0] : null;
                    case "getContextPath" -> "/jira";
                    default -> throw new UnsupportedOperationException("the benchmark's request has no " + method.getName());
                });
        PrintWriter writer = new PrintWriter(body);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(CoachViewBenchmark.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getWriter" -> writer;
                    case "setStatus", "sendError" -> {
                        status[0] = (Integer) arguments[0];
                        yield null;
                    }
                    case "setContentType", "setHeader" -> null;
                    default -> throw new UnsupportedOperationException("the benchmark's response has no " + method.getName());
                });
        servlet.doGet(request, response);
        writer.flush();
        if (status[0] != HttpServletResponse.SC_OK) {
            throw new IllegalStateException("the coach view answered " + status[0] + " to " + query);
        }
        return body.toString();
    }
}
