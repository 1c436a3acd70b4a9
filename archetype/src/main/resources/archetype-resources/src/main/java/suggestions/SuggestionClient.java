package ${package}.suggestions;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Asks the suggestion service (MicroProfile Config {@code suggestions.url}) for tags that fit a title.
 * Each attempt may take 1 s; two retries; once 6 of the last 8 attempts failed the breaker opens for 5 s, and
 * calls fail fast without touching the service. Whatever happens, the caller gets a list: empty when the service cannot help.
 */
@ApplicationScoped
public class SuggestionClient {

    @Inject
    @ConfigProperty(name = "suggestions.url")
    String url;

    /**
     * Socket time-outs of its own: Fault Tolerance's @Timeout interrupts the waiting thread, which a blocking read
     * may ignore, so the client itself also gives up on a service that accepted the call and never answers.
     */
    private final Client client = ClientBuilder.newBuilder()
            .connectTimeout(1, TimeUnit.SECONDS).readTimeout(1, TimeUnit.SECONDS).build();

    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "noSuggestions")
    public List<String> tagsFor(String title) {
        JsonArray tags = client.target(url).queryParam("title", title)
                .request(MediaType.APPLICATION_JSON).get(JsonArray.class);
        return tags.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    List<String> noSuggestions(String title) {
        return List.of();
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
