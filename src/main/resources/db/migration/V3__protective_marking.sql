-- What the notes mark as not for publication (OFFICIAL-SENSITIVE, RESTRICTED, CONFIDENTIAL, "not for publication").
-- Public outputs leave out every row flagged here; the internal ones keep them, flagged.

-- A passage under a marking; from_line 0 marks the whole document.
create table marked_passage (
	source_file varchar(255) not null references meeting (source_file) on delete cascade,
	position    integer      not null,
	from_line   integer      not null,
	to_line     integer      not null,
	marking     varchar(200) not null,
	primary key (source_file, position)
);

alter table action add column restricted boolean default false not null;
alter table ledger_entry add column restricted boolean default false not null;
alter table topic_mention add column restricted boolean default false not null;
