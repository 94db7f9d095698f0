-- What an import took in with less detail than the document gave (a birth year without a date, a gender Qorgau
-- records as "other"): said in the report as warnings, by record and path, never the value.
alter table exchange_import add column warnings jsonb not null default '[]';
