package com.okradvisor.plugin;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the pages' browser tests, with AUI's real CSS (npm {@code @atlassian/aui},
 * which {@code .ci/run} installs). Pages are written to {@code target/panels}, screenshots to
 * {@code target/screenshots}. A test using it is skipped where Chromium or AUI is missing.
 */
final class HeadlessChromium {

    static final Path AUI_CSS = Paths.get("node_modules/@atlassian/aui/dist/aui/aui-prototyping.css");
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    static final Path PAGES = Paths.get("target", "panels");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private HeadlessChromium() {
    }

    /** A browser whose window is {@code width} × {@code height} pixels; skips the test class without Chromium or AUI. */
    static ChromeDriver open(int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium and its driver are not installed");
        assumeTrue(Files.isRegularFile(AUI_CSS), "AUI is not installed: npm install @atlassian/aui (see .ci/run)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--allow-file-access-from-files");
        ChromeDriver browser = new ChromeDriver(options);
        browser.manage().window().setSize(new Dimension(width, height));
        Files.createDirectories(PAGES);
        Files.createDirectories(SCREENSHOTS);
        return browser;
    }

    static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
