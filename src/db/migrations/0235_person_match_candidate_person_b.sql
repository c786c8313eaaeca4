-- A person's stored pairs are read by either side (issue 8): each match job reads the pairs of the
-- person it scores (`storedPairs`: `person_a = any … or person_b = any …`), as anonymisation does.
-- The pair's unique key leads with person_a; nothing led with person_b, so every match read the
-- whole queue (35 ms a job with 6,000 pairs at 1M persons under load, growing with the queue).
create index person_match_candidate_person_b on person_match_candidate (person_b);
