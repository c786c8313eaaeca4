-- Each agency dates a return in its own time zone: a person who left Kuala Lumpur just after
-- midnight left on the evening before by Jakarta's clock, so the receiver's hand-over may carry the
-- day before the sender's departure (never earlier). The application allows the day before only
-- when the two agencies' time zones differ (repatriation.commands.ts); the database allows it always.
alter table repatriation drop constraint repatriation_hand_over_after_departure;
alter table repatriation add constraint repatriation_hand_over_after_departure
  check (handed_over_on >= departed_on - 1);
