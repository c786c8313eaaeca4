-- The public checks a case's progress by its reference typed from a note: compared without case,
-- spaces or dashes (case-progress.ts, caseReferenceKeySql), as tracking codes and secrets are.
-- This index keeps that comparison from reading every case.
create index case_file_reference_key on case_file ((regexp_replace(upper(reference), '[^0-9A-Z]', '', 'g')));
