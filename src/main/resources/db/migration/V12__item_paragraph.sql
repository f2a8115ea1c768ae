-- A paragraph of an agenda item kept in case it reports on an action raised under the same item at an earlier meeting
-- (Meeting.itemParagraphs): linked to no action it is no update, and neither listed nor counted as one.
alter table action add column item_paragraph boolean default false not null;
