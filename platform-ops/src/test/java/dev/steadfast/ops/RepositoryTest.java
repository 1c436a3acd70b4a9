package dev.steadfast.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: its reasons live in its own docs (no file points to a design note outside it),
 * and the README's layout names every top-level folder and every script of bin/, and nothing that is not there.
 */
class RepositoryTest {

    private static final Path ROOT = Path.of(System.getProperty("steadfast.root", "..")).toAbsolutePath().normalize();
    private static final Set<String> NOT_OURS = Set.of(".git", "target");

    @Test
    void noFileOfTheRepositoryPointsToADesignNoteOutsideIt() throws IOException {
        String outside = "DESIGN" + ".md";
        List<String> pointing = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return NOT_OURS.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (read(file).contains(outside)) {
                    pointing.add(ROOT.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertEquals(List.of(), pointing);
    }

    @Test
    void theReadmesLayoutNamesEveryTopLevelFolderAndNothingElse() throws Exception {
        Set<String> folders = new TreeSet<>();
        trackedFiles().stream().filter(f -> f.contains("/")).map(f -> f.substring(0, f.indexOf('/'))).forEach(folders::add);
        assertEquals(folders, layoutRows(Pattern.compile("^\\| `([^`/]+)/` \\|")));
    }

    @Test
    void theReadmesLayoutNamesEveryScriptOfBinAndNothingElse() throws Exception {
        Set<String> scripts = new TreeSet<>();
        trackedFiles().stream().filter(f -> f.startsWith("bin/") && f.indexOf('/', 4) < 0).map(f -> f.substring(4)).forEach(scripts::add);
        assertEquals(scripts, layoutRows(Pattern.compile("^\\| `bin/([^`]+)` \\|")));
    }

    @Test
    void theApplicationParentImportsTheReleaseBeingBuilt() throws IOException {
        String pom = Files.readString(ROOT.resolve("platform-app-parent/pom.xml"));
        Matcher m = Pattern.compile("<steadfast.version>([^<]+)</steadfast.version>").matcher(pom);
        assertEquals(true, m.find(), "platform-app-parent/pom.xml names no steadfast.version");
        assertEquals(Versions.steadfast(), m.group(1));
    }

    /** What the repository holds (and what a clone gets): git's own list, not whatever else lies in the work tree. */
    private static List<String> trackedFiles() throws Exception {
        Process git = new ProcessBuilder("git", "-C", ROOT.toString(), "ls-files")
                .redirectErrorStream(true).start();
        List<String> files = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, git.waitFor(), "git ls-files failed: " + files);
        return files;
    }

    private static Set<String> layoutRows(Pattern row) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String layout = readme.substring(readme.indexOf("## Layout"));
        int next = layout.indexOf("\n## ", 1);
        Set<String> names = new TreeSet<>();
        for (String line : (next < 0 ? layout : layout.substring(0, next)).lines().toList()) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Text files only: a binary file (a zip, an image) cannot point anywhere in words. */
    private static String read(Path f) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
                if (bytes[i] == 0) {
                    return "";
                }
            }
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
