package dev.steadfast.shop.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
