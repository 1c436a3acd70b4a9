package dev.steadfast.ops.management;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.sasl.RealmCallback;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.OperationMessageHandler;
import org.jboss.as.controller.client.ModelControllerClientConfiguration;
import org.jboss.as.controller.client.Operation;
import org.jboss.dmr.ModelNode;

/**
 * The domain's management API, reached at the domain controller over HTTPS (remote+https) as the generated
 * administrator. All that {@code steadfast} knows of a running domain it reads here, never from logs.
 */
public final class Management implements AutoCloseable {

    private final ModelControllerClient client;

    private Management(ModelControllerClient client) {
        this.client = client;
    }

    /** Connects as {@code user}; with a null user the client offers no credentials (only a local-user login could succeed). */
    public static Management connect(String address, int port, Path trustStore, String trustPassword, String user, String password) {
        ModelControllerClientConfiguration config = new ModelControllerClientConfiguration.Builder()
                .setProtocol("remote+https").setHostName(address).setPort(port)
                .setSslContext(sslContext(trustStore, trustPassword.toCharArray()))
                .setConnectionTimeout(5000)
                .setHandler(user == null ? null : callbacks -> {
                    for (Callback c : callbacks) {
                        if (c instanceof NameCallback n) {
                            n.setName(user);
                        } else if (c instanceof PasswordCallback p) {
                            p.setPassword(password.toCharArray());
                        } else if (c instanceof RealmCallback r) {
                            r.setText(r.getDefaultText());
                        } else {
                            throw new UnsupportedCallbackException(c);
                        }
                    }
                }).build();
        return new Management(ModelControllerClient.Factory.create(config));
    }

    public static SSLContext sslContext(Path trustStore, char[] password) {
        return sslContext(trustStore, null, password);
    }

    /**
     * TLS trusting the certificates of {@code trustStore} and, when {@code keyStore} is given, showing its key pair
     * (workers ask for it); both PKCS12 with the same password.
     */
    public static SSLContext sslContext(Path trustStore, Path keyStore, char[] password) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load(trustStore, password));
            KeyManagerFactory kmf = null;
            if (keyStore != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(load(keyStore, password), password);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds an address from name/value pairs: address("host", "primary", "server", "apps-1"). */
    public static ModelNode address(String... pairs) {
        ModelNode a = new ModelNode().setEmptyList();
        for (int i = 0; i < pairs.length; i += 2) {
            a.add(pairs[i], pairs[i + 1]);
        }
        return a;
    }

    public static ModelNode op(String name, ModelNode address) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").set(address);
        return op;
    }

    /** Runs an operation and returns its result; a failed outcome becomes an exception with WildFly's own words. */
    public ModelNode execute(ModelNode op) {
        ModelNode response = executeRaw(op);
        if (!"success".equals(response.get("outcome").asString())) {
            throw new IllegalStateException(op.get("operation").asString() + " on " + op.get("address")
                    + " failed: " + response.get("failure-description"));
        }
        return response.get("result");
    }

    public ModelNode executeRaw(ModelNode op) {
        try {
            return client.execute(op);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a read, waiting at most {@code timeout} for its answer: a read that the domain controller proxies to a hung
     * server never answers, and the supervisor and {@code status} must go on. A timed-out read is cancelled and answered
     * as failed, with "timed out" as its failure description.
     */
    public ModelNode executeRaw(ModelNode op, Duration timeout) {
        return execute(op, timeout, true);
    }

    /**
     * Runs an operation that changes something (a server's start), waiting at most {@code timeout} for its answer but
     * never cancelling it: a cancelled {@code :start} interrupts the host controller's thread midway and leaves the
     * server stuck in STOPPING (measured on WildFly 39.0.1). A timed-out one is answered as failed.
     */
    public ModelNode executeUncancelled(ModelNode op, Duration timeout) {
        return execute(op, timeout, false);
    }

    private ModelNode execute(ModelNode op, Duration timeout, boolean cancelOnTimeout) {
        CompletableFuture<ModelNode> answer = client.executeAsync(op, OperationMessageHandler.DISCARD);
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (cancelOnTimeout) {
                answer.cancel(true);
            }
            ModelNode failed = new ModelNode();
            failed.get("outcome").set("failed");
            failed.get("failure-description").set("timed out after " + timeout.toMillis() + " ms");
            return failed;
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new IOException(e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public ModelNode execute(Operation op) {
        try {
            ModelNode response = client.execute(op);
            if (!"success".equals(response.get("outcome").asString())) {
                throw new IllegalStateException(op.getOperation().get("operation").asString() + " failed: "
                        + response.get("failure-description"));
            }
            return response.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ModelNode readAttribute(ModelNode address, String attribute) {
        ModelNode op = op("read-attribute", address);
        op.get("name").set(attribute);
        return execute(op);
    }

    public List<String> childrenNames(ModelNode address, String type) {
        ModelNode op = op("read-children-names", address);
        op.get("child-type").set(type);
        return execute(op).asList().stream().map(ModelNode::asString).toList();
    }

    /** True once the domain controller answers a read as this user. */
    public boolean reachable() {
        try {
            ModelNode op = op("read-attribute", address());
            op.get("name").set("release-version");
            ModelNode response = client.execute(op);
            return "success".equals(response.get("outcome").asString());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
