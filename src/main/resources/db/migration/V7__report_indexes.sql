-- Indexes for the reports, which read only the rows they print from a national ledger (10,000 meetings and more),
-- portable to PostgreSQL. Without them each of these lookups reads every ledger entry or every action.

-- The public report leaves out restricted ledger entries (ReportQueries.HIDDEN_FROM_PUBLIC).
create index ledger_entry_restricted on ledger_entry (restricted);

-- The board pack's annex lists the entries without an owner (an empty owners cell).
create index ledger_entry_owners on ledger_entry (owners);

-- The board pack's cover counts the actions from protectively-marked material.
create index action_restricted on action (restricted);

-- The public report replaces the names of staff below chief officer rank: a few of the attendance rows.
create index attendee_role on attendee (role);
