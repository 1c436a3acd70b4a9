package dev.steadfast.shop.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.steadfast.testing.ClusterDatabase;
import dev.steadfast.testing.SteadfastDomain;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The shop's previous release, the one before gift notes: the shop this build made, without the package
 * {@code dev.steadfast.shop.giftnote} and without the migration {@code V2__order_gift_note.sql} that adds its column.
 * Nothing else of the shop knows either (the package's documentation says why), so that is the release as it was.
 */
final class PreviousRelease {

    private static final String GIFT_NOTES = "/WEB-INF/classes/dev/steadfast/shop/giftnote(/.*)?|/WEB-INF/classes/db/migration/V2__.*";

    private PreviousRelease() {
    }

    /**
     * The previous release of the shop in {@code war}, written under the same file name in a folder beside it: the
     * name is the runtime name and context, which the release rolled out after it must share.
     */
    static Path of(Path war) {
        WebArchive shop = ShrinkWrap.createFromZipFile(WebArchive.class, war.toFile());
        shop.getContent(Filters.include(GIFT_NOTES)).keySet().forEach(shop::delete);
        try {
            Path previous = Files.createDirectories(war.resolveSibling("previous-release")).resolve(war.getFileName());
            shop.as(ZipExporter.class).exportTo(previous.toFile(), true);
            return previous;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema as the shop's previous release knows it: a kept database (PostgreSQL's in CI, H2's in the build's
     * state directory) holds the gift-note column and its migration's record from an earlier run, and the rollout of
     * this run is the one that must add them. Dropping a column that release never reads is safe while it runs.
     */
    static void withoutGiftNotes(SteadfastDomain domain) throws SQLException {
        try (Connection db = ClusterDatabase.connect(domain); Statement contract = db.createStatement()) {
            contract.executeUpdate("ALTER TABLE shop_order DROP COLUMN IF EXISTS giftNote");
            contract.executeUpdate("DELETE FROM \"shop_schema_history\" WHERE \"version\" = '2'");
        }
    }
}
