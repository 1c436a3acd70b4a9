-- The next release's expand step: a nullable column, which the release before it neither reads nor writes.
ALTER TABLE note ADD COLUMN tag VARCHAR(40);
