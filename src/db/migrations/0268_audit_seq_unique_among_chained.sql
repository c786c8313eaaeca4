-- The chain number stays unique, among chained entries only: an entry is written unchained (`seq`
-- null, 0047) and numbered by the chainer seconds later, so the unique index on `seq` took one
-- entry (a null) for every audited read at the read's own insert, only for the chainer's update to
-- take another. A partial unique index holds the same numbers to the same rule and is left alone by
-- the insert. The chainer's look-up of the last number (`seq is not null order by seq desc`) and
-- `lindung audit verify`'s walk (`seq >= $1 order by seq`) read it as before. Decision 0143.
create unique index audit_event_seq_chained on audit_event (seq) where seq is not null;
alter table audit_event drop constraint audit_event_seq_unique;
