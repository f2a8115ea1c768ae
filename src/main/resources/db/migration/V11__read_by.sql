-- The version of the reading rules each stored file was read by (ReadingRules.VERSION): a file read by other rules is
-- read again when it is next in the input folder, and its body's ledger built again. Files stored before this
-- migration have none, so they are all read again once.
alter table source_document add column read_by varchar(64) default '' not null;
