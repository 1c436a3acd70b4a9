package dev.steadfast.shop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.HeadlessChromium;
import dev.steadfast.testing.TestClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The shop's page in a real headless Chromium: Debian's chromium and chromedriver (bin/browser-setup). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void openTheBrowser() {
        chromium = HeadlessChromium.open();
        browser = chromium.driver();
    }

    @AfterEach
    void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aShopperAddsTwoProductsSeesThemInTheCartChecksOutAndSeesTheOrderConfirmed() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(new TestClient(deployment).base().toString());

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#products li[data-sku='TEA-ASSAM'] button.add"))).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cart li.cart-line"), 1));
        browser.findElement(By.cssSelector("#products li[data-sku='HONEY-ACACIA'] button.add")).click();
        List<WebElement> lines = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cart li.cart-line"), 2));

        assertTrue(lines.get(0).getText().contains("Assam tea"), lines.get(0).getText());
        assertTrue(lines.get(1).getText().contains("Acacia honey"), lines.get(1).getText());
        assertEquals("15.45", browser.findElement(By.id("cart-total")).getText());
        assertFalse(browser.findElement(By.id("node")).getText().isBlank());

        browser.findElement(By.id("checkout")).click();
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#confirmation:not(:empty)")));

        assertTrue(confirmation.getText().matches("Order #\\d+ confirmed \\(paid\\), total 15\\.45\\."), confirmation.getText());
        assertEquals(0, browser.findElements(By.cssSelector("#cart li.cart-line")).size());
        assertEquals("", browser.findElement(By.id("message")).getText());
    }

    /**
     * The answer to a checkout is lost (the order was made, the page never heard): the page keeps its key for a
     * retry. The shopper then adds another product: that cart is a new checkout, which goes through, where the
     * old key would be refused (422) for another cart on every try.
     */
    @Test
    void aCheckoutWhoseAnswerWasLostAndThenAnotherProductMakeANewOrder() {
        WebDriverWait wait = openTheShop();
        addOnThePage(wait, "TEA-ASSAM", 1);
        loseTheNextCheckoutAnswer();
        browser.findElement(By.id("checkout")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "answer was lost"));

        browser.findElement(By.cssSelector("#products li[data-sku='HONEY-ACACIA'] button.add")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cart li.cart-line[data-sku='HONEY-ACACIA']"), 1));
        browser.findElement(By.id("checkout")).click();

        assertConfirmed(wait);
    }

    /**
     * The answer to a checkout is lost, and the cart changes in another tab of the same session: the page's retry
     * under the old key is refused (422). The page drops that key, so the next try is a new checkout.
     */
    @Test
    void aKeyRefusedForAnotherCartIsDroppedSoTheNextCheckoutGoesThrough() {
        WebDriverWait wait = openTheShop();
        addOnThePage(wait, "TEA-ASSAM", 1);
        loseTheNextCheckoutAnswer();
        browser.findElement(By.id("checkout")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "answer was lost"));
        Object added = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                    const products = await (await fetch('api/products', { headers: { 'Accept': 'application/json' } })).json();
                    const mug = products.find(p => p.sku === 'MUG-STONE');
                    const response = await fetch('api/cart/items', { method: 'POST', credentials: 'same-origin',
                        headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' },
                        body: JSON.stringify({ productId: mug.id, quantity: 1 }) });
                    return response.status;
                })().then(done, e => done(String(e)));
                """);
        assertEquals(200L, added, "the other tab's change of the cart");

        browser.findElement(By.id("checkout")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Idempotency-Key"));
        browser.findElement(By.id("checkout")).click();

        assertConfirmed(wait);
    }

    private WebDriverWait openTheShop() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(new TestClient(deployment).base().toString());
        return wait;
    }

    private void addOnThePage(WebDriverWait wait, String sku, int lines) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#products li[data-sku='" + sku + "'] button.add"))).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cart li.cart-line"), lines));
    }

    /** The next checkout reaches the shop, which makes the order, but its answer never reaches the page. */
    private void loseTheNextCheckoutAnswer() {
        ((JavascriptExecutor) browser).executeScript("""
                const realFetch = window.fetch;
                let lost = false;
                window.fetch = async (url, options) => {
                    const response = await realFetch(url, options);
                    if (!lost && String(url) === 'api/orders' && options && options.method === 'POST') {
                        lost = true;
                        throw new TypeError('The answer was lost');
                    }
                    return response;
                };
                """);
    }

    private void assertConfirmed(WebDriverWait wait) {
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#confirmation:not(:empty)")));
        assertTrue(confirmation.getText().matches("Order #\\d+ confirmed \\(paid\\), total \\d+\\.\\d\\d\\."), confirmation.getText());
        assertEquals("", browser.findElement(By.id("message")).getText());
    }
}
