package com.okradvisor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: every markdown page a file of it names is in it, and no relative path
 * written in it climbs out of it. A page named in a comment or a doc is looked for beside the file that
 * names it and at the repository's root.
 */
class DocsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** What is read: the sources, the rules, the docs, and the root's pages, build and descriptor. */
    private static final List<String> SCANNED = List.of("src", "rules", "docs", ".ci");
    private static final List<String> SCANNED_ROOT_FILES = List.of("pom.xml", "atlassian-plugin.xml");

    private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "ico", "jar", "class", "woff", "woff2", "ttf");

    /** A page's name, bare or with a path, as a link target or in running text; an anchor may follow. */
    private static final Pattern PAGE = Pattern.compile("(?<![\\w.-])((?:\\.{1,2}/|[\\w.-]+/)*[\\w.-]+\\.md)(?![\\w-])");

    private static final Path THIS_FILE = Path.of("src/test/java/com/okradvisor/architecture/DocsTest.java");

    /** A relative path that climbs: {@code ../x}, {@code ../../y/z.md}. */
    private static final Pattern CLIMBING = Pattern.compile("(?<![\\w./-])((?:\\.\\./)+[\\w.-]+(?:/[\\w.-]+)*)");

    @Test
    void everyPageNamedIsInTheRepository() {
        List<String> missing = new ArrayList<>();
        for (Path file : scannedFiles()) {
            if (file.endsWith(THIS_FILE)) {
                continue; // its own examples name pages that do not exist, on purpose
            }
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (String page : pagesNamed(lines[i])) {
                    if (!exists(file, page)) {
                        missing.add(where(file, i) + ": " + page);
                    }
                }
            }
        }
        assertThat(missing).as("pages named but not in the repository").isEmpty();
    }

    @Test
    void nothingPointsOutsideTheRepository() {
        List<String> outside = new ArrayList<>();
        for (Path file : scannedFiles()) {
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (String path : climbing(lines[i])) {
                    if (!file.getParent().resolve(path).normalize().startsWith(ROOT)) {
                        outside.add(where(file, i) + ": " + path);
                    }
                }
            }
        }
        assertThat(outside).as("relative paths that leave the repository").isEmpty();
    }

    @Test
    void readsPagesFromLinksAndTextButNotFromAddresses() {
        assertThat(pagesNamed("see [the guide](../elsewhere/GUIDE.md#model) and NOTES.md, not https://x.org/a.md"))
                .containsExactly("../elsewhere/GUIDE.md", "NOTES.md");
        assertThat(exists(ROOT.resolve("docs/design.md"), "jira-api.md")).isTrue();
        assertThat(exists(ROOT.resolve("src/Any.java"), "docs/design.md")).isTrue();
        assertThat(exists(ROOT.resolve("src/Any.java"), "GUIDE.md")).isFalse();
    }

    @Test
    void findsRelativePathsThatClimb() {
        assertThat(climbing("read ../guide.md, ../../x/y and a/../b")).containsExactly("../guide.md", "../../x/y");
    }

    private static List<String> climbing(String line) {
        List<String> paths = new ArrayList<>();
        Matcher path = CLIMBING.matcher(line);
        while (path.find()) {
            paths.add(path.group(1));
        }
        return paths;
    }

    private static List<String> pagesNamed(String line) {
        List<String> pages = new ArrayList<>();
        Matcher page = PAGE.matcher(line);
        while (page.find()) {
            if (!partOfAnAddress(line, page.start())) {
                pages.add(page.group(1));
            }
        }
        return pages;
    }

    /** A name inside a web address ({@code https://…/x.md}) names someone else's page. */
    private static boolean partOfAnAddress(String line, int start) {
        int wordStart = start;
        while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1)) && line.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        return line.substring(wordStart, start).contains("://");
    }

    private static boolean exists(Path file, String page) {
        return Files.isRegularFile(file.getParent().resolve(page).normalize())
                || Files.isRegularFile(ROOT.resolve(page).normalize());
    }

    private static List<Path> scannedFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> root = Files.list(ROOT)) {
            root.filter(file -> file.getFileName().toString().endsWith(".md")).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SCANNED_ROOT_FILES.stream().map(ROOT::resolve).filter(Files::isRegularFile).forEach(files::add);
        for (String folder : SCANNED) {
            Path start = ROOT.resolve(folder);
            if (!Files.isDirectory(start)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(start)) {
                tree.filter(Files::isRegularFile).filter(DocsTest::isText).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).as("files scanned").isNotEmpty();
        return files;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 || !BINARY.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The file's text, or nothing for a file that is not UTF-8 text. */
    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String where(Path file, int line) {
        return ROOT.relativize(file) + ":" + (line + 1);
    }
}
