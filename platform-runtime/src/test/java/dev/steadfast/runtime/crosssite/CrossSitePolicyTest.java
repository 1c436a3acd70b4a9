package dev.steadfast.runtime.crosssite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What another site can make a browser send is refused; what a page's own script sends passes. */
class CrossSitePolicyTest {

    private static final String HOST = "shop.example:8443";

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""})
    void aBodyAFormOrAnotherSiteCanSendIsRefused(String contentType) {
        assertTrue(refusal("POST", contentType, null, null, null).orElseThrow().contains("JSON body"));
    }

    @Test
    void aBodylessDeleteWithoutTheHeaderIsRefusedAndWithItPasses() {
        assertTrue(refusal("DELETE", null, null, null, null).isPresent());
        assertEquals(Optional.empty(), refusal("DELETE", null, "fetch", "same-origin", "https://" + HOST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/merge-patch+json", "APPLICATION/JSON"})
    void jsonFromTheSameOriginPasses(String contentType) {
        assertEquals(Optional.empty(), refusal("PUT", contentType, null, "same-origin", "https://" + HOST));
    }

    @Test
    void jsonFromAClientThatIsNoBrowserPasses() {
        assertEquals(Optional.empty(), refusal("POST", "application/json", null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "https://shop.example:9443", "http://shop.example:8443", "null"})
    void aForeignOriginIsRefusedEvenWithJson(String origin) {
        assertEquals(Optional.of("Requests from another origin may not change anything here."),
                refusal("POST", "application/json", "fetch", null, origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void aFetchTheBrowserMarksAsFromAnotherSiteIsRefused(String site) {
        assertTrue(refusal("POST", "application/json", null, site, null).orElseThrow().contains("Sec-Fetch-Site: " + site));
    }

    @Test
    void theDefaultPortMayBeLeftOutOfTheOriginOrTheHost() {
        assertEquals(Optional.empty(), CrossSitePolicy.refusal(new CrossSitePolicy.Request("POST", "application/json", null,
                null, "https://shop.example", "https", "shop.example:443")));
        assertEquals(Optional.empty(), CrossSitePolicy.refusal(new CrossSitePolicy.Request("POST", "application/json", null,
                null, "https://shop.example:443", "https", "shop.example")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void readsAlwaysPass(String method) {
        assertEquals(Optional.empty(), refusal(method, "text/plain", null, "cross-site", "https://evil.example"));
    }

    @Test
    void aLowerCaseMethodNameIsNoSafeMethod() {
        assertTrue(refusal("get", "text/plain", null, null, null).isPresent());
    }

    private static Optional<String> refusal(String method, String contentType, String requestedWith, String fetchSite, String origin) {
        return CrossSitePolicy.refusal(new CrossSitePolicy.Request(method, contentType, requestedWith, fetchSite, origin, "https", HOST));
    }
}
