-- A report passed on to an Early Intervention service may become a request for support: the case it opened.
alter table intel_dissemination add column referral_case_id uuid;
alter table intel_dissemination add column referral_case_reference varchar(40);
