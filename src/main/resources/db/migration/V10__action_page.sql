-- The printed page each action's text starts on (a PDF's page, or a text dump's form feeds), so that a reader of the
-- published document finds it: source_line counts the lines of the text read, which a PDF does not show.
-- Rows stored before this migration say page 1; they are set when their files are read again.
alter table action add column source_page integer default 1 not null;
