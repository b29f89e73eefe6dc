// @name schema/await-indexes
// @mode read
// @params
// returns nothing; waits until freshly created indexes are online so the first query can use them
CALL db.awaitIndexes(300)
