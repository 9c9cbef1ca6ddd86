-- Where an area's resident and child populations came from: the year the figures describe (a mid-year
-- estimate's year, a census year) and who published them, set by the population import. Insight shows them
-- beside every rate per child, so a reader knows how old the denominator is.
alter table area
    add column population_vintage integer check (population_vintage between 1900 and 2200),
    add column population_source  text check (char_length(population_source) <= 200);
