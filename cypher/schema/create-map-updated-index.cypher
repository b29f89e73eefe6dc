// @name schema/create-map-updated-index
// @mode write
// @params
// returns nothing; indexes SavedMap.updatedAt so the map list reads newest first from the index
CREATE INDEX saved_map_updated IF NOT EXISTS FOR (m:SavedMap) ON (m.updatedAt)
