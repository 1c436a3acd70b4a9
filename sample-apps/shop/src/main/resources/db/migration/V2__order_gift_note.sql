-- Gift notes on orders (dev.steadfast.shop.giftnote): the expand step of a rolling update. The column is nullable
-- and has no default: the previous release, still placing orders on the servers not rolled out yet, inserts them
-- without it and leaves it NULL, which this release reads as an order without a note. Making it NOT NULL, or
-- dropping it, is a contract step for a later release, once no server runs the previous one.
-- IF NOT EXISTS, as in V1: a database that has the column already (added ahead of the release) keeps it and its notes.

ALTER TABLE shop_order ADD COLUMN IF NOT EXISTS giftNote VARCHAR(200);
