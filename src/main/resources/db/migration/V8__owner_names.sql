-- Who owns each action by name (RoleRef.ownerName() of each owner, joined by ';'): the person where the notes name
-- one ("PF" found as Paul Fell in the attendance), else a title outside the canonical roles as written ("Clerk").
-- Rows stored before this migration have none; they are filled when their files are read again.
alter table action add column owner_names varchar(2000) default '' not null;

-- The person who holds each owner's role, where the notes name one, so that owners of other bodies than the police
-- (all of them OTHER) are counted by who they are.
alter table action_owner add column person varchar(500) default '' not null;
