package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import dev.steadfast.ops.metrics.PrometheusText;

/**
 * When the domain's certificate runs out (every listener of the domain shows it: workers, balancer, management, the
 * hosts' metrics), read from the state's copy at each scrape, so a renewed one shows at once. {@code up} renews a key
 * pair that has less than a month left; the alert {@code CertificateExpiring} is for a domain that is never brought up
 * again in that time.
 */
record CertificateFigures(Path certificate, String host) {

    String page() {
        PrometheusText page = new PrometheusText();
        try (InputStream in = Files.newInputStream(certificate)) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            page.gauge("steadfast_tls_certificate_expiry_timestamp_seconds", "When the domain's TLS certificate runs out, "
                    + "seconds since the epoch", cert.getNotAfter().getTime() / 1000, "host", host);
        } catch (IOException | CertificateException e) {
            // no figure: the alert on a missing figure is the target's own
        }
        return page.toString();
    }
}
