-- Each stored flag names the measure whose own flags it is among (`owner`, with that measure's
-- position), or '' for the flags between measures of its topic, and its place among them. An
-- article then rewrites the flags of the measures it touched, not every flag of their topic, and a
-- flag added to one measure moves no other row. Pages still list a topic's flags in the order they
-- are derived in: by the owner's (position, id), then within the owner (server/db/derive.ts).
ALTER TABLE flags ADD COLUMN owner text NOT NULL DEFAULT '';
ALTER TABLE flags ADD COLUMN owner_position integer NOT NULL DEFAULT 2147483647;
ALTER TABLE flags DROP CONSTRAINT flags_pkey;
ALTER TABLE flags ADD PRIMARY KEY (topic_id, owner, position);
