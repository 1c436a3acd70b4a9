package dev.steadfast.ops.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.steadfast.ops.UserError;

/**
 * The server configuration an application carries in its own archive: numbered, idempotent JBoss CLI scripts in
 * {@code WEB-INF/steadfast/profile/} of a WAR ({@code META-INF/steadfast/profile/} of a JAR or EAR), written like
 * {@code cli-scripts/profile/} against {@code ${steadfast.profile}}. {@code steadfast deploy} and {@code rollout}
 * apply them to the group's profile before the archive, and the standalone test server gets them after the curated
 * scripts, so an application's own security realm, for one, is in place wherever it runs
 * (docs/reasons.md#configuration-an-application-carries).
 * <p>
 * An archive may change only the subsystems of its own profile: every line is a comment, an {@code if ... of},
 * {@code else} or {@code end-if}, or an operation, each addressing {@code ${steadfast.profile}/subsystem=...}, never
 * a parent ({@code ..}), with no redirection, pipe or other expression, and no control character but line feeds and
 * tabs. Anything else (hosts, management, other profiles, deployments, batches, files, shell commands) is refused
 * before a line is run.
 */
public final class ArchiveScripts {

    static final String PROFILE = "${steadfast.profile}";
    private static final Pattern OPERATION = Pattern.compile(Pattern.quote(PROFILE + "/subsystem=") + "[A-Za-z0-9_.-]+[/:].*");
    /**
     * {@code if (condition) of operation}: the CLI runs what follows the first balanced condition and {@code of}. The
     * condition may hold quoted strings but no parenthesis inside them, so that the CLI's reading of where it ends
     * and this one's agree whether or not quotes are heeded.
     */
    private static final Pattern GUARD = Pattern.compile("if \\((?:[^()\"]|\"[^\"()]*\")*\\) of (.*)");
    /** What the CLI would resolve: {@code ${...}} expressions and {@code $name} variables (a regex's {@code $} is neither). */
    private static final Pattern EXPRESSION = Pattern.compile("\\$[{A-Za-z_]");
    private static final Pattern NAME = Pattern.compile("[0-9]{3}-[a-z0-9-]+\\.cli");

    private final String archiveName;
    private final Map<String, String> scripts;

    private ArchiveScripts(String archiveName, Map<String, String> scripts) {
        this.archiveName = archiveName;
        this.scripts = scripts;
    }

    /** The scripts of an archive, in apply order (by file name); none when it carries none. */
    public static ArchiveScripts of(Path archive) {
        String name = archive.getFileName().toString();
        String folder = (name.endsWith(".war") ? "WEB-INF" : "META-INF") + "/steadfast/profile/";
        Map<String, String> found = new TreeMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String path = entry.getName();
                if (entry.isDirectory() || !path.startsWith(folder) || path.indexOf('/', folder.length()) >= 0) {
                    continue;
                }
                String file = path.substring(folder.length());
                if (!NAME.matcher(file).matches()) {
                    throw new UserError(name + " carries " + path + ": its profile scripts are named NNN-words.cli.");
                }
                found.put(file, new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.util.zip.ZipException e) {
            throw new UserError(archive + " is not a readable archive (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArchiveScripts scripts = new ArchiveScripts(name, found);
        found.forEach(scripts::requireProfileOnly);
        return scripts;
    }

    public boolean isEmpty() {
        return scripts.isEmpty();
    }

    public List<String> names() {
        return List.copyOf(scripts.keySet());
    }

    /** The scripts for a profile's address ({@code /profile=NAME}, or empty for a standalone server), each introduced by an echo. */
    public String render(String profileAddress) {
        StringBuilder sb = new StringBuilder();
        scripts.forEach((file, text) -> sb.append("echo \"steadfast: ").append(archiveName).append('/').append(file).append("\"\n")
                .append(text.replace(PROFILE, profileAddress)).append('\n'));
        return sb.toString();
    }

    private void requireProfileOnly(String file, String text) {
        // The CLI reads a script by lines, and a carriage return alone also ends one: a comment could hide an operation.
        if (text.chars().anyMatch(c -> c != '\n' && c != '\t' && Character.isISOControl(c))) {
            throw new UserError(archiveName + " " + file + " holds a control character other than a line feed or a tab.");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher guard = GUARD.matcher(line);
            boolean allowed = line.isEmpty() || line.startsWith("#") || line.equals("else") || line.equals("end-if")
                    || (guard.matches() ? isProfileOperation(guard.group(1)) : isProfileOperation(line));
            if (!allowed) {
                throw new UserError(archiveName + " " + file + " line " + (i + 1) + " does not address only the subsystems of "
                        + PROFILE + ", which is all an archive may change: " + line);
            }
        }
    }

    /**
     * An operation on a subsystem of the profile, with no parent step ({@code ..}), no output redirection or pipe
     * ({@code >}, {@code |}: the CLI would write a file as the operator), and no expression but the profile's own
     * ({@code ${env.X}} would copy the operator's environment into the configuration; a {@code $} that ends a regex is
 * no expression).
     */
    private static boolean isProfileOperation(String line) {
        return OPERATION.matcher(line).matches() && !line.contains("..") && line.indexOf('>') < 0 && line.indexOf('|') < 0
                && !EXPRESSION.matcher(line.replace(PROFILE, "")).find();
    }
}
