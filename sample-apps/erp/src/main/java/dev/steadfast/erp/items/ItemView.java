package dev.steadfast.erp.items;

/** An item as the API shows it. */
public record ItemView(long id, String sku, String name, String unit, long safetyStock) {

    static ItemView of(Item item) {
        return new ItemView(item.id(), item.sku(), item.name(), item.unit(), item.safetyStock());
    }
}
