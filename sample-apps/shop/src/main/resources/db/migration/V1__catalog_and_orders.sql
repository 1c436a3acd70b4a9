-- The shop's tables as Hibernate's hbm2ddl made them before the shop moved to migrations (same names, types and
-- sequences), in SQL that H2 2.2 and PostgreSQL both run. IF NOT EXISTS: a database where hbm2ddl already made
-- them keeps them, with their rows (steadfast-runtime baselines such a database at version 0, so this runs).
-- The sequences hand out blocks of 50 ids, as Hibernate's default allocation size expects.

CREATE SEQUENCE IF NOT EXISTS Product_SEQ START WITH 1 INCREMENT BY 50;

CREATE SEQUENCE IF NOT EXISTS shop_order_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE IF NOT EXISTS Product (
    id BIGINT NOT NULL PRIMARY KEY,
    sku VARCHAR(40) NOT NULL UNIQUE,
    name VARCHAR(120) NOT NULL,
    priceCents BIGINT NOT NULL,
    stock INTEGER NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS shop_order (
    id BIGINT NOT NULL PRIMARY KEY,
    idempotencyKey VARCHAR(64) NOT NULL UNIQUE,
    status VARCHAR(20) NOT NULL CONSTRAINT shop_order_status_check
        CHECK (status IN ('PAYMENT_PENDING', 'CHARGING', 'PAID', 'CANCELLED', 'REFUND_PENDING', 'REFUNDED')),
    totalCents BIGINT NOT NULL,
    paymentReference VARCHAR(64),
    refundReference VARCHAR(64),
    chargeClaimedAt TIMESTAMP(6) WITH TIME ZONE,
    chargeClaimToken VARCHAR(36),
    chargeUnanswered BOOLEAN DEFAULT FALSE NOT NULL,
    cartDigest VARCHAR(64),
    checkoutSession VARCHAR(64),
    placedAt TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS shop_order_line (
    order_id BIGINT NOT NULL CONSTRAINT shop_order_line_order_fk REFERENCES shop_order (id),
    position INTEGER NOT NULL,
    productId BIGINT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    name VARCHAR(120) NOT NULL,
    unitPriceCents BIGINT NOT NULL,
    quantity INTEGER NOT NULL,
    PRIMARY KEY (order_id, position)
);
