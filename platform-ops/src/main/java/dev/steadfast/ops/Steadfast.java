package dev.steadfast.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of {@code bin/steadfast}. A user's mistake ends with one plain sentence on stderr and exit 2;
 * a failure of the platform itself with its cause and exit 1.
 */
public final class Steadfast {

    static final String USAGE = """
            usage: steadfast <command> [options]
              up [--topology NAME|FILE] [--db h2|postgresql --jdbc-url URL --db-user NAME --db-password-file FILE]
              status [--json]
              deploy <archive> --group GROUP
              provision [--topology NAME|FILE] [--db ...]   prepare the hosts and apply cli-scripts offline
              apply [--offline [--topology NAME|FILE]]       re-apply cli-scripts and report what changed
              down
            """;

    private Steadfast() {}

    public static void main(String[] args) {
        // The management client logs its library versions at INFO; the command's own output is what users read.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
            h.setLevel(java.util.logging.Level.WARNING);
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            execute(args, out);
            return 0;
        } catch (UserError e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("steadfast failed: " + e.getMessage());
            return 1;
        }
    }

    private static void execute(String[] args, PrintStream out) {
        if (args.length == 0 || Set.of("-h", "--help", "help").contains(args[0])) {
            out.print(USAGE);
            return;
        }
        String command = args[0];
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--json") || args[i].equals("--offline")) {
                options.put(args[i].substring(2), "true");
            } else if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                int eq = key.indexOf('=');
                if (eq > 0) {
                    options.put(key.substring(0, eq), key.substring(eq + 1));
                } else if (i + 1 < args.length) {
                    options.put(key, args[++i]);
                } else {
                    throw new UserError("Option --" + key + " needs a value.");
                }
            } else {
                positional.add(args[i]);
            }
        }
        Domain domain = new Domain(projectRoot(), StateDir.fromEnvironment(), out);
        switch (command) {
            case "up" -> {
                allow(command, options, positional, 0, "topology", "db", "jdbc-url", "db-user", "db-password-file");
                domain.up(options.getOrDefault("topology", "local"), databaseChoice(options));
            }
            case "status" -> {
                allow(command, options, positional, 0, "json");
                domain.status(options.containsKey("json"));
            }
            case "deploy" -> {
                allow(command, options, positional, 1, "group");
                if (positional.size() != 1 || !options.containsKey("group")) {
                    throw new UserError("Usage: steadfast deploy <archive> --group GROUP.");
                }
                domain.deploy(Path.of(positional.get(0)).toAbsolutePath(), options.get("group"));
            }
            case "provision" -> {
                allow(command, options, positional, 0, "topology", "db", "jdbc-url", "db-user", "db-password-file");
                domain.provision(options.getOrDefault("topology", "local"), databaseChoice(options));
            }
            case "apply" -> {
                allow(command, options, positional, 0, "offline", "topology", "db", "jdbc-url", "db-user", "db-password-file");
                if (options.containsKey("offline")) {
                    domain.applyOffline(options.getOrDefault("topology", "local"), databaseChoice(options));
                } else {
                    domain.apply();
                }
            }
            case "down" -> {
                allow(command, options, positional, 0);
                domain.down();
            }
            default -> throw new UserError("Unknown command '" + command + "'; the commands are up, status, deploy, provision, apply and down.");
        }
    }

    private static Domain.DatabaseChoice databaseChoice(Map<String, String> options) {
        return new Domain.DatabaseChoice(options.getOrDefault("db", "h2"), options.get("jdbc-url"), options.get("db-user"),
                options.containsKey("db-password-file") ? Path.of(options.get("db-password-file")) : null);
    }

    private static void allow(String command, Map<String, String> options, List<String> positional, int maxPositional, String... known) {
        for (String key : options.keySet()) {
            if (!List.of(known).contains(key)) {
                throw new UserError("Unknown option --" + key + " for '" + command + "'.");
            }
        }
        if (positional.size() > maxPositional) {
            throw new UserError("Unexpected argument '" + positional.get(maxPositional) + "' for '" + command + "'.");
        }
    }

    static Path projectRoot() {
        String root = System.getProperty("steadfast.root");
        return Path.of(root != null ? root : ".").toAbsolutePath().normalize();
    }

    static String wildflyVersion() {
        String v = Steadfast.class.getPackage().getImplementationVersion() == null ? null
                : readManifestValue("WildFly-Version");
        return v != null ? v : System.getProperty("steadfast.wildfly.version", "39.0.1.Final");
    }

    private static String readManifestValue(String key) {
        try (var in = Steadfast.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in == null) {
                return null;
            }
            return new java.util.jar.Manifest(in).getMainAttributes().getValue(key);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
