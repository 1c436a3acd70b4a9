package dev.steadfast.shop.cart;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** The new quantity of a line already in the cart; a whole number from 1 to 99, as in {@link CartItem}. */
public record QuantityChange(
        @NotNull @Digits(integer = 2, fraction = 0) @DecimalMin("1") @DecimalMax("" + Cart.MAX_QUANTITY) BigDecimal quantity) {

    public int units() {
        return quantity.intValueExact();
    }
}
