package dev.steadfast.shop.cart;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * A product and a quantity, as the client asks to put them in the cart. The quantity is read as a decimal so
 * that 1.5 or 10^20 are refused as such (400 naming the field) instead of being cut to some integer on the way in.
 */
public record CartItem(
        @NotNull Long productId,
        @NotNull @Digits(integer = 2, fraction = 0) @DecimalMin("1") @DecimalMax("" + Cart.MAX_QUANTITY) BigDecimal quantity) {

    public int units() {
        return quantity.intValueExact();
    }
}
