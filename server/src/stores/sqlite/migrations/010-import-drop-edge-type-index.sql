-- No statement filters or orders relationships by type in SQL: a type filter is applied to the rows a walk has
-- already read through the endpoint indexes (edges_from_to, edges_to_from), where a handful of types over a million
-- rows would never make the type index the better entry point. The index cost about 1.6 s of CPU in every bulk load
-- of a million relationships and its pages on disk, and served no query.
DROP INDEX IF EXISTS edges_type;
