-- The ledger is kept body by body: brought-forward rows link only to actions of their own body, so a body whose stored
-- meetings did not change is left alone, one with only later meetings added is carried on with their rows, and only
-- one with a file revised, removed or arriving out of order is built again (a monthly run on a national store had
-- rebuilt 45,000 entries to add 82 meetings).

-- What each body's ledger was built from: a hash of its stored files and their checksums, in meeting order, and of the
-- linking rules; and the last of those files. When the hash of the files up to that one is unchanged and every other
-- file is later, the ledger is carried on with the later files instead of built again.
create table ledger_body (
	body               varchar(500) not null primary key,
	fingerprint        varchar(64)  not null,
	built_through_date date         not null,
	built_through_file varchar(255) not null
);

-- A body's ledger is deleted and written again as a whole.
create index ledger_entry_body on ledger_entry (body);

-- A body's actions are read for its ledger; a revised file looks for the stored meeting of the same body and date
-- (without this, storing each file scanned every stored meeting).
create index meeting_body_date on meeting (body, meeting_date);
