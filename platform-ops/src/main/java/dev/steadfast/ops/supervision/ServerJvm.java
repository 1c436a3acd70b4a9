package dev.steadfast.ops.supervision;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The JVM of one managed server of this host: the process whose command line the process controller wrote with
 * {@code -D[Server:NAME]} and this host's {@code -Djboss.domain.base.dir}, child of a process controller. The
 * supervisor kills it itself because WildFly's {@code :kill} and {@code :destroy} first ask the process to stop and wait
 * a fixed 5 s before they kill it (measured on WildFly 39.0.1), which a frozen JVM never does: those 5 s would let the
 * cluster suspect it first (docs/reasons.md#the-fencing-arithmetic). Nothing else is ever signalled.
 */
public record ServerJvm(ProcessHandle process) {

    public static Optional<ServerJvm> find(String server, Path domainBaseDir) {
        String name = "-D[Server:" + server + "]";
        String baseDir = "-Djboss.domain.base.dir=" + domainBaseDir;
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(List::of).map(args -> args.contains(name) && args.contains(baseDir)).orElse(false))
                .filter(p -> p.parent().flatMap(parent -> parent.info().arguments()).map(List::of)
                        .map(args -> args.contains("-D[Process Controller]")).orElse(false))
                .findFirst().map(ServerJvm::new);
    }

    /** SIGKILL: a stopped JVM dies at once and the kernel closes its sockets, which its peers' FD_SOCK2 sees. */
    public void kill() {
        process.destroyForcibly();
    }
}
