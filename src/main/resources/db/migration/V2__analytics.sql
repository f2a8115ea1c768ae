-- What analyseStep computes from the stored meetings. Every run rebuilds the ledger whole and replaces the figures
-- of its report period, so a later month's notes, or a revised file, are always reflected.

-- One action across meetings: raised (at a stored meeting, or known only from a later meeting's report on it).
create table ledger_entry (
	ledger_id        varchar(16)    not null primary key,  -- the raising action's id, or the first report's
	body             varchar(500)   not null,
	raised_in        varchar(7)     not null,              -- YYYY-MM
	raised_on        date,                                 -- null when the raising meeting is not stored
	origin_action_id varchar(16),
	text             varchar(32000) not null,
	owners           varchar(2000)  not null,              -- RoleRef.code() of each owner, joined by ';'
	due              varchar(10)
);

-- Each brought-forward row, linked to the entry it reports on, with how sure the link is.
create table ledger_report (
	action_id    varchar(16)    not null primary key references action (action_id) on delete cascade,
	ledger_id    varchar(16)    not null references ledger_entry (ledger_id) on delete cascade,
	meeting_date date           not null,
	source_file  varchar(255)   not null,
	status       varchar(8)     not null,
	update_text  varchar(32000) not null,
	strength     decimal(3, 2)  not null
);
create index ledger_report_ledger on ledger_report (ledger_id);

-- Each entry at the end of a report period.
create table carry_forward (
	period           varchar(7)  not null,
	ledger_id        varchar(16) not null references ledger_entry (ledger_id) on delete cascade,
	position         integer     not null,                 -- oldest first
	status           varchar(8)  not null,
	age_days         integer     not null,
	age_months       integer     not null,
	meetings_carried integer     not null,
	overdue          boolean     not null,
	last_reported    date,
	closed_on        date,
	silent_drop      boolean     not null,
	primary key (period, ledger_id)
);

-- Per-role counts at the end of a report period, for the month and for the twelve months to it.
create table role_count (
	period         varchar(7)  not null,
	position       integer     not null,
	role           varchar(64) not null,                   -- a role code, T/<code> for acting holders, ALL, UNASSIGNED
	time_window    varchar(8)  not null,                   -- period or 12m
	raised         integer     not null,
	closed         integer     not null,
	open_count     integer     not null,
	overdue        integer     not null,
	carried        integer     not null,
	distinct_total integer     not null,
	primary key (period, role, time_window)
);

-- Where each topic of the taxonomy first comes up in each meeting.
create table topic_mention (
	source_file  varchar(255)  not null references meeting (source_file) on delete cascade,
	topic        varchar(200)  not null,
	meeting_date date          not null,
	source_line  integer       not null,
	snippet      varchar(1000) not null,
	primary key (source_file, topic)
);

-- Which meetings have been scanned with which taxonomy: a changed taxonomy rescans everything.
create table topic_scan (
	source_file   varchar(255) not null primary key references meeting (source_file) on delete cascade,
	taxonomy_hash varchar(64)  not null
);

-- Per topic at the end of a report period.
create table topic_summary (
	period           varchar(7)   not null,
	position         integer      not null,
	topic            varchar(200) not null,
	meetings         integer      not null,
	first_seen       date         not null,
	last_seen        date         not null,
	longest_gap_days integer      not null,
	actions          integer      not null,
	open_actions     integer      not null,
	primary key (period, topic)
);
