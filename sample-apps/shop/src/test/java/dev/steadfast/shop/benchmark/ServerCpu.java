package dev.steadfast.shop.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPU time of a domain's servers (workers and balancer), as the kernel counts it in {@code /proc/PID/stat}, read
 * through the JDK's {@link ProcessHandle}: found by {@code [Server:NAME]} and the domain's state directory in their
 * command lines, so the load generator, the host controllers and anything else on the machine are never counted.
 *
 * @param cpu each server's process id and CPU time so far, by server name
 */
record ServerCpu(Map<String, Sample> cpu) {

    /** One server's process and the CPU time it used so far. */
    record Sample(long pid, Duration used) {
    }

    private static final Pattern SERVER = Pattern.compile("\\[Server:([^\\]]+)\\]");

    static ServerCpu of(Path state) {
        Map<String, Sample> cpu = new TreeMap<>();
        ProcessHandle.allProcesses().forEach(p -> {
            String command = p.info().commandLine().orElse("");
            Matcher server = SERVER.matcher(command);
            if (server.find() && command.contains(state.toString())) {
                cpu.put(server.group(1), new Sample(p.pid(), p.info().totalCpuDuration().orElse(Duration.ZERO)));
            }
        });
        if (cpu.isEmpty()) {
            throw new IllegalStateException("No server of the domain in " + state + " is running");
        }
        return new ServerCpu(cpu);
    }

    /** CPU seconds every server spent since {@code before}; a server that was restarted since counts from its new start. */
    double secondsSince(ServerCpu before) {
        return cpu.entrySet().stream().mapToDouble(e -> {
            Sample then = before.cpu.get(e.getKey());
            Duration since = then != null && then.pid() == e.getValue().pid() ? e.getValue().used().minus(then.used()) : e.getValue().used();
            return since.toMillis() / 1000.0;
        }).sum();
    }

    /** The servers whose process is not the one it was at {@code before}: restarted, fenced or gone. */
    Map<String, Long> replacedSince(ServerCpu before) {
        Map<String, Long> replaced = new TreeMap<>();
        before.cpu.forEach((name, then) -> {
            Sample now = cpu.get(name);
            if (now == null || now.pid() != then.pid()) {
                replaced.put(name, then.pid());
            }
        });
        return replaced;
    }
}
