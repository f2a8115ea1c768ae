-- The ledger: every input file, what was read from it, the meetings, people and actions found in it,
-- and every line that could not be read.
-- Portable to PostgreSQL except for ${long_text} (CLOB on HSQLDB, TEXT on PostgreSQL; see application.yml).

-- One row per entry of the input folder. The steps hand each file on through `state`:
-- INGESTED -> NORMALISED -> PARSED -> STORED; REJECTED or DUPLICATE at ingest; FAILED when a later step threw.
create table source_document (
	source_file     varchar(255) not null primary key,
	checksum        varchar(64),           -- SHA-256 of the bytes, hex; null when the entry could not be read
	size_bytes      bigint       not null,
	charset         varchar(32),           -- UTF-8, UTF-16LE, UTF-16BE or windows-1252
	state           varchar(16)  not null,
	raw_text        ${long_text},          -- decoded text, written by ingestStep
	normalised_text ${long_text},          -- NormalisedNote.serialise(), written by normaliseStep
	parsed_json     ${long_text}           -- the ParseResult as JSON, written by parseStep
);
create index source_document_checksum on source_document (checksum);
create index source_document_state on source_document (state);

-- One meeting per stored file; deleting it removes its attendees, actions and owners.
create table meeting (
	source_file  varchar(255)  not null primary key references source_document (source_file) on delete cascade,
	body         varchar(500)  not null,
	meeting_date date          not null,
	start_time   time,
	title        varchar(2000),
	chair        varchar(500),
	venue        varchar(2000),
	minutes_by   varchar(500),
	next_meeting date
);
create index meeting_meeting_date on meeting (meeting_date);

create table attendee (
	source_file varchar(255)  not null references meeting (source_file) on delete cascade,
	position    integer       not null,    -- order in the notes, from 1
	name        varchar(500)  not null,
	role        varchar(16)   not null,    -- Role: PCC, DPCC, ..., OTHER
	role_title  varchar(500)  not null,    -- the title as written
	temporary   boolean       not null,
	status      varchar(16)   not null,    -- PRESENT or APOLOGY
	initials    varchar(32),
	primary key (source_file, position)
);

create table action (
	action_id   varchar(16)    not null primary key,   -- derived from source_file and ordinal, see ActionIds
	source_file varchar(255)   not null references meeting (source_file) on delete cascade,
	ordinal     integer        not null,   -- order in the notes, from 1
	source_line integer        not null,
	kind        varchar(16)    not null,   -- RAISED or BROUGHT_FORWARD
	text        varchar(32000) not null,
	owners      varchar(2000)  not null,   -- RoleRef.code() of each owner, joined by ';'
	due         varchar(10),               -- YYYY-MM or YYYY-MM-DD
	raised_in   varchar(7),                -- YYYY-MM
	status      varchar(8)     not null,   -- OPEN or CLOSED
	update_text varchar(32000) not null,
	unique (source_file, ordinal)
);

-- The owners of each action one a row, so that analytics can count per role.
create table action_owner (
	action_id  varchar(16)  not null references action (action_id) on delete cascade,
	position   integer      not null,
	role       varchar(16)  not null,
	role_title varchar(500) not null,
	temporary  boolean      not null,
	primary key (action_id, position)
);
create index action_owner_role on action_owner (role);

-- Whatever could not be read: a whole file (line 0) or one line of it.
create table reject (
	source_file varchar(255)  not null references source_document (source_file) on delete cascade,
	position    integer       not null,
	line        integer       not null,
	reason      varchar(2000) not null,
	primary key (source_file, position)
);
