// @name schema/create-account-name-constraint
// @mode write
// @params
// returns nothing; makes Account.name unique (and indexed) once
CREATE CONSTRAINT account_name IF NOT EXISTS FOR (a:Account) REQUIRE a.name IS UNIQUE
