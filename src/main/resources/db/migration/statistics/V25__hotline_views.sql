-- Statistics module: the hotline's calls and messages (hotline/V1), without what was said, the contact or the
-- sender's address: when (Almaty day), by which channel, of which type and caller, in which region, and what came of
-- them: the notification to the police on its day with its deadline, the answer and its day, the victim record and the
-- referral named (HotlineIndicators).
create view statistics_hotline_call as
select c.id,
       c.hotline_id,
       c.region                                             as region_code,
       (c.received_at at time zone 'Asia/Almaty')::date     as received_on,
       c.channel,
       c.call_type,
       c.caller_type,
       (c.notified_at at time zone 'Asia/Almaty')::date     as notified_on,
       c.due_at,
       c.answer,
       c.answered_at,
       (c.answered_at at time zone 'Asia/Almaty')::date     as answered_on,
       c.victim_reference,
       c.referral_reference
from hotline_call c;

-- The hotlines' funding: each hotline's latest revision of a year and a source, on the year's first day, in the
-- hotline's region (HotlineIndicators, hotline.funding_kzt).
create view statistics_hotline_funding as
select distinct on (f.hotline_id, f.year, f.source)
       f.hotline_id,
       o.region_code             as region_code,
       make_date(f.year, 1, 1)   as year_start,
       f.source,
       f.amount_kzt
from hotline_funding f
join organisations_organisation o on o.id = f.hotline_id
order by f.hotline_id, f.year, f.source, f.recorded_at desc, f.id desc;
