package dev.steadfast.shop.giftnote;

import static dev.steadfast.testing.Problems.assertProblem;
import static dev.steadfast.testing.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import dev.steadfast.shop.Shopper;
import dev.steadfast.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gift notes over HTTPS: only on an order of the shopper's own session, 1 to 200 characters of text, and every
 * refusal a problem that leaves the note as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GiftNoteApiIT {

    private static final String HONEY = "HONEY-ACACIA";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anOrderHasNoNoteUntilItsShopperWritesOneAndThenReadsBackTheTwoHundredCharactersWritten() {
        Shopper shopper = Shopper.at(deployment);
        long order = shopper.order(HONEY);
        String greeting = "Für Ada, מזל טוב, 🎂 ";
        String note = greeting + ".".repeat(GiftNote.MAX_LENGTH - greeting.length());

        assertProblem(shopper.giftNote(order), 404);
        HttpResponse<String> written = shopper.writeGiftNote(order, note);

        assertEquals(200, written.statusCode(), written.body());
        assertEquals(note, json(shopper.giftNote(order)).getString("note"));
    }

    @Test
    void anotherSessionsOrderIsNotFoundToReadOrWriteAndKeepsItsNote() {
        Shopper owner = Shopper.at(deployment);
        Shopper stranger = Shopper.at(deployment);
        long order = owner.order(HONEY);
        assertEquals(200, owner.writeGiftNote(order, "From the owner").statusCode());

        assertProblem(stranger.giftNote(order), 404);
        assertProblem(stranger.writeGiftNote(order, "From a stranger"), 404);

        assertEquals("From the owner", json(owner.giftNote(order)).getString("note"));
    }

    @ParameterizedTest
    @MethodSource("notesNoCardTakes")
    void aNoteThatIsBlankTooLongOrHoldsAControlCharacterOrLineSeparatorIsRefusedAsAProblemAndTheNoteStays(String refused) {
        Shopper shopper = Shopper.at(deployment);
        long order = shopper.order(HONEY);
        assertEquals(200, shopper.writeGiftNote(order, "Kept").statusCode());

        assertProblem(shopper.writeGiftNote(order, refused), 400);

        assertEquals("Kept", json(shopper.giftNote(order)).getString("note"));
    }

    static Stream<String> notesNoCardTakes() {
        return Stream.of("", "   ", "x".repeat(GiftNote.MAX_LENGTH + 1), "Happy\nbirthday", "Happy\tbirthday", "nul\u0000byte",
                "next line\u0085(C1)", "line\u2028separator");
    }
}
