-- The summary store rolled up over services and workers: what a manager's figures are read from when they
-- choose neither, so the rows read grow with neighbourhoods and months, not with the size of the workforce.
create table insight_area_figure (
    month            date not null,
    neighbourhood_id uuid not null references area (id),
    strand           text not null,
    measure          text not null,
    value            bigint not null check (value >= 0),
    primary key (measure, month, neighbourhood_id, strand)
);

insert into insight_area_figure (month, neighbourhood_id, strand, measure, value)
select month, neighbourhood_id, strand, measure, sum(value) from insight_figure group by month, neighbourhood_id, strand, measure;
