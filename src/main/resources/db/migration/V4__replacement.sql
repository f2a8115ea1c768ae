-- A revised version of a meeting's notes (the same body and date, under another file name) replaces the older file's
-- meeting; this records which file replaced which. The older file stays in source_document as REPLACED, with a reject
-- row "replaced by ...", so a rerun leaves it alone and counts nothing twice.
create table replacement (
	replaced_file varchar(255) not null primary key references source_document (source_file) on delete cascade,
	replaced_by   varchar(255) not null references source_document (source_file) on delete cascade,
	meeting_date  date         not null
);
