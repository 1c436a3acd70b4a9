package dev.steadfast.ehr.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.steadfast.ehr.Hospital;
import dev.steadfast.ehr.Hospital.Staff;
import dev.steadfast.testing.Deployments;
import dev.steadfast.testing.HeadlessChromium;
import dev.steadfast.testing.TestClient;

/** The clinicians' page in a real headless Chromium: sign in, find a patient of the care team, read the chart, record, sign out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EhrPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aNurseSignsInFindsHerPatientRecordsAPulseSeesItInTheChartAndSignsOut() {
        Hospital hospital = Hospital.at(deployment);
        long patient = hospital.register(hospital.hire("receptionist", null), "Pagewright", "ward-page");
        hospital.register(hospital.hire("receptionist", null), "Pageless", "ward-other");
        Staff nurse = hospital.hire("nurse", "ward-page");

        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(new TestClient(deployment).base().toString());

            wait.until(ExpectedConditions.urlContains("sign-in.html"));
            browser.findElement(By.name("j_username")).sendKeys(nurse.username());
            browser.findElement(By.name("j_password")).sendKeys(nurse.password());
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), nurse.username() + " (nurse, ward-page)"));

            browser.findElement(By.id("name")).sendKeys("Page");
            browser.findElement(By.cssSelector("#search button")).click();
            List<WebElement> found = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#patients li"), 1));
            assertEquals(String.valueOf(patient), found.get(0).getAttribute("data-id"), "only the care team's patient");
            found.get(0).findElement(By.tagName("button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
            assertEquals(0, browser.findElements(By.cssSelector("#chart tr.entry")).size());

            browser.findElement(By.id("code")).sendKeys("8867-4");
            browser.findElement(By.id("description")).sendKeys("Heart rate");
            browser.findElement(By.id("value")).sendKeys("72");
            browser.findElement(By.id("unit")).sendKeys("/min");
            browser.findElement(By.cssSelector("#observation button")).click();
            List<WebElement> chart = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#chart tr.entry"), 1));
            assertTrue(chart.get(0).getText().contains("Heart rate") && chart.get(0).getText().contains("72 /min"), chart.get(0).getText());
            assertTrue(chart.get(0).getText().contains(nurse.username()), chart.get(0).getText());
            assertEquals("", browser.findElement(By.id("message")).getText());
            assertTrue(!browser.findElement(By.id("node")).getText().isBlank());

            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.urlContains("sign-in.html"));
            browser.get(new TestClient(deployment).base().resolve("api/me").toString());
            assertTrue(browser.getPageSource().contains("401") || browser.getPageSource().contains("Sign in first"), browser.getPageSource());
        }
    }
}
