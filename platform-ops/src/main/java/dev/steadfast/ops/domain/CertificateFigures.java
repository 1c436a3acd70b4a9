package dev.steadfast.ops.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import dev.steadfast.ops.metrics.PrometheusText;
import dev.steadfast.ops.provision.Secrets;

/**
 * When the domain's certificate runs out (every listener of the domain shows it: workers, balancer, management, the
 * hosts' metrics) and the monitoring client's, read from the state at each scrape, so a renewed one shows at once.
 * {@code up} renews a key pair that has less than a month left; the alert {@code CertificateExpiring} is for a domain
 * that is never brought up again in that time.
 */
record CertificateFigures(Secrets secrets, String host) {

    private static final String HELP = "When a certificate runs out, seconds since the epoch: the domain's (every listener's) "
            + "or the monitoring client's";

    String page() {
        PrometheusText page = new PrometheusText();
        try (InputStream in = Files.newInputStream(secrets.certificate())) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            page.gauge("steadfast_tls_certificate_expiry_timestamp_seconds", HELP, cert.getNotAfter().getTime() / 1000,
                    "host", host, "certificate", "domain");
        } catch (IOException | CertificateException e) {
            // no figure for it
        }
        try {
            page.gauge("steadfast_tls_certificate_expiry_timestamp_seconds", HELP,
                    secrets.monitoringCertificate().getNotAfter().getTime() / 1000, "host", host, "certificate", "monitoring");
        } catch (RuntimeException e) {
            // no monitoring key pair yet
        }
        return page.toString();
    }
}
