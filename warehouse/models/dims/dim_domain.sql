-- One row per enforcement domain (执法领域), with Chinese and English names.
create or replace table dim_domain as
select code as domain_code, name_zh, name_en from raw_domains;
