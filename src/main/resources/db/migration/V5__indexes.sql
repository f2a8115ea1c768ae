-- Indexes for a national ledger (10,000 meetings and more), portable to PostgreSQL.

-- The staging readers page through one state's files in name order (see Staging).
create index source_document_state_file on source_document (state, source_file);

-- Rebuilding the ledger deletes every ledger_entry, which cascades to carry_forward by ledger_id. HSQLDB indexes a
-- foreign key by itself; PostgreSQL does not, and scanned carry_forward once per deleted entry.
create index carry_forward_ledger on carry_forward (ledger_id);

-- The export of topic-recurrence.csv reads the mentions up to the end of a period.
create index topic_mention_topic_date on topic_mention (topic, meeting_date, source_file);
