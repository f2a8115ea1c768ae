-- The agenda item each action was raised under ("Road Markings"): a later meeting that reports on its actions in prose
-- names the item rather than the action, and the ledger links such a report by the item's words as well.
-- Rows stored before this migration have none; they are filled when their files are read again.
alter table action add column topic varchar(2000) default '' not null;
