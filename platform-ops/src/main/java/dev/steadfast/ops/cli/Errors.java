package dev.steadfast.ops.cli;

import java.io.PrintStream;

import dev.steadfast.ops.UserError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one-sentence rule: a mistake on the command line or a {@link UserError} is one plain sentence on stderr and
 * exit 2, with nothing on stdout; any other failure is "steadfast failed: " and its cause, exit 1. Never a stack trace.
 */
final class Errors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int FAILED = 1;
    static final int USER_ERROR = 2;

    private final PrintStream err;

    Errors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        err.println(sentence(ex));
        return USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (ex instanceof UserError) {
            err.println(ex.getMessage());
            return USER_ERROR;
        }
        if (ex instanceof ParameterException p) {
            return handleParseException(p, new String[0]);
        }
        err.println("steadfast failed: " + (ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName()));
        return FAILED;
    }

    static String sentence(ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        boolean top = cl.getParent() == null;
        String command = cl.getCommandName();
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-")) {
                return top ? "Unknown option " + first + "; see 'steadfast --help'."
                        : "Unknown option " + first + " for '" + command + "'; see 'steadfast " + command + " --help'.";
            }
            return top ? "Unknown command '" + first + "'; the commands are " + Steadfast.COMMANDS + "."
                    : "Unexpected argument '" + first + "' for '" + command + "'; see 'steadfast " + command + " --help'.";
        }
        if (top) {
            return "Missing command; the commands are " + Steadfast.COMMANDS + " (see 'steadfast --help').";
        }
        String message = ex.getMessage().lines().findFirst().orElse("Invalid arguments").replaceFirst("[.:]\\s*$", "");
        return message + " for '" + command + "'; see 'steadfast " + command + " --help'.";
    }
}
