-- The articles of the dictionary are those of the Criminal Code of 2014, which entered into force on 1 January
-- 2015: before that date a case was qualified under the Code of 1997, whose articles have other numbers and
-- texts. V1 left their validity open towards the past, so that a case of 2012 could be charged under art. 128
-- of a code that did not exist yet. "Other articles" stays valid on every date.
update cases_article set valid_from = date '2015-01-01'
where valid_from is null and code in ('128', '134', '135', '308');
